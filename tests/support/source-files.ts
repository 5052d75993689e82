import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The app's code: everything that runs in the server or the browser. */
export const appRoots = ['app', 'components', 'db', 'lib', 'proxy.ts'];

/** The TypeScript files under the given files and folders, tests left out, in a stable order. */
export function appSourceFiles(roots: string[] = appRoots): string[] {
  const walk = (entry: string): string[] =>
    fs.statSync(entry).isFile() ? [entry] : fs.readdirSync(entry).flatMap((name) => walk(path.join(entry, name)));
  return roots
    .flatMap(walk)
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .sort();
}

export function parseSource(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** Whether a statement is the directive `'use server'`. */
export function isUseServer(statement: ts.Statement): boolean {
  return ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression) && statement.expression.text === 'use server';
}

/** Where a file marks server actions: as a whole module, and inside which functions (line numbers). */
export function serverActionMarks(fileName: string, text: string): { module: boolean; inline: number[] } {
  const source = parseSource(fileName, text);
  const directivesOf = (statements: ts.NodeArray<ts.Statement>) => {
    const out: ts.Statement[] = [];
    for (const statement of statements) {
      if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
      out.push(statement);
    }
    return out;
  };
  const module = directivesOf(source.statements).some(isUseServer);
  const inline: number[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isBlock(node) && ts.isFunctionLike(node.parent) && directivesOf(node.statements).some(isUseServer)) {
      inline.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { module, inline };
}
