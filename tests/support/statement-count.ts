import type BetterSqlite3 from 'better-sqlite3';

/** Counts the statements run while `run` runs: every execution of every statement prepared on the handle. */
export async function statementsDuring(client: BetterSqlite3.Database, run: () => unknown): Promise<number> {
  const prepare = client.prepare;
  let executions = 0;
  const counted = (statement: BetterSqlite3.Statement): BetterSqlite3.Statement =>
    new Proxy(statement, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        if (property === 'raw' || property === 'pluck' || property === 'expand') {
          return (...args: unknown[]) => {
            value.apply(target, args);
            return counted(target);
          };
        }
        if (property === 'all' || property === 'get' || property === 'run' || property === 'iterate') {
          return (...args: unknown[]) => {
            executions++;
            return value.apply(target, args);
          };
        }
        return value.bind(target);
      },
    });
  client.prepare = ((source: string) => counted(prepare.call(client, source))) as typeof prepare;
  try {
    await run();
  } finally {
    client.prepare = prepare;
  }
  return executions;
}
