CREATE TABLE `person_disciplines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`decided_on` text NOT NULL,
	`until` text,
	`decided_by` text NOT NULL,
	`reason` text,
	`recorded_by` integer,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_disciplines_person_idx` ON `person_disciplines` (`person_id`);--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`ledger_id` integer NOT NULL,
	`date` text NOT NULL,
	`title` text NOT NULL,
	`quantity` real,
	`amount_fen` integer,
	`level` text,
	`tags` text DEFAULT '[]' NOT NULL,
	`note` text,
	`recorded_by` integer,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_entries_ledger_date_idx` ON `ledger_entries` (`ledger_id`,`date`);--> statement-breakpoint
CREATE INDEX `ledger_entries_branch_date_idx` ON `ledger_entries` (`branch_id`,`date`);--> statement-breakpoint
CREATE TABLE `ledger_entry_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_entry_people_entry_person_idx` ON `ledger_entry_people` (`entry_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `ledger_entry_people_person_idx` ON `ledger_entry_people` (`person_id`);--> statement-breakpoint
CREATE TABLE `ledgers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`template` text,
	`name` text NOT NULL,
	`description` text,
	`unit` text DEFAULT '项' NOT NULL,
	`quantity_unit` text,
	`has_amount` integer DEFAULT false NOT NULL,
	`has_people` integer DEFAULT false NOT NULL,
	`has_level` integer DEFAULT false NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`has_attachments` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledgers_branch_name_idx` ON `ledgers` (`branch_id`,`name`);--> statement-breakpoint
ALTER TABLE `branches` ADD `kind` text DEFAULT 'agency' NOT NULL;--> statement-breakpoint
ALTER TABLE `report_sections` ADD `numbered` integer DEFAULT true NOT NULL;