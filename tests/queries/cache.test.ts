/** db/cache.ts: a cached value lives exactly until the next write to the database, by anyone. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db, file } = await setupTestDatabase();
const { untilNextWrite } = await import('@/db/cache');

function counted() {
  const cache = untilNextWrite<number>(2);
  let computed = 0;
  const read = (key = 'k') => cache.get(key, () => ++computed);
  return { read, computed: () => computed };
}

describe('untilNextWrite', () => {
  it('computes once while nothing is written', () => {
    const c = counted();
    expect([c.read(), c.read(), c.read()]).toEqual([1, 1, 1]);
    expect(c.computed()).toBe(1);
  });

  it('computes again after this process writes', () => {
    const c = counted();
    c.read();
    db.$client.prepare('UPDATE branches SET version = version + 1 WHERE id = 1').run();
    expect(c.read()).toBe(2);
  });

  it('computes again after another connection (another worker, a script) commits', () => {
    const c = counted();
    c.read();
    const other = new Database(file);
    other.prepare('UPDATE branches SET version = version + 1 WHERE id = 1').run();
    other.close();
    expect(c.read()).toBe(2);
    expect(c.read()).toBe(2);
  });

  it('keeps at most its limit of values, the least recently used out first', () => {
    const c = counted();
    c.read('a');
    c.read('b');
    c.read('a');
    c.read('c');
    expect(c.computed()).toBe(3);
    c.read('a');
    expect(c.computed()).toBe(3);
    c.read('b');
    expect(c.computed()).toBe(4);
  });

  it('does not keep a value computed while a write happened', () => {
    const cache = untilNextWrite<number>();
    let computed = 0;
    const compute = () => {
      computed++;
      db.$client.prepare('UPDATE branches SET version = version + 1 WHERE id = 1').run();
      return computed;
    };
    cache.get('k', compute);
    cache.get('k', compute);
    expect(computed).toBe(2);
  });
});
