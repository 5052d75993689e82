PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_report_figure_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`branch_id` integer,
	`organisation_id` integer,
	`figure_key` text NOT NULL,
	`text` text NOT NULL,
	`reason` text NOT NULL,
	`set_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_report_figure_overrides`("id", "report_id", "branch_id", "organisation_id", "figure_key", "text", "reason", "set_by", "created_at", "updated_at") SELECT "id", "report_id", "branch_id", NULL, "figure_key", "text", "reason", "set_by", "created_at", "updated_at" FROM `report_figure_overrides`;--> statement-breakpoint
DROP TABLE `report_figure_overrides`;--> statement-breakpoint
ALTER TABLE `__new_report_figure_overrides` RENAME TO `report_figure_overrides`;--> statement-breakpoint
CREATE UNIQUE INDEX `report_figure_overrides_report_key_idx` ON `report_figure_overrides` (`report_id`,`figure_key`);--> statement-breakpoint
CREATE TABLE `__new_report_review_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`branch_id` integer,
	`organisation_id` integer,
	`body` text NOT NULL,
	`author_id` integer,
	`rectification_item_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_report_review_comments`("id", "report_id", "branch_id", "organisation_id", "body", "author_id", "rectification_item_id", "created_at", "updated_at") SELECT "id", "report_id", "branch_id", NULL, "body", "author_id", "rectification_item_id", "created_at", "updated_at" FROM `report_review_comments`;--> statement-breakpoint
DROP TABLE `report_review_comments`;--> statement-breakpoint
ALTER TABLE `__new_report_review_comments` RENAME TO `report_review_comments`;--> statement-breakpoint
CREATE INDEX `report_review_comments_report_idx` ON `report_review_comments` (`report_id`);--> statement-breakpoint
CREATE TABLE `__new_report_section_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`section_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	`branch_id` integer,
	`organisation_id` integer,
	`version` integer NOT NULL,
	`heading` text NOT NULL,
	`body` text NOT NULL,
	`saved_by` integer,
	`saved_at` text NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `report_sections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`saved_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_report_section_revisions`("id", "section_id", "report_id", "branch_id", "organisation_id", "version", "heading", "body", "saved_by", "saved_at") SELECT "id", "section_id", "report_id", "branch_id", NULL, "version", "heading", "body", "saved_by", "saved_at" FROM `report_section_revisions`;--> statement-breakpoint
DROP TABLE `report_section_revisions`;--> statement-breakpoint
ALTER TABLE `__new_report_section_revisions` RENAME TO `report_section_revisions`;--> statement-breakpoint
CREATE INDEX `report_section_revisions_section_idx` ON `report_section_revisions` (`section_id`,`version`);--> statement-breakpoint
CREATE TABLE `__new_report_sections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`branch_id` integer,
	`organisation_id` integer,
	`level` integer NOT NULL,
	`heading` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`kind` text,
	`carried_over` integer DEFAULT false NOT NULL,
	`numbered` integer DEFAULT true NOT NULL,
	`sort_order` integer NOT NULL,
	`assignee_id` integer,
	`updated_by` integer,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_report_sections`("id", "report_id", "branch_id", "organisation_id", "level", "heading", "body", "kind", "carried_over", "numbered", "sort_order", "assignee_id", "updated_by", "deleted_at", "created_at", "updated_at", "version") SELECT "id", "report_id", "branch_id", NULL, "level", "heading", "body", "kind", "carried_over", "numbered", "sort_order", "assignee_id", "updated_by", "deleted_at", "created_at", "updated_at", "version" FROM `report_sections`;--> statement-breakpoint
DROP TABLE `report_sections`;--> statement-breakpoint
ALTER TABLE `__new_report_sections` RENAME TO `report_sections`;--> statement-breakpoint
CREATE INDEX `report_sections_report_idx` ON `report_sections` (`report_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `__new_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer,
	`organisation_id` integer,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`preamble` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`continued_from_id` integer,
	`submitted_at` text,
	`submitted_by` integer,
	`grade` text,
	`reviewed_at` text,
	`reviewed_by` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reports_one_owner" CHECK((branch_id IS NULL) <> (organisation_id IS NULL))
);
--> statement-breakpoint
INSERT INTO `__new_reports`("id", "branch_id", "organisation_id", "year", "title", "preamble", "status", "continued_from_id", "submitted_at", "submitted_by", "grade", "reviewed_at", "reviewed_by", "created_by", "created_at", "updated_at", "version") SELECT "id", "branch_id", NULL, "year", "title", "preamble", "status", "continued_from_id", "submitted_at", "submitted_by", "grade", "reviewed_at", "reviewed_by", "created_by", "created_at", "updated_at", "version" FROM `reports`;--> statement-breakpoint
DROP TABLE `reports`;--> statement-breakpoint
ALTER TABLE `__new_reports` RENAME TO `reports`;--> statement-breakpoint
CREATE UNIQUE INDEX `reports_branch_year_idx` ON `reports` (`branch_id`,`year`);--> statement-breakpoint
CREATE UNIQUE INDEX `reports_organisation_year_idx` ON `reports` (`organisation_id`,`year`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `organisation_id` integer REFERENCES organisations(id);--> statement-breakpoint
PRAGMA foreign_keys=ON;
