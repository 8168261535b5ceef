-- A meeting is found by its venue ("Town Hall"), in the index of 0003_search (read its header
-- first). Hand-written (drizzle-kit generate --custom): drizzle-kit knows nothing of these triggers.
--
-- The venue joins the meeting's own document, as the last line of its body after the notes, what
-- was learned and the check-out, so a hit is the meeting itself and every word typed may come from
-- any of them ("town hall discharge"). A meeting with no venue keeps exactly the body 0003 gave it,
-- so the back-fill below rewrites only the documents of meetings that have a venue, in place (same
-- id), and no other document of the index changes.
DROP TRIGGER `search_meetings_ai`;
--> statement-breakpoint
DROP TRIGGER `search_meetings_au`;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_ai` AFTER INSERT ON `meetings` BEGIN
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('meeting', new.`id`, new.`id`, new.`purpose`,
		new.`notes` || char(10) || new.`learning` || char(10) || new.`check_out` ||
			CASE WHEN new.`venue` = '' THEN '' ELSE char(10) || new.`venue` END);
END;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_au` AFTER UPDATE OF `id`, `purpose`, `notes`, `learning`, `check_out`, `venue` ON `meetings` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'meeting' AND `record_id` = old.`id`;
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('meeting', new.`id`, new.`id`, new.`purpose`,
		new.`notes` || char(10) || new.`learning` || char(10) || new.`check_out` ||
			CASE WHEN new.`venue` = '' THEN '' ELSE char(10) || new.`venue` END);
END;
--> statement-breakpoint
-- Back-fill: meetings recorded before the upgrade are found by their venue straight after it. The
-- update keeps each document's id; the index follows through search_fts_documents_au.
UPDATE `search_fts_documents`
SET `body` = (
	SELECT m.`notes` || char(10) || m.`learning` || char(10) || m.`check_out` || char(10) || m.`venue`
	FROM `meetings` m WHERE m.`id` = `search_fts_documents`.`record_id`
)
WHERE `kind` = 'meeting'
	AND `record_id` IN (SELECT `id` FROM `meetings` WHERE `venue` <> '');
