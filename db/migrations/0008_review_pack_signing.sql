CREATE TABLE `review_pack_exports` (
	`pack_id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`review_key` text NOT NULL,
	`cycle_ids` text NOT NULL,
	`exported_at` text NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `review_packs` ADD `review_key` text DEFAULT '' NOT NULL;