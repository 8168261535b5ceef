CREATE INDEX `actions_reflection_idx` ON `actions` (`reflection_id`);--> statement-breakpoint
CREATE INDEX `review_comments_parent_idx` ON `review_comments` (`parent_id`);