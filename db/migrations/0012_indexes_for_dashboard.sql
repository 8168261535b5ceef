DROP INDEX `outcome_ratings_outcome_idx`;--> statement-breakpoint
CREATE INDEX `outcome_ratings_history_idx` ON `outcome_ratings` (`outcome_id`,`rated_on`,`created_at`,`id`,`rating`);--> statement-breakpoint
CREATE INDEX `health_judgements_value_idx` ON `health_judgements` (`value`,`check_id`,`item_id`);