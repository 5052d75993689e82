ALTER TABLE `committees` RENAME TO `organisations`;--> statement-breakpoint
ALTER TABLE `organisations` ADD `parent_id` integer REFERENCES organisations(id);--> statement-breakpoint
ALTER TABLE `organisations` ADD `level` text DEFAULT 'working_committee' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `sort_order` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `organisations_parent_idx` ON `organisations` (`parent_id`);--> statement-breakpoint
ALTER TABLE `accounts` RENAME COLUMN `committee_id` TO `organisation_id`;--> statement-breakpoint
ALTER TABLE `branches` RENAME COLUMN `committee_id` TO `organisation_id`;--> statement-breakpoint
DROP INDEX `branches_committee_idx`;--> statement-breakpoint
CREATE INDEX `branches_organisation_idx` ON `branches` (`organisation_id`);
