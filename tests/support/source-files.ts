import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The app's code: everything that runs in the server or the browser. */
export const appRoots = ['app', 'components', 'db', 'lib', 'server', 'proxy.ts'];

/** The TypeScript files under the given files and folders, tests left out, in a stable order. */
export function appSourceFiles(roots: string[] = appRoots): string[] {
  const walk = (entry: string): string[] =>
    fs.statSync(entry).isFile() ? [entry] : fs.readdirSync(entry).flatMap((name) => walk(path.join(entry, name)));
  return roots
    .flatMap(walk)
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .sort();
}

/** Every page and route handler under app/, with the address it serves (route groups left out), by address. */
export function appRouteFiles(): { file: string; route: string }[] {
  return appSourceFiles(['app'])
    .filter((file) => ['page.tsx', 'route.ts'].includes(path.basename(file)))
    .map((file) => {
      const folders = path.dirname(path.relative('app', file)).split(path.sep);
      return { file, route: `/${folders.filter((f) => f !== '.' && !/^\(.*\)$/.test(f)).join('/')}` };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

export function parseSource(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

/** The directives a list of statements opens with ('use server', 'use client', …). */
function directivesOf(statements: ts.NodeArray<ts.Statement>): string[] {
  const out: string[] = [];
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    out.push(statement.expression.text);
  }
  return out;
}

/** Whether a file is a client module (`'use client'` at its top). */
export function isClientModule(fileName: string, text: string): boolean {
  return directivesOf(parseSource(fileName, text).statements).includes('use client');
}

/** The names a module exports (`default` for its default export). */
export function exportedNames(fileName: string, text: string): string[] {
  const names: string[] = [];
  const isExported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (node: ts.Node) =>
    ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  for (const statement of parseSource(fileName, text).statements) {
    if (ts.isExportAssignment(statement)) names.push('default');
    else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      names.push(...statement.exportClause.elements.map((e) => e.name.text));
    } else if (isExported(statement)) {
      if (isDefault(statement)) names.push('default');
      else if (ts.isVariableStatement(statement))
        names.push(
          ...statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : [])),
        );
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name)
        names.push(statement.name.text);
    }
  }
  return names;
}

/** Where a file marks server actions: as a whole module, and inside which functions (line numbers). */
export function serverActionMarks(fileName: string, text: string): { module: boolean; inline: number[] } {
  const source = parseSource(fileName, text);
  const module = directivesOf(source.statements).includes('use server');
  const inline: number[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isBlock(node) && ts.isFunctionLike(node.parent) && directivesOf(node.statements).includes('use server')) {
      inline.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { module, inline };
}
