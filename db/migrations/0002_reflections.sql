CREATE TABLE `reflection_cycle_sites` (
	`cycle_id` text NOT NULL,
	`site_id` text NOT NULL,
	PRIMARY KEY(`cycle_id`, `site_id`),
	FOREIGN KEY (`cycle_id`) REFERENCES `reflection_cycles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reflection_cycle_sites_site_idx` ON `reflection_cycle_sites` (`site_id`);--> statement-breakpoint
CREATE TABLE `reflection_cycles` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`site_id` text,
	`meeting_id` text,
	`held_on` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`observe` text DEFAULT '' NOT NULL,
	`reflect` text DEFAULT '' NOT NULL,
	`plan` text DEFAULT '' NOT NULL,
	`act` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `reflection_cycles_programme_idx` ON `reflection_cycles` (`programme_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `reflection_cycles_site_idx` ON `reflection_cycles` (`site_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `reflection_cycles_meeting_idx` ON `reflection_cycles` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `reflection_participants` (
	`cycle_id` text NOT NULL,
	`person_id` text NOT NULL,
	PRIMARY KEY(`cycle_id`, `person_id`),
	FOREIGN KEY (`cycle_id`) REFERENCES `reflection_cycles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reflection_participants_person_idx` ON `reflection_participants` (`person_id`);--> statement-breakpoint
CREATE TABLE `reflection_tags` (
	`id` text PRIMARY KEY NOT NULL,
	`cycle_id` text NOT NULL,
	`theme_id` text NOT NULL,
	`phase` text NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `reflection_cycles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reflection_tags_unique` ON `reflection_tags` (`cycle_id`,`theme_id`,`phase`);--> statement-breakpoint
CREATE INDEX `reflection_tags_theme_idx` ON `reflection_tags` (`theme_id`);--> statement-breakpoint
CREATE TABLE `review_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`cycle_id` text,
	`review_cycle_id` text,
	`phase` text NOT NULL,
	`parent_id` text,
	`author` text NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`resolved_at` text,
	`origin_key` text,
	FOREIGN KEY (`cycle_id`) REFERENCES `reflection_cycles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`review_cycle_id`) REFERENCES `review_cycles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_comments_origin_key_unique` ON `review_comments` (`origin_key`);--> statement-breakpoint
CREATE INDEX `review_comments_cycle_idx` ON `review_comments` (`cycle_id`);--> statement-breakpoint
CREATE INDEX `review_comments_review_cycle_idx` ON `review_comments` (`review_cycle_id`);--> statement-breakpoint
CREATE TABLE `review_cycles` (
	`id` text PRIMARY KEY NOT NULL,
	`pack_id` text NOT NULL,
	`source_cycle_id` text NOT NULL,
	`content` text NOT NULL,
	FOREIGN KEY (`pack_id`) REFERENCES `review_packs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_cycles_source_idx` ON `review_cycles` (`pack_id`,`source_cycle_id`);--> statement-breakpoint
CREATE TABLE `review_packs` (
	`id` text PRIMARY KEY NOT NULL,
	`pack_id` text NOT NULL,
	`programme_name` text NOT NULL,
	`exported_by` text DEFAULT '' NOT NULL,
	`exported_at` text NOT NULL,
	`imported_at` text NOT NULL,
	`description` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_packs_pack_id_unique` ON `review_packs` (`pack_id`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text,
	`theme_set` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `themes_programme_idx` ON `themes` (`programme_id`);--> statement-breakpoint
ALTER TABLE `actions` ADD `reflection_id` text;--> statement-breakpoint
INSERT INTO `themes` (`id`, `programme_id`, `theme_set`, `name`, `description`, `position`) VALUES
  ('practice-suspending-disbelief', NULL, 'practices', 'Suspending disbelief', 'Setting aside doubts long enough to try working together', '1'),
  ('practice-shared-purpose', NULL, 'practices', 'Defining a shared purpose', 'A purpose everyone signs up to', '2'),
  ('practice-accountability', NULL, 'practices', 'Accountability to the purpose', 'Holding each other to the shared purpose', '3'),
  ('practice-diversity-trust', NULL, 'practices', 'Exploring diversity and building trust', 'Learning from differences between people and agencies', '4'),
  ('practice-structural-change', NULL, 'practices', 'Purposeful structural change', 'Changing structures on purpose, not for its own sake', '5'),
  ('practice-systemic-leadership', NULL, 'practices', 'Courageous and systemic leadership', 'Leading across the system, not only one organisation', '6'),
  ('element-curious', NULL, 'elements', 'Be curious', '', '1'),
  ('element-appreciative', NULL, 'elements', 'Be appreciative', '', '2'),
  ('element-proactive', NULL, 'elements', 'Be proactive', '', '3'),
  ('element-courageous', NULL, 'elements', 'Be courageous', '', '4'),
  ('element-thinkers', NULL, 'elements', 'Be thinkers', '', '5'),
  ('element-communicators', NULL, 'elements', 'Be communicators', '', '6');
