DROP INDEX `actions_site_idx`;--> statement-breakpoint
CREATE INDEX `actions_site_due_idx` ON `actions` (`site_id`,`status`,`due_on`,`completed_on`);--> statement-breakpoint
CREATE INDEX `meeting_attendance_meeting_status_idx` ON `meeting_attendance` (`meeting_id`,`status`);--> statement-breakpoint
CREATE INDEX `meetings_site_kind_idx` ON `meetings` (`site_id`,`kind`,`held_on`,`start_time`,`id`,`unnamed_attendees`);--> statement-breakpoint
CREATE INDEX `reflection_cycles_programme_site_idx` ON `reflection_cycles` (`programme_id`,`site_id`,`held_on`,`id`);