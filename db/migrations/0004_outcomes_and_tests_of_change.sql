CREATE TABLE `agreed_outcomes` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`agreed_on` text NOT NULL,
	`programme_outcome_id` text,
	`agreed_at_meeting_id` text,
	`baseline_rating` integer,
	`baseline_note` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`programme_outcome_id`) REFERENCES `programme_outcomes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreed_at_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `agreed_outcomes_site_idx` ON `agreed_outcomes` (`site_id`);--> statement-breakpoint
CREATE INDEX `agreed_outcomes_programme_outcome_idx` ON `agreed_outcomes` (`programme_outcome_id`);--> statement-breakpoint
CREATE TABLE `outcome_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`outcome_id` text NOT NULL,
	`quote_id` text,
	`meeting_id` text,
	`reflection_id` text,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`outcome_id`) REFERENCES `agreed_outcomes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`quote_id`) REFERENCES `quotes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reflection_id`) REFERENCES `reflection_cycles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outcome_evidence_outcome_idx` ON `outcome_evidence` (`outcome_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `outcome_evidence_unique` ON `outcome_evidence` (`outcome_id`,`quote_id`,`meeting_id`,`reflection_id`);--> statement-breakpoint
CREATE TABLE `outcome_ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`outcome_id` text NOT NULL,
	`rated_on` text NOT NULL,
	`rating` integer NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	`judged_by` text NOT NULL,
	`meeting_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`outcome_id`) REFERENCES `agreed_outcomes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `outcome_ratings_outcome_idx` ON `outcome_ratings` (`outcome_id`,`rated_on`);--> statement-breakpoint
CREATE TABLE `change_ideas` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `change_ideas_programme_idx` ON `change_ideas` (`programme_id`);--> statement-breakpoint
CREATE TABLE `measure_baselines` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`starts_on` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_baselines_unique` ON `measure_baselines` (`measure_id`,`starts_on`);--> statement-breakpoint
CREATE TABLE `measure_points` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`period` text NOT NULL,
	`value` real NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_points_unique` ON `measure_points` (`measure_id`,`period`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`outcome_id` text,
	`name` text NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`better` text NOT NULL,
	`target` real,
	`rules` text DEFAULT 'anhoej' NOT NULL,
	`baseline_points` integer,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`outcome_id`) REFERENCES `agreed_outcomes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `measures_site_idx` ON `measures` (`site_id`);--> statement-breakpoint
CREATE TABLE `pdsa_cycles` (
	`id` text PRIMARY KEY NOT NULL,
	`test_id` text NOT NULL,
	`position` integer NOT NULL,
	`plan` text DEFAULT '' NOT NULL,
	`prediction` text DEFAULT '' NOT NULL,
	`do_notes` text DEFAULT '' NOT NULL,
	`study` text DEFAULT '' NOT NULL,
	`act` text DEFAULT '' NOT NULL,
	`started_on` text NOT NULL,
	`ended_on` text,
	FOREIGN KEY (`test_id`) REFERENCES `tests_of_change`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pdsa_cycles_test_idx` ON `pdsa_cycles` (`test_id`,`position`);--> statement-breakpoint
CREATE TABLE `test_of_change_outcomes` (
	`test_id` text NOT NULL,
	`outcome_id` text NOT NULL,
	PRIMARY KEY(`test_id`, `outcome_id`),
	FOREIGN KEY (`test_id`) REFERENCES `tests_of_change`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`outcome_id`) REFERENCES `agreed_outcomes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `test_of_change_outcomes_outcome_idx` ON `test_of_change_outcomes` (`outcome_id`);--> statement-breakpoint
CREATE TABLE `test_status_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`test_id` text NOT NULL,
	`status` text NOT NULL,
	`changed_on` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`test_id`) REFERENCES `tests_of_change`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `test_status_changes_test_idx` ON `test_status_changes` (`test_id`,`changed_on`);--> statement-breakpoint
CREATE TABLE `tests_of_change` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`change_idea_id` text,
	`title` text NOT NULL,
	`idea` text DEFAULT '' NOT NULL,
	`prediction` text DEFAULT '' NOT NULL,
	`owner_id` text,
	`kind` text NOT NULL,
	`source_meeting_id` text,
	`source_reflection_id` text,
	`status` text DEFAULT 'idea' NOT NULL,
	`started_on` text,
	`decided_on` text,
	`decision_reason` text DEFAULT '' NOT NULL,
	`created_on` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`change_idea_id`) REFERENCES `change_ideas`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`source_reflection_id`) REFERENCES `reflection_cycles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `tests_of_change_site_idx` ON `tests_of_change` (`site_id`,`status`);--> statement-breakpoint
CREATE INDEX `tests_of_change_idea_idx` ON `tests_of_change` (`change_idea_id`);