CREATE TABLE `activity_outputs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`output_type_id` integer NOT NULL,
	`quantity` real NOT NULL,
	`note` text,
	FOREIGN KEY (`activity_id`) REFERENCES `project_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`output_type_id`) REFERENCES `output_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_outputs_activity_idx` ON `activity_outputs` (`activity_id`);--> statement-breakpoint
CREATE INDEX `activity_outputs_branch_type_idx` ON `activity_outputs` (`branch_id`,`output_type_id`);--> statement-breakpoint
CREATE TABLE `activity_participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `project_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_participants_activity_person_idx` ON `activity_participants` (`activity_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `activity_participants_person_idx` ON `activity_participants` (`person_id`);--> statement-breakpoint
CREATE TABLE `output_types` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`category` text NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `output_types_branch_name_unit_idx` ON `output_types` (`branch_id`,`name`,`unit`);--> statement-breakpoint
CREATE TABLE `project_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`date` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`place` text,
	`other_participants` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_activities_project_date_idx` ON `project_activities` (`project_id`,`date`);--> statement-breakpoint
CREATE INDEX `project_activities_branch_date_idx` ON `project_activities` (`branch_id`,`date`);--> statement-breakpoint
CREATE TABLE `project_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_members_project_person_idx` ON `project_members` (`project_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `project_members_person_idx` ON `project_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `project_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`output_type_id` integer NOT NULL,
	`quantity` real NOT NULL,
	`note` text,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`output_type_id`) REFERENCES `output_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_targets_project_type_idx` ON `project_targets` (`project_id`,`output_type_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`partner` text,
	`goal` text,
	`start_date` text NOT NULL,
	`end_date` text,
	`budget` real,
	`status` text NOT NULL,
	`deleted_at` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `projects_branch_start_idx` ON `projects` (`branch_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `commitment_letters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`date` text NOT NULL,
	`title` text NOT NULL,
	`signer` text NOT NULL,
	`counterpart_kind` text NOT NULL,
	`counterpart` text NOT NULL,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitment_letters_branch_date_idx` ON `commitment_letters` (`branch_id`,`date`);--> statement-breakpoint
CREATE TABLE `integrity_aspects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `integrity_aspects_branch_year_idx` ON `integrity_aspects` (`branch_id`,`year`);--> statement-breakpoint
CREATE TABLE `integrity_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aspect_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`content` text NOT NULL,
	`responsible` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`aspect_id`) REFERENCES `integrity_aspects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `integrity_items_aspect_idx` ON `integrity_items` (`aspect_id`);--> statement-breakpoint
CREATE TABLE `integrity_meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`meeting_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `integrity_meetings_meeting_idx` ON `integrity_meetings` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `integrity_meetings_branch_idx` ON `integrity_meetings` (`branch_id`);--> statement-breakpoint
CREATE TABLE `work_output_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_output_categories_branch_name_idx` ON `work_output_categories` (`branch_id`,`name`);--> statement-breakpoint
CREATE TABLE `work_outputs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	`date` text NOT NULL,
	`title` text NOT NULL,
	`quantity` real DEFAULT 1 NOT NULL,
	`note` text,
	`recorded_by` integer,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `work_output_categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_outputs_branch_date_idx` ON `work_outputs` (`branch_id`,`date`);--> statement-breakpoint
CREATE INDEX `work_outputs_category_idx` ON `work_outputs` (`category_id`);--> statement-breakpoint
CREATE TABLE `rectification_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`aspect` text NOT NULL,
	`problem` text NOT NULL,
	`source` text NOT NULL,
	`source_meeting_id` integer,
	`source_note` text,
	`measures` text,
	`responsible_person_id` integer NOT NULL,
	`found_date` text NOT NULL,
	`deadline` text NOT NULL,
	`evidence` text,
	`state` text DEFAULT 'in_progress' NOT NULL,
	`completed_at` text,
	`completed_by` integer,
	`checked_off_at` text,
	`checked_off_by` integer,
	`reopen_reason` text,
	`created_by` integer,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`completed_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`checked_off_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rectification_branch_found_idx` ON `rectification_items` (`branch_id`,`found_date`);--> statement-breakpoint
CREATE INDEX `rectification_branch_state_idx` ON `rectification_items` (`branch_id`,`state`);--> statement-breakpoint
CREATE INDEX `rectification_responsible_idx` ON `rectification_items` (`responsible_person_id`);--> statement-breakpoint
CREATE TABLE `notice_reads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`notice_id` integer NOT NULL,
	`branch_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`read_at` text NOT NULL,
	FOREIGN KEY (`notice_id`) REFERENCES `notices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notice_reads_notice_person_idx` ON `notice_reads` (`notice_id`,`person_id`);--> statement-breakpoint
CREATE TABLE `notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`branch_id` integer NOT NULL,
	`title` text NOT NULL,
	`content` text NOT NULL,
	`category` text NOT NULL,
	`state` text DEFAULT 'proposed' NOT NULL,
	`proposed_by` integer,
	`proposed_at` text NOT NULL,
	`reviewed_by` integer,
	`reviewed_at` text,
	`secrecy_checked` integer DEFAULT false NOT NULL,
	`review_note` text,
	`approved_by` integer,
	`approved_at` text,
	`published_at` text,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notices_branch_state_idx` ON `notices` (`branch_id`,`state`,`published_at`);--> statement-breakpoint
ALTER TABLE `branches` ADD `development_notice_working_days` integer DEFAULT 5 NOT NULL;