-- Full-text search (SQLite FTS5) over meetings, their focus areas and decisions, quotes, actions and
-- reflection cycles. Hand-written (drizzle-kit generate --custom): drizzle-kit knows nothing of
-- these objects, so no later generated migration touches them.
--
-- search_fts_documents holds one row per searchable record: its kind, id, the record it opens
-- (a focus area or decision opens its meeting) and its text as title + body. Sites, programmes and
-- dates are NOT copied here: db/queries/search.ts joins them live, so they can never go stale.
-- search_fts is an external-content FTS5 index over that table. Triggers on the source tables keep
-- the documents in step on every insert, update and delete (cascaded deletes included), and
-- triggers on the documents keep the index in step, so no handler can forget.
--
-- Quotes are indexed by text and speaker role only: the private link to a person is never indexed.
--
-- A later migration that rebuilds one of the source tables (new table, copy, DROP, RENAME) drops
-- that table's search_* triggers with it and must create them again; tests/node/search.test.ts
-- checks every trigger is there after all migrations.
CREATE TABLE `search_fts_documents` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`record_id` text NOT NULL,
	`open_id` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_fts_documents_record_idx` ON `search_fts_documents` (`kind`, `record_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts` USING fts5(
	title,
	body,
	content = 'search_fts_documents',
	content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- Deleted text leaves no trace in the index's pages either (like PRAGMA secure_delete for tables).
INSERT INTO `search_fts` (`search_fts`, `rank`) VALUES ('secure-delete', 1);
--> statement-breakpoint
CREATE TRIGGER `search_fts_documents_ai` AFTER INSERT ON `search_fts_documents` BEGIN
	INSERT INTO `search_fts` (`rowid`, `title`, `body`) VALUES (new.`id`, new.`title`, new.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_fts_documents_ad` AFTER DELETE ON `search_fts_documents` BEGIN
	INSERT INTO `search_fts` (`search_fts`, `rowid`, `title`, `body`)
	VALUES ('delete', old.`id`, old.`title`, old.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_fts_documents_au` AFTER UPDATE ON `search_fts_documents` BEGIN
	INSERT INTO `search_fts` (`search_fts`, `rowid`, `title`, `body`)
	VALUES ('delete', old.`id`, old.`title`, old.`body`);
	INSERT INTO `search_fts` (`rowid`, `title`, `body`) VALUES (new.`id`, new.`title`, new.`body`);
END;
--> statement-breakpoint
-- Meetings: purpose as the title; notes, what was learned and the check-out as the body.
CREATE TRIGGER `search_meetings_ai` AFTER INSERT ON `meetings` BEGIN
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('meeting', new.`id`, new.`id`, new.`purpose`,
		new.`notes` || char(10) || new.`learning` || char(10) || new.`check_out`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_au` AFTER UPDATE OF `id`, `purpose`, `notes`, `learning`, `check_out` ON `meetings` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'meeting' AND `record_id` = old.`id`;
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('meeting', new.`id`, new.`id`, new.`purpose`,
		new.`notes` || char(10) || new.`learning` || char(10) || new.`check_out`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_ad` AFTER DELETE ON `meetings` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'meeting' AND `record_id` = old.`id`;
END;
--> statement-breakpoint
-- Focus areas open their meeting.
CREATE TRIGGER `search_meeting_focus_areas_ai` AFTER INSERT ON `meeting_focus_areas` BEGIN
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('focus_area', new.`id`, new.`meeting_id`, new.`title`, new.`notes`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_meeting_focus_areas_au` AFTER UPDATE OF `id`, `meeting_id`, `title`, `notes` ON `meeting_focus_areas` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'focus_area' AND `record_id` = old.`id`;
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('focus_area', new.`id`, new.`meeting_id`, new.`title`, new.`notes`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_meeting_focus_areas_ad` AFTER DELETE ON `meeting_focus_areas` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'focus_area' AND `record_id` = old.`id`;
END;
--> statement-breakpoint
-- Decisions open their meeting.
CREATE TRIGGER `search_meeting_decisions_ai` AFTER INSERT ON `meeting_decisions` BEGIN
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('decision', new.`id`, new.`meeting_id`, '', new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_meeting_decisions_au` AFTER UPDATE OF `id`, `meeting_id`, `text` ON `meeting_decisions` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'decision' AND `record_id` = old.`id`;
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('decision', new.`id`, new.`meeting_id`, '', new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_meeting_decisions_ad` AFTER DELETE ON `meeting_decisions` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'decision' AND `record_id` = old.`id`;
END;
--> statement-breakpoint
-- Quotes: the speaker's role as the title, the words as the body; never the person quoted.
CREATE TRIGGER `search_quotes_ai` AFTER INSERT ON `quotes` BEGIN
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('quote', new.`id`, new.`id`, new.`speaker_role`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_quotes_au` AFTER UPDATE OF `id`, `speaker_role`, `text` ON `quotes` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'quote' AND `record_id` = old.`id`;
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('quote', new.`id`, new.`id`, new.`speaker_role`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_quotes_ad` AFTER DELETE ON `quotes` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'quote' AND `record_id` = old.`id`;
END;
--> statement-breakpoint
-- Actions: the description as the title, the notes as the body.
CREATE TRIGGER `search_actions_ai` AFTER INSERT ON `actions` BEGIN
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('action', new.`id`, new.`id`, new.`description`, new.`notes`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_actions_au` AFTER UPDATE OF `id`, `description`, `notes` ON `actions` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'action' AND `record_id` = old.`id`;
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('action', new.`id`, new.`id`, new.`description`, new.`notes`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_actions_ad` AFTER DELETE ON `actions` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'action' AND `record_id` = old.`id`;
END;
--> statement-breakpoint
-- Reflection cycles (a site's or the team's): the title, and Observe, Reflect, Plan, Act as the body.
CREATE TRIGGER `search_reflection_cycles_ai` AFTER INSERT ON `reflection_cycles` BEGIN
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('reflection', new.`id`, new.`id`, new.`title`,
		new.`observe` || char(10) || new.`reflect` || char(10) || new.`plan` || char(10) || new.`act`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_reflection_cycles_au` AFTER UPDATE OF `id`, `title`, `observe`, `reflect`, `plan`, `act` ON `reflection_cycles` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'reflection' AND `record_id` = old.`id`;
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('reflection', new.`id`, new.`id`, new.`title`,
		new.`observe` || char(10) || new.`reflect` || char(10) || new.`plan` || char(10) || new.`act`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_reflection_cycles_ad` AFTER DELETE ON `reflection_cycles` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'reflection' AND `record_id` = old.`id`;
END;
--> statement-breakpoint
-- Back-fill: a store that already holds records is searchable straight after the upgrade.
INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
SELECT 'meeting', `id`, `id`, `purpose`, `notes` || char(10) || `learning` || char(10) || `check_out`
FROM `meetings` ORDER BY `rowid`;
--> statement-breakpoint
INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
SELECT 'focus_area', `id`, `meeting_id`, `title`, `notes` FROM `meeting_focus_areas` ORDER BY `rowid`;
--> statement-breakpoint
INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
SELECT 'decision', `id`, `meeting_id`, '', `text` FROM `meeting_decisions` ORDER BY `rowid`;
--> statement-breakpoint
INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
SELECT 'quote', `id`, `id`, `speaker_role`, `text` FROM `quotes` ORDER BY `rowid`;
--> statement-breakpoint
INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
SELECT 'action', `id`, `id`, `description`, `notes` FROM `actions` ORDER BY `rowid`;
--> statement-breakpoint
INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
SELECT 'reflection', `id`, `id`, `title`,
	`observe` || char(10) || `reflect` || char(10) || `plan` || char(10) || `act`
FROM `reflection_cycles` ORDER BY `rowid`;
