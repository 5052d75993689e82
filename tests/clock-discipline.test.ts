import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { appSourceFiles, parseSource } from '@/tests/support/source-files';

const clockFile = path.join('lib', 'clock.ts');

/** Each place in a file that reads the system clock: `new Date()` without arguments, or `Date.now()`. */
function systemClockReads(fileName: string, text: string): string[] {
  const source = parseSource(fileName, text);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const isDate = (n: ts.Node) => ts.isIdentifier(n) && n.text === 'Date';
    const bareNew = ts.isNewExpression(node) && isDate(node.expression) && (node.arguments?.length ?? 0) === 0;
    const now =
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      isDate(node.expression.expression) &&
      node.expression.name.text === 'now';
    if (bareNew || now) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${fileName}:${line + 1}: ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the one clock', () => {
  it('finds both ways of reading the system clock, and not a date built from a value', () => {
    const text =
      'const a = new Date();\nconst b = Date.now();\nconst c = new Date(0);\nconst d = new Date("2026-01-01");\nconst e = Date.UTC(2026, 0, 1);';
    expect(systemClockReads('sample.ts', text)).toEqual(['sample.ts:1: new Date()', 'sample.ts:2: Date.now()']);
  });

  it('is the only code of the app that reads the system clock', () => {
    const reads = appSourceFiles()
      .filter((file) => file !== clockFile)
      .flatMap((file) => systemClockReads(file, fs.readFileSync(file, 'utf8')));
    expect(reads, 'take today, the year or a timestamp from lib/clock.ts').toEqual([]);
  });
});
