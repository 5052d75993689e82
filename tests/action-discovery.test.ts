import { describe, expect, it } from 'vitest';
import { serverActionMarks } from '@/tests/support/source-files';

describe('finding server actions in the source', () => {
  it('sees a module marked as a whole, after other directives too', () => {
    expect(serverActionMarks('a.ts', "'use server';\nexport async function save() {}")).toEqual({
      module: true,
      inline: [],
    });
    expect(serverActionMarks('b.ts', "'use strict';\n'use server';\nexport async function save() {}")).toEqual({
      module: true,
      inline: [],
    });
  });

  it('sees an action declared inside a function, in a module that is not marked', () => {
    const text =
      "import x from 'y';\nexport default function Page() {\n  async function save() {\n    'use server';\n  }\n}";
    expect(serverActionMarks('page.tsx', text)).toEqual({ module: false, inline: [3] });
  });

  it('is not fooled by the words in a string or after the first statement', () => {
    expect(serverActionMarks('c.ts', "const note = 'use server';\nexport function f() { return note; }")).toEqual({
      module: false,
      inline: [],
    });
    expect(serverActionMarks('d.ts', "import x from 'y';\n'use server';")).toEqual({ module: false, inline: [] });
  });
});
