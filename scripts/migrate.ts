import { applyMigrations, databasePath, openDatabase } from '@/db/client';

applyMigrations(openDatabase());
console.log(`数据库已迁移：${databasePath()}`);
