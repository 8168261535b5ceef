DROP INDEX `actions_site_due_idx`;--> statement-breakpoint
ALTER TABLE `actions` ADD `first_due_on` text;--> statement-breakpoint
CREATE INDEX `actions_site_due_idx` ON `actions` (`site_id`,`status`,`due_on`,`completed_on`,`first_due_on`);