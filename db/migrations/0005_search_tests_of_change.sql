-- Full-text search over tests of change and their PDSA cycles, in the index of 0003_search (read
-- its header first). Hand-written (drizzle-kit generate --custom): drizzle-kit knows nothing of
-- these triggers, so no later generated migration touches them.
--
-- A test of change is indexed by its title, with the change idea, the prediction and the decision
-- reason (adopt / adapt / abandon) as the body. A PDSA cycle opens its test (open_id is the test)
-- and carries the test's title as its own, so a cycle is found by the test's name too; the
-- triggers on tests_of_change keep that copied title in step. Sites, dates and statuses are joined
-- live by db/queries/search.ts.
--
-- Deleting a site cascades to its tests and their cycles, and deleting a test cascades to its
-- cycles: the delete triggers below fire for cascaded deletes too, so no document is left behind.
-- A later migration that rebuilds tests_of_change or pdsa_cycles must create these triggers again.
CREATE TRIGGER `search_tests_of_change_ai` AFTER INSERT ON `tests_of_change` BEGIN
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('test_of_change', new.`id`, new.`id`, new.`title`,
		new.`idea` || char(10) || new.`prediction` || char(10) || new.`decision_reason`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_tests_of_change_au` AFTER UPDATE OF `id`, `title`, `idea`, `prediction`, `decision_reason` ON `tests_of_change` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'test_of_change' AND `record_id` = old.`id`;
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('test_of_change', new.`id`, new.`id`, new.`title`,
		new.`idea` || char(10) || new.`prediction` || char(10) || new.`decision_reason`);
	-- Its cycles carry its title and open it.
	UPDATE `search_fts_documents` SET `open_id` = new.`id`, `title` = new.`title`
	WHERE `kind` = 'pdsa_cycle' AND `open_id` = old.`id`
		AND (`open_id` IS NOT new.`id` OR `title` IS NOT new.`title`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_tests_of_change_ad` AFTER DELETE ON `tests_of_change` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'test_of_change' AND `record_id` = old.`id`;
	-- Its cycles are cascade-deleted (and their own trigger removes them); this also covers a delete
	-- made with foreign keys off.
	DELETE FROM `search_fts_documents` WHERE `kind` = 'pdsa_cycle' AND `open_id` = old.`id`;
END;
--> statement-breakpoint
-- PDSA cycles: the test's title as the title; plan, prediction, do, study and act as the body.
CREATE TRIGGER `search_pdsa_cycles_ai` AFTER INSERT ON `pdsa_cycles` BEGIN
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('pdsa_cycle', new.`id`, new.`test_id`,
		coalesce((SELECT `title` FROM `tests_of_change` WHERE `id` = new.`test_id`), ''),
		new.`plan` || char(10) || new.`prediction` || char(10) || new.`do_notes` || char(10) ||
			new.`study` || char(10) || new.`act`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pdsa_cycles_au` AFTER UPDATE OF `id`, `test_id`, `plan`, `prediction`, `do_notes`, `study`, `act` ON `pdsa_cycles` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'pdsa_cycle' AND `record_id` = old.`id`;
	INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
	VALUES ('pdsa_cycle', new.`id`, new.`test_id`,
		coalesce((SELECT `title` FROM `tests_of_change` WHERE `id` = new.`test_id`), ''),
		new.`plan` || char(10) || new.`prediction` || char(10) || new.`do_notes` || char(10) ||
			new.`study` || char(10) || new.`act`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pdsa_cycles_ad` AFTER DELETE ON `pdsa_cycles` BEGIN
	DELETE FROM `search_fts_documents` WHERE `kind` = 'pdsa_cycle' AND `record_id` = old.`id`;
END;
--> statement-breakpoint
-- Back-fill: tests and cycles written before the upgrade are searchable straight after it.
INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
SELECT 'test_of_change', `id`, `id`, `title`,
	`idea` || char(10) || `prediction` || char(10) || `decision_reason`
FROM `tests_of_change` ORDER BY `rowid`;
--> statement-breakpoint
INSERT INTO `search_fts_documents` (`kind`, `record_id`, `open_id`, `title`, `body`)
SELECT 'pdsa_cycle', c.`id`, c.`test_id`, coalesce(t.`title`, ''),
	c.`plan` || char(10) || c.`prediction` || char(10) || c.`do_notes` || char(10) ||
		c.`study` || char(10) || c.`act`
FROM `pdsa_cycles` c LEFT JOIN `tests_of_change` t ON t.`id` = c.`test_id`
ORDER BY c.`rowid`;
