CREATE TABLE `programme_outcomes` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`level` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `programme_outcomes_programme_idx` ON `programme_outcomes` (`programme_id`);--> statement-breakpoint
CREATE TABLE `programmes` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`commissioners` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`description` text DEFAULT '' NOT NULL,
	`stage_model` text DEFAULT 'forming' NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`name` text NOT NULL,
	`sector` text NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organisations_programme_idx` ON `organisations` (`programme_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`organisation_id` text,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_programme_idx` ON `people` (`programme_id`);--> statement-breakpoint
CREATE INDEX `people_organisation_idx` ON `people` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `site_members` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`joined_on` text NOT NULL,
	`left_on` text,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `site_members_site_idx` ON `site_members` (`site_id`);--> statement-breakpoint
CREATE INDEX `site_members_person_idx` ON `site_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `site_stages` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`stage` text NOT NULL,
	`judged_on` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `site_stages_site_idx` ON `site_stages` (`site_id`,`judged_on`);--> statement-breakpoint
CREATE TABLE `sites` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`name` text NOT NULL,
	`locality` text DEFAULT '' NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`focus` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sites_programme_idx` ON `sites` (`programme_id`);