ALTER TABLE `people` ADD `transferred_to` text;--> statement-breakpoint
ALTER TABLE `people` ADD `transferred_from_id` integer REFERENCES people(id);--> statement-breakpoint
CREATE INDEX `audit_branch_id_idx` ON `audit_log` (`branch_id`,`id`);