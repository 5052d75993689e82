CREATE TABLE `dues_bases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`category` text NOT NULL,
	`base_fen` integer,
	`fixed_fen` integer,
	`effective_month` text NOT NULL,
	`assessed_on` text NOT NULL,
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
CREATE INDEX `dues_bases_person_idx` ON `dues_bases` (`person_id`,`effective_month`);--> statement-breakpoint
CREATE INDEX `dues_bases_branch_idx` ON `dues_bases` (`branch_id`);--> statement-breakpoint
CREATE TABLE `dues_handovers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`from_month` text NOT NULL,
	`to_month` text NOT NULL,
	`handed_on` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`recipient` text NOT NULL,
	`receipt_no` text,
	`note` text,
	`recorded_by` integer,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dues_handovers_branch_idx` ON `dues_handovers` (`branch_id`,`handed_on`);--> statement-breakpoint
CREATE TABLE `dues_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`from_month` text NOT NULL,
	`to_month` text NOT NULL,
	`paid_on` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`due_fen` integer NOT NULL,
	`method` text NOT NULL,
	`receipt_no` text,
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
CREATE INDEX `dues_payments_person_idx` ON `dues_payments` (`person_id`,`from_month`);--> statement-breakpoint
CREATE INDEX `dues_payments_branch_paid_idx` ON `dues_payments` (`branch_id`,`paid_on`);--> statement-breakpoint
CREATE TABLE `dues_reliefs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`monthly_fen` integer,
	`from_month` text NOT NULL,
	`until_month` text NOT NULL,
	`reason` text NOT NULL,
	`decided_on` text NOT NULL,
	`approved_by` text NOT NULL,
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
CREATE INDEX `dues_reliefs_person_idx` ON `dues_reliefs` (`person_id`);--> statement-breakpoint
CREATE INDEX `dues_reliefs_branch_idx` ON `dues_reliefs` (`branch_id`);--> statement-breakpoint
ALTER TABLE `people` ADD `joined_branch_on` text;--> statement-breakpoint
ALTER TABLE `people` ADD `left_branch_on` text;