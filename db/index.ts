import 'server-only';
import { type Database, openDatabase } from '@/db/client';

const globalForDb = globalThis as unknown as { zhibuDb?: Database };

/** The one database handle of the server process. */
export const db: Database = globalForDb.zhibuDb ?? (globalForDb.zhibuDb = openDatabase());
