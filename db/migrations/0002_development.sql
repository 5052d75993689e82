CREATE TABLE `development_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`stopped_at` text,
	`stop_reason` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `development_records_branch_idx` ON `development_records` (`branch_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `development_records_person_idx` ON `development_records` (`person_id`);--> statement-breakpoint
CREATE TABLE `development_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`record_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`code` text NOT NULL,
	`date` text NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	`meeting_id` integer,
	`warnings` text DEFAULT '[]' NOT NULL,
	`recorded_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`record_id`) REFERENCES `development_records`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `development_steps_record_idx` ON `development_steps` (`record_id`,`date`);--> statement-breakpoint
CREATE INDEX `development_steps_branch_code_date_idx` ON `development_steps` (`branch_id`,`code`,`date`);--> statement-breakpoint
ALTER TABLE `people` ADD `under_discipline` integer DEFAULT false NOT NULL;