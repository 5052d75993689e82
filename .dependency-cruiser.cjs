/**
 * The floors of the code and what each may import (ARCHITECTURE.md draws them):
 *   app → server → db → lib;  components → lib;  scripts → server, db, lib;  tests → anything.
 * `npm run lint` fails on any import that runs the wrong way.
 */
const appCode = '^(app|components|server|db|lib|scripts)/|^proxy\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-pure',
      comment: 'lib/ is plain functions over plain data: no database, no request, no page.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(db|server|app|components|scripts)/' },
    },
    {
      name: 'lib-reads-no-request',
      comment: 'Cookies, headers and caches of a request belong to server/; lib/ must run anywhere.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '(^|/)node_modules/(next/(headers|cache|navigation)|server-only)' },
    },
    {
      name: 'pages-revalidate-through-actions',
      comment:
        'What a write makes stale is named once, in defineAction({ revalidate }); pages and actions do not call next/cache.',
      severity: 'error',
      from: { path: '^(app|components)/' },
      to: { path: '(^|/)node_modules/next/cache' },
    },
    {
      name: 'components-show-data-only',
      comment: 'Shared components are given data; they never query, act or import a page.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^(db|server|app|scripts)/' },
    },
    {
      name: 'db-serves-no-page',
      comment: 'The data layer is called by server code and pages, never the other way.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^(app|server|components)/' },
    },
    {
      name: 'db-knows-no-file-format',
      comment:
        'Queries and mutations take and return plain rows; spreadsheets and Word files are read and written around them.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^lib/(office/|roster/(read|write)-|.*(-xlsx|-docx|/docx)\\.ts$)|(^|/)node_modules/(exceljs|docx)/' },
    },
    {
      name: 'db-reaches-no-file-format',
      comment:
        'Nor through lib/: nothing the data layer imports, however indirectly, loads the spreadsheet or Word library.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '(^|/)node_modules/(exceljs|docx)/', reachable: true },
    },
    {
      name: 'schema-is-tables-only',
      comment: 'Tables import drizzle, each other and lib constants; never a query, a rule with logic, or the handle.',
      severity: 'error',
      from: { path: '^db/schema/' },
      to: { path: '^(db/(?!schema/)|lib/(?!auth/roles|.*/model|development/steps))' },
    },
    {
      name: 'server-serves-no-page',
      comment: 'server/ is the glue pages and actions call; it never imports them.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(app|components)/' },
    },
    {
      name: 'pages-go-through-the-data-layer',
      comment: 'Pages and actions read and write through db/queries and db/mutations, not the handle, schema or seed.',
      severity: 'error',
      from: { path: '^(app|components)/' },
      to: { path: '^db/(index|client|schema|seed|migrations)' },
    },
    {
      name: 'no-tests-in-the-product',
      comment: 'Product code and scripts never import test helpers.',
      severity: 'error',
      from: { path: appCode, pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(tests|e2e)/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle means two modules are one; merge them or cut the loop.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|data|reports|\\.stryker-tmp|db/migrations)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
