CREATE TABLE `health_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`framework_id` text NOT NULL,
	`checked_on` text NOT NULL,
	`judged_by` text NOT NULL,
	`meeting_id` text,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`framework_id`) REFERENCES `health_frameworks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `health_checks_site_idx` ON `health_checks` (`site_id`,`framework_id`,`checked_on`);--> statement-breakpoint
CREATE TABLE `health_framework_items` (
	`id` text PRIMARY KEY NOT NULL,
	`framework_id` text NOT NULL,
	`group_label` text DEFAULT '' NOT NULL,
	`label` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`framework_id`) REFERENCES `health_frameworks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `health_framework_items_framework_idx` ON `health_framework_items` (`framework_id`,`position`);--> statement-breakpoint
CREATE TABLE `health_frameworks` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `health_frameworks_programme_idx` ON `health_frameworks` (`programme_id`);--> statement-breakpoint
CREATE TABLE `health_judgements` (
	`check_id` text NOT NULL,
	`item_id` text NOT NULL,
	`value` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`check_id`, `item_id`),
	FOREIGN KEY (`check_id`) REFERENCES `health_checks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `health_framework_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `health_scale_points` (
	`framework_id` text NOT NULL,
	`value` text NOT NULL,
	`label` text NOT NULL,
	`score` integer,
	`position` integer NOT NULL,
	PRIMARY KEY(`framework_id`, `value`),
	FOREIGN KEY (`framework_id`) REFERENCES `health_frameworks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `programme_health_frameworks` (
	`programme_id` text NOT NULL,
	`framework_id` text NOT NULL,
	PRIMARY KEY(`programme_id`, `framework_id`),
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`framework_id`) REFERENCES `health_frameworks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `stakeholder_placements` (
	`id` text PRIMARY KEY NOT NULL,
	`stakeholder_id` text NOT NULL,
	`quadrant` text NOT NULL,
	`placed_on` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stakeholder_placements_day_idx` ON `stakeholder_placements` (`stakeholder_id`,`placed_on`);--> statement-breakpoint
CREATE TABLE `stakeholders` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`person_id` text,
	`organisation_id` text,
	`name` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stakeholders_site_idx` ON `stakeholders` (`site_id`);--> statement-breakpoint
INSERT INTO `health_frameworks` (`id`, `programme_id`, `name`, `description`, `position`) VALUES
	('library-spectrum', NULL, 'Collaboration spectrum', 'Where the partnership''s way of working sits now, and where it wants to be. Not everything should be collaborative.', 1),
	('library-qualities', NULL, 'Relationship qualities', 'Six qualities of the relationships in the group, each present, partly there or missing.', 2),
	('library-service-change', NULL, 'Collaborative service change checklist', 'The steps of changing a service together, from the big idea to checking the impact.', 3);
--> statement-breakpoint
INSERT INTO `health_scale_points` (`framework_id`, `value`, `label`, `score`, `position`) VALUES
	('library-spectrum', 'competition', 'Competition', 1, 1),
	('library-spectrum', 'consultation', 'Consultation', 2, 2),
	('library-spectrum', 'coordination', 'Co-ordination', 3, 3),
	('library-spectrum', 'cooperation', 'Co-operation', 4, 4),
	('library-spectrum', 'collaboration', 'Collaboration', 5, 5),
	('library-qualities', 'present', 'Present', 3, 1),
	('library-qualities', 'partly', 'Partly', 2, 2),
	('library-qualities', 'missing', 'Missing', 1, 3),
	('library-service-change', 'yes', 'Yes', 3, 1),
	('library-service-change', 'partly', 'Partly', 2, 2),
	('library-service-change', 'no', 'No', 1, 3),
	('library-service-change', 'not_yet', 'Not yet', NULL, 4);
--> statement-breakpoint
INSERT INTO `health_framework_items` (`id`, `framework_id`, `group_label`, `label`, `position`) VALUES
	('library-spectrum-now', 'library-spectrum', '', 'Where our way of working sits now', 1),
	('library-spectrum-wanted', 'library-spectrum', '', 'Where we want it to be', 2),
	('library-quality-understanding', 'library-qualities', '', 'Mutual understanding', 1),
	('library-quality-possibility', 'library-qualities', '', 'Possibility', 2),
	('library-quality-commitment', 'library-qualities', '', 'Commitment', 3),
	('library-quality-capability', 'library-qualities', '', 'Capability', 4),
	('library-quality-responsibility', 'library-qualities', '', 'Responsibility', 5),
	('library-quality-acknowledgement', 'library-qualities', '', 'Acknowledgement', 6),
	('library-change-idea-1', 'library-service-change', 'The big idea', 'Can the group say in a sentence or two what it wants to change for people who use services?', 1),
	('library-change-idea-2', 'library-service-change', 'The big idea', 'Do the people the change will affect recognise it as worth doing?', 2),
	('library-change-panel-1', 'library-service-change', 'A decision panel', 'Is there a small group with the authority to say yes to the change?', 3),
	('library-change-panel-2', 'library-service-change', 'A decision panel', 'Does everyone know how and when that group will decide?', 4),
	('library-change-team-1', 'library-service-change', 'Building the team', 'Are the people who will make the change, from every agency involved, in the team?', 5),
	('library-change-team-2', 'library-service-change', 'Building the team', 'Have their managers agreed the time they need?', 6),
	('library-change-around-1', 'library-service-change', 'Understanding what is around', 'Has the team found out what already happens locally: services, data and earlier attempts?', 7),
	('library-change-around-2', 'library-service-change', 'Understanding what is around', 'Has it heard from people who use services and carers about their experience?', 8),
	('library-change-ideas-1', 'library-service-change', 'Gathering ideas', 'Were ideas gathered widely, beyond the usual voices?', 9),
	('library-change-ideas-2', 'library-service-change', 'Gathering ideas', 'Has the team chosen which ideas to try first, and can it say why?', 10),
	('library-change-making-1', 'library-service-change', 'Making the change', 'Is the change tried small first, with a prediction of what will happen?', 11),
	('library-change-making-2', 'library-service-change', 'Making the change', 'Are the practical details (who, where, which forms) settled?', 12),
	('library-change-talk-1', 'library-service-change', 'Keeping the conversation going', 'Are people outside the team told about progress and setbacks?', 13),
	('library-change-talk-2', 'library-service-change', 'Keeping the conversation going', 'Is there a regular place to raise worries and be heard?', 14),
	('library-change-impact-1', 'library-service-change', 'Checking the impact', 'Has the team agreed how it will know whether the change helped?', 15),
	('library-change-impact-2', 'library-service-change', 'Checking the impact', 'Is what was learned shared, including what did not work?', 16);
