/**
 * Every page and route handler of the app is checked for who may open it: found on disk (each
 * `page.tsx` and `route.ts` under app/), and held to the tables that check it — the browser's (the area
 * files e2e/authz-table.ts assembles for e2e/authz.spec.ts) and the route handlers'
 * (tests/routes/handlers.test.ts) — by the `route` each of their rows names. A new page without a row fails
 * here, and so does a row for a page that is gone; a row in an area file the e2e table does not assemble
 * checks nothing, and counts for nothing here.
 */
import fs from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { appRouteFiles, parseSource } from '@/tests/support/source-files';

/** The area files the browser's table assembles: the `….authz` modules e2e/authz-table.ts imports. */
function e2eAreaFiles(): string[] {
  const index = 'e2e/authz-table.ts';
  return parseSource(index, fs.readFileSync(index, 'utf8')).statements.flatMap((statement) =>
    ts.isImportDeclaration(statement) &&
    ts.isStringLiteral(statement.moduleSpecifier) &&
    statement.moduleSpecifier.text.endsWith('.authz')
      ? [`${statement.moduleSpecifier.text.replace(/^@\//, '')}.ts`]
      : [],
  );
}

/** The tables and what they check; `route` properties in them name app routes. */
const tables = [...e2eAreaFiles(), 'tests/routes/handlers.test.ts'];

/** Routes whose whole job is signing in, checked step by step by their own specs. */
const signInRoutes: Record<string, string> = {
  '/login': 'e2e/auth.spec.ts',
  '/api/auth/[...nextauth]': 'e2e/auth.spec.ts',
};

function routesNamedIn(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'route' &&
      ts.isStringLiteralLike(node.initializer)
    ) {
      found.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(parseSource(file, fs.readFileSync(file, 'utf8')));
  return found;
}

describe('the route tables', () => {
  const routes = appRouteFiles().map((r) => r.route);
  const checked = new Set(tables.flatMap(routesNamedIn));

  it('find the app’s pages and route handlers', () => {
    expect(routes).toEqual(
      expect.arrayContaining(['/', '/meetings/[id]', '/files/[id]', '/report/[year]/print', '/api/auth/[...nextauth]']),
    );
  });

  it('check every page and route handler for who may open it', () => {
    expect(routes.filter((route) => !checked.has(route) && !(route in signInRoutes))).toEqual([]);
  });

  it('name no route the app does not have', () => {
    expect([...checked].filter((route) => !routes.includes(route))).toEqual([]);
  });

  it.each(Object.entries(signInRoutes))('leave %s to %s, which signs in through it', (route, spec) => {
    expect(routes).toContain(route);
    expect(fs.readFileSync(spec, 'utf8')).toMatch(/\bsignIn\(page/);
  });
});
