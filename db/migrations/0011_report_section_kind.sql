ALTER TABLE `report_sections` ADD `kind` text;--> statement-breakpoint
ALTER TABLE `report_sections` ADD `carried_over` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Reports written before sections had kinds: recognise the generated draft's headings once.
UPDATE `report_sections` SET `kind` = 'review' WHERE `level` = 1 AND `heading` LIKE '对照%年报告的落实情况';--> statement-breakpoint
UPDATE `report_sections` SET `kind` = 'plans' WHERE `level` = 1 AND `heading` = '下一步打算';--> statement-breakpoint
UPDATE `report_sections` SET `kind` = 'secretary_project' WHERE `level` = 2 AND `heading` GLOB '[0-9][0-9][0-9][0-9]年书记项目';--> statement-breakpoint
-- A continued report's sections whose text is still last year's were carried over and not edited since.
UPDATE `report_sections` SET `carried_over` = true
WHERE `kind` IS NOT 'review' AND EXISTS (
  SELECT 1 FROM `reports` `r` JOIN `report_sections` `o` ON `o`.`report_id` = `r`.`continued_from_id`
  WHERE `r`.`id` = `report_sections`.`report_id` AND `o`.`deleted_at` IS NULL
    AND `o`.`heading` = `report_sections`.`heading` AND `o`.`body` = `report_sections`.`body`
);
