import { applyMigrations, openDatabase } from '@/db/client';
import { isEmpty, seedDemo } from '@/db/seed/demo';
import { todayIso } from '@/lib/clock';

/**
 * Brings the database up to date and, when asked and it is empty, writes the demo: the records in one
 * transaction, then the demo reports through the app's own data layer (which needs the records
 * committed and runs on the app's connection). Returns whether the demo was written.
 */
export async function migrateAndSeed({ demo }: { demo: boolean }): Promise<boolean> {
  const db = openDatabase();
  applyMigrations(db);
  const seeded = demo && isEmpty(db);
  if (seeded) seedDemo(db);
  db.$client.close();
  if (seeded) (await import('@/db/seed/demo-reports')).seedDemoReports(todayIso());
  return seeded;
}
