CREATE TABLE `actions` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`meeting_id` text,
	`description` text NOT NULL,
	`owner_id` text,
	`agreed_on` text NOT NULL,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`completed_on` text,
	`carried_forward` integer DEFAULT 0 NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actions_site_idx` ON `actions` (`site_id`,`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `actions_meeting_idx` ON `actions` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `actions_owner_idx` ON `actions` (`owner_id`);--> statement-breakpoint
CREATE TABLE `meeting_attendance` (
	`meeting_id` text NOT NULL,
	`person_id` text NOT NULL,
	`status` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `person_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendance_person_idx` ON `meeting_attendance` (`person_id`);--> statement-breakpoint
CREATE TABLE `meeting_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_decisions_meeting_idx` ON `meeting_decisions` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_focus_areas` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_focus_areas_meeting_idx` ON `meeting_focus_areas` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`held_on` text NOT NULL,
	`start_time` text,
	`duration_minutes` integer NOT NULL,
	`venue` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`facilitator` text DEFAULT '' NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`unnamed_attendees` integer DEFAULT 0 NOT NULL,
	`methods` text DEFAULT '[]' NOT NULL,
	`learning` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`check_out` text DEFAULT '' NOT NULL,
	`energy` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meetings_site_idx` ON `meetings` (`site_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`meeting_id` text,
	`text` text NOT NULL,
	`speaker_role` text NOT NULL,
	`person_id` text,
	`consent` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quotes_site_idx` ON `quotes` (`site_id`);--> statement-breakpoint
CREATE INDEX `quotes_meeting_idx` ON `quotes` (`meeting_id`);