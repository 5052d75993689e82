import 'server-only';
import { openDatabase, type Database } from './client';

const globalForDb = globalThis as unknown as { zhibuDb?: Database };

/** The one database handle of the server process. */
export const db: Database = globalForDb.zhibuDb ?? (globalForDb.zhibuDb = openDatabase());
