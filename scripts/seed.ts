import { applyMigrations, openDatabase } from '../db/client';
import { isEmpty, seedDemo } from '../db/seed/demo';

const db = openDatabase();
applyMigrations(db);
if (isEmpty(db)) {
  seedDemo(db);
  console.log('已写入演示数据。');
} else {
  console.log('数据库已有数据，未写入演示数据。');
}
