import 'server-only';
import { db } from '@/db';

const changesStatement = db.$client.prepare('SELECT total_changes()').pluck();
const dataVersionStatement = db.$client.prepare('PRAGMA data_version').pluck();

/**
 * The database's version as this process sees it: SQLite's `data_version`, which moves whenever another
 * connection (another server worker, a script) commits, and this connection's `total_changes()`, which
 * moves with every row this process writes. Any write anywhere gives a new version; reading it is two
 * trivial statements.
 */
export function databaseVersion(): string {
  return `${dataVersionStatement.get() as number}:${changesStatement.get() as number}`;
}

/**
 * A small in-memory cache of values computed from the database, each kept until the next write to the
 * database (see databaseVersion) and at most `limit` of them, least recently used out first. Values are
 * shared between requests: treat them as read-only.
 */
export function untilNextWrite<V>(limit = 100) {
  const entries = new Map<string, { version: string; value: V }>();
  const keep = (key: string, version: string, value: V) => {
    entries.delete(key);
    entries.set(key, { version, value });
    if (entries.size > limit) entries.delete(entries.keys().next().value!);
  };
  const lookup = (key: string) => {
    const version = databaseVersion();
    const entry = entries.get(key);
    const hit = entry?.version === version ? entry : undefined;
    if (hit) keep(key, version, hit.value);
    return { version, hit };
  };
  // Kept only if nothing was written while it was computed.
  const store = (key: string, version: string, value: V) => {
    if (databaseVersion() === version) keep(key, version, value);
    else entries.delete(key);
    return value;
  };
  return {
    get(key: string, compute: () => V): V {
      const { version, hit } = lookup(key);
      return hit ? hit.value : store(key, version, compute());
    },
    async getAsync(key: string, compute: () => Promise<V>): Promise<V> {
      const { version, hit } = lookup(key);
      return hit ? hit.value : store(key, version, await compute());
    },
  };
}
