INSERT INTO `person_disciplines` (`branch_id`, `person_id`, `kind`, `decided_on`, `until`, `decided_by`)
SELECT `branch_id`, `id`, 'probation', date(`updated_at`, '+8 hours'), date(`updated_at`, '+8 hours', '+1 year', '-1 day'), '（迁移前记录）'
FROM `people` WHERE `under_discipline` = 1;--> statement-breakpoint
ALTER TABLE `people` DROP COLUMN `under_discipline`;
