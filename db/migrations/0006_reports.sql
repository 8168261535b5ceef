CREATE TABLE `pseudonyms` (
	`programme_id` text NOT NULL,
	`kind` text NOT NULL,
	`record_id` text NOT NULL,
	`pseudonym` text NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pseudonyms_record_idx` ON `pseudonyms` (`programme_id`,`kind`,`record_id`);--> statement-breakpoint
CREATE TABLE `report_excerpts` (
	`id` text PRIMARY KEY NOT NULL,
	`cycle_id` text NOT NULL,
	`phase` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `reflection_cycles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_excerpts_cycle_idx` ON `report_excerpts` (`cycle_id`);--> statement-breakpoint
CREATE TABLE `report_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`site_id` text,
	`report_id` text,
	`scope` text NOT NULL,
	`subject` text NOT NULL,
	`period_from` text,
	`period_to` text,
	`anonymised` integer NOT NULL,
	`format` text NOT NULL,
	`file_name` text NOT NULL,
	`fingerprint` text NOT NULL,
	`exported_at` text NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_exports_programme_idx` ON `report_exports` (`programme_id`,`exported_at`);--> statement-breakpoint
CREATE INDEX `report_exports_site_idx` ON `report_exports` (`site_id`,`exported_at`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`site_id` text,
	`scope` text NOT NULL,
	`title` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`next_steps` text DEFAULT '' NOT NULL,
	`left_out` text DEFAULT '[]' NOT NULL,
	`site_ids` text DEFAULT '[]' NOT NULL,
	`confidential` integer DEFAULT true NOT NULL,
	`anonymised` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reports_programme_idx` ON `reports` (`programme_id`);--> statement-breakpoint
CREATE INDEX `reports_site_idx` ON `reports` (`site_id`);