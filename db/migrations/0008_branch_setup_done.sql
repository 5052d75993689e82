ALTER TABLE `branches` ADD `setup_done_on` text;--> statement-breakpoint
-- Branches already in use when the setup checklist arrived are past their first day.
UPDATE `branches` SET `setup_done_on` = substr(`created_at`, 1, 10);
