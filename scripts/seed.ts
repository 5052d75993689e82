import { migrateAndSeed } from '@/db/seed/run';

void migrateAndSeed({ demo: true }).then((seeded) => {
  console.log(seeded ? '已写入演示数据。' : '数据库已有数据，未写入演示数据。');
});
