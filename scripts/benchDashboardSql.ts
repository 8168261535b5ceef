// The bench's yardsticks for the dashboard: hand-written SQL at a SQLite prompt computing the same
// numbers as 'dashboard.get', independent of db/queries/dashboard.ts. Two forms of the per-site
// roll-up, since which is faster is measured, not assumed: grouped (window functions and GROUP BY
// over the programme's rows, no correlated subqueries) and seeks (a correlated subquery per site
// and figure, each answered from an index). The bench compares the verb with the faster.

/** Per-site figures, grouped: every meeting, action and test of the programme read once. */
export const RAW_SITES_GROUPED = `
  WITH s AS (
    SELECT id, name, status FROM sites WHERE programme_id = :programme AND archived_at IS NULL
  ),
  pm AS (
    SELECT m.site_id, m.id, m.held_on, m.unnamed_attendees,
      row_number() OVER (PARTITION BY m.site_id
        ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC) AS rn
    FROM s JOIN meetings m ON m.site_id = s.id
    WHERE m.kind = 'partnership' AND m.held_on <= :to
  ),
  came AS (
    SELECT a.meeting_id, count(*) AS n FROM meeting_attendance a
    JOIN pm ON pm.id = a.meeting_id AND pm.rn <= 6
    WHERE a.status = 'attended' GROUP BY a.meeting_id
  ),
  meeting_stats AS (
    SELECT pm.site_id, count(*) AS to_date, max(held_on) AS last_on,
      count(CASE WHEN held_on >= :from THEN 1 END) AS held,
      avg(CASE WHEN rn <= 3 THEN coalesce(came.n, 0) + unnamed_attendees END) AS last3,
      avg(CASE WHEN rn BETWEEN 4 AND 6 THEN coalesce(came.n, 0) + unnamed_attendees END) AS prev3,
      count(CASE WHEN rn <= 6 THEN 1 END) AS recent
    FROM pm LEFT JOIN came ON came.meeting_id = pm.id GROUP BY pm.site_id
  ),
  action_stats AS (
    SELECT a.site_id,
      count(CASE WHEN coalesce(a.first_due_on, a.due_on) BETWEEN :from AND :to
        AND a.status <> 'dropped' THEN 1 END) AS due,
      count(CASE WHEN coalesce(a.first_due_on, a.due_on) BETWEEN :from AND :to AND a.status = 'done'
        AND (a.completed_on IS NULL OR a.completed_on <= coalesce(a.first_due_on, a.due_on))
        THEN 1 END) AS on_time,
      count(CASE WHEN a.due_on < :to
        AND (a.status = 'open' OR (a.status = 'done' AND a.completed_on > :to)) THEN 1 END) AS overdue
    FROM s JOIN actions a ON a.site_id = s.id GROUP BY a.site_id
  ),
  test_stats AS (
    SELECT t.site_id,
      ${['idea', 'planned', 'testing', 'adopted', 'adapted', 'abandoned']
        .map((k) => `count(CASE WHEN t.status = '${k}' THEN 1 END) AS ${k}`)
        .join(', ')},
      count(CASE WHEN t.started_on <= :to THEN 1 END) AS started
    FROM s JOIN tests_of_change t ON t.site_id = s.id WHERE t.created_on <= :to GROUP BY t.site_id
  ),
  refl AS (
    SELECT r.site_id, r.held_on FROM s JOIN reflection_cycles r ON r.site_id = s.id
    WHERE r.held_on <= :to
    UNION ALL
    SELECT x.site_id, r.held_on FROM s JOIN reflection_cycle_sites x ON x.site_id = s.id
    JOIN reflection_cycles r ON r.id = x.cycle_id WHERE r.site_id IS NULL AND r.held_on <= :to
  ),
  refl_stats AS (
    SELECT site_id, max(held_on) AS last_on, count(CASE WHEN held_on >= :from THEN 1 END) AS held
    FROM refl GROUP BY site_id
  ),
  stage AS (
    SELECT site_id, stage FROM (
      SELECT st.site_id, st.stage, row_number() OVER (PARTITION BY st.site_id
        ORDER BY st.judged_on DESC, st.created_at DESC, st.id DESC) AS rn
      FROM s JOIN site_stages st ON st.site_id = s.id WHERE st.judged_on <= :to)
    WHERE rn = 1
  )
  SELECT s.id, s.name, s.status, stage.stage,
    coalesce(ms.held, 0), coalesce(ms.to_date, 0), ms.last_on, ms.last3, ms.prev3,
    coalesce(ms.recent, 0), coalesce(ac.due, 0), coalesce(ac.on_time, 0), coalesce(ac.overdue, 0),
    ${['idea', 'planned', 'testing', 'adopted', 'adapted', 'abandoned', 'started']
      .map((k) => `coalesce(ts.${k}, 0)`)
      .join(', ')},
    rs.last_on, coalesce(rs.held, 0)
  FROM s
  LEFT JOIN stage ON stage.site_id = s.id
  LEFT JOIN meeting_stats ms ON ms.site_id = s.id
  LEFT JOIN action_stats ac ON ac.site_id = s.id
  LEFT JOIN test_stats ts ON ts.site_id = s.id
  LEFT JOIN refl_stats rs ON rs.site_id = s.id
  ORDER BY s.name COLLATE NOCASE, s.id`

/** Per-site figures by seeks: a correlated subquery per site and figure, each from an index. */
export const RAW_SITES_SEEKS = `
  WITH pm AS (
    SELECT m.id, m.site_id, m.held_on, m.start_time, m.unnamed_attendees FROM meetings m
    WHERE m.kind = 'partnership' AND m.held_on <= :to
  ),
  refl AS (
    SELECT r.site_id, r.held_on FROM reflection_cycles r WHERE r.site_id IS NOT NULL AND r.held_on <= :to
    UNION ALL
    SELECT x.site_id, r.held_on FROM reflection_cycle_sites x JOIN reflection_cycles r ON r.id = x.cycle_id
    WHERE r.site_id IS NULL AND r.held_on <= :to
  )
  SELECT s.id, s.name, s.status,
    (SELECT st.stage FROM site_stages st WHERE st.site_id = s.id AND st.judged_on <= :to
      ORDER BY st.judged_on DESC, st.created_at DESC, st.id DESC LIMIT 1) AS stage,
    (SELECT count(*) FROM pm WHERE pm.site_id = s.id AND pm.held_on >= :from) AS held,
    (SELECT count(*) FROM pm WHERE pm.site_id = s.id) AS to_date,
    (SELECT max(held_on) FROM pm WHERE pm.site_id = s.id) AS last_on,
    (SELECT avg(n) FROM (SELECT (SELECT count(*) FROM meeting_attendance a
        WHERE a.meeting_id = pm.id AND a.status = 'attended') + pm.unnamed_attendees AS n
      FROM pm WHERE pm.site_id = s.id ORDER BY held_on DESC, start_time DESC, id DESC LIMIT 3)) AS last3,
    (SELECT avg(n) FROM (SELECT (SELECT count(*) FROM meeting_attendance a
        WHERE a.meeting_id = pm.id AND a.status = 'attended') + pm.unnamed_attendees AS n
      FROM pm WHERE pm.site_id = s.id ORDER BY held_on DESC, start_time DESC, id DESC
      LIMIT 3 OFFSET 3)) AS prev3,
    min(6, (SELECT count(*) FROM pm WHERE pm.site_id = s.id)) AS recent,
    (SELECT count(*) FROM actions a WHERE a.site_id = s.id AND a.status IN ('open', 'done')
      AND coalesce(a.first_due_on, a.due_on) BETWEEN :from AND :to) AS due,
    (SELECT count(*) FROM actions a WHERE a.site_id = s.id AND a.status = 'done'
      AND coalesce(a.first_due_on, a.due_on) BETWEEN :from AND :to
      AND (a.completed_on IS NULL OR a.completed_on <= coalesce(a.first_due_on, a.due_on))) AS on_time,
    (SELECT count(*) FROM actions a WHERE a.site_id = s.id AND a.due_on < :to
      AND (a.status = 'open' OR (a.status = 'done' AND a.completed_on > :to))) AS overdue,
    ${['idea', 'planned', 'testing', 'adopted', 'adapted', 'abandoned']
      .map(
        (k) => `(SELECT count(*) FROM tests_of_change t WHERE t.site_id = s.id
      AND t.status = '${k}' AND t.created_on <= :to) AS ${k}`
      )
      .join(',\n    ')},
    (SELECT count(*) FROM tests_of_change t WHERE t.site_id = s.id AND t.created_on <= :to
      AND t.started_on <= :to) AS started,
    (SELECT max(held_on) FROM refl WHERE refl.site_id = s.id) AS last_reflection,
    (SELECT count(*) FROM refl WHERE refl.site_id = s.id AND refl.held_on >= :from) AS reflections
  FROM sites s
  WHERE s.programme_id = :programme AND s.archived_at IS NULL
  ORDER BY s.name COLLATE NOCASE, s.id`

/** Each agreed outcome: latest and first rating, how many, and the points in the range. */
export const RAW_OUTCOMES = `
  SELECT id, latest, latest - coalesce(baseline, CASE WHEN ratings >= 2 THEN first END) AS change,
    ratings, points
  FROM (
    SELECT ao.id, ao.baseline_rating AS baseline, ao.site_id, ao.position, ao.title,
      (SELECT rating FROM outcome_ratings r WHERE r.outcome_id = ao.id AND r.rated_on <= :to
        ORDER BY rated_on DESC, created_at DESC, id DESC LIMIT 1) AS latest,
      (SELECT rating FROM outcome_ratings r WHERE r.outcome_id = ao.id AND r.rated_on <= :to
        ORDER BY rated_on, created_at, id LIMIT 1) AS first,
      (SELECT count(*) FROM outcome_ratings r WHERE r.outcome_id = ao.id AND r.rated_on <= :to)
        AS ratings,
      (SELECT json_group_array(json_array(rated_on, rating)) FROM (SELECT rated_on, rating
        FROM outcome_ratings r WHERE r.outcome_id = ao.id AND r.rated_on BETWEEN :from AND :to
        ORDER BY rated_on, created_at, id)) AS points
    FROM sites s JOIN agreed_outcomes ao ON ao.site_id = s.id
    WHERE s.programme_id = :programme AND s.archived_at IS NULL AND ao.archived_at IS NULL
  )
  ORDER BY site_id, position, title COLLATE NOCASE, id`

/**
 * How many items each site had judged at the bottom of their scale twice running: from the
 * judgements at a framework's lowest point, each placed by how many judgements of the item follow
 * it (none: the latest; one: the one before); an item with both is low twice running.
 */
export const RAW_HEALTH = `
  WITH lowest AS (
    SELECT framework_id, value FROM (
      SELECT framework_id, value,
        row_number() OVER (PARTITION BY framework_id ORDER BY score, position) AS rn
      FROM health_scale_points WHERE score IS NOT NULL)
    WHERE rn = 1
  ),
  low AS (
    SELECT c.site_id, c.framework_id, j.item_id, c.checked_on, c.created_at, c.id
    FROM lowest lw
    CROSS JOIN health_judgements j ON j.value = lw.value
    CROSS JOIN health_checks c ON c.id = j.check_id AND c.framework_id = lw.framework_id
    CROSS JOIN sites s ON s.id = c.site_id
    WHERE s.programme_id = :programme AND s.archived_at IS NULL AND c.checked_on <= :to
  ),
  placed AS (
    SELECT low.*, (SELECT count(*) FROM (SELECT 1 FROM health_checks c2
        JOIN health_judgements j2 ON j2.check_id = c2.id AND j2.item_id = low.item_id
        WHERE c2.site_id = low.site_id AND c2.framework_id = low.framework_id
          AND c2.checked_on >= low.checked_on AND c2.checked_on <= :to
          AND (c2.checked_on, c2.created_at, c2.id) > (low.checked_on, low.created_at, low.id)
        LIMIT 2)) AS later
    FROM low
  )
  SELECT site_id, count(*) FROM (
    SELECT site_id FROM placed WHERE later <= 1
    GROUP BY site_id, framework_id, item_id HAVING count(*) = 2)
  GROUP BY site_id ORDER BY site_id`

/**
 * How many partnership members (the consultancy's own aside) missed each of their site's last
 * three partnership meetings, per site warned about (not closed, started): the last three numbered
 * by a window over each site's meetings, members for all three who still are, minus anyone who came.
 */
export const RAW_MISSING = `
  WITH last_three AS (
    SELECT site_id, id, held_on FROM (
      SELECT m.site_id, m.id, m.held_on, row_number() OVER (PARTITION BY m.site_id
        ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC) AS rn
      FROM sites s JOIN meetings m ON m.site_id = s.id
      WHERE s.programme_id = :programme AND s.archived_at IS NULL
        AND s.status <> 'closed' AND s.start_date <= :to
        AND m.kind = 'partnership' AND m.held_on <= :to)
    WHERE rn <= 3
  ),
  spans AS (
    SELECT site_id, min(held_on) AS first_on FROM last_three GROUP BY site_id HAVING count(*) = 3
  ),
  members AS (
    SELECT DISTINCT sm.site_id, sm.person_id FROM spans
    JOIN site_members sm ON sm.site_id = spans.site_id AND sm.joined_on <= spans.first_on
      AND (sm.left_on IS NULL OR sm.left_on > :to)
      AND sm.role NOT IN ('consultant', 'learning_partner')
  ),
  came AS (
    SELECT DISTINCT l.site_id, a.person_id FROM last_three l
    JOIN meeting_attendance a ON a.meeting_id = l.id AND a.status = 'attended'
  )
  SELECT site_id, count(*) FROM (
    SELECT site_id, person_id FROM members EXCEPT SELECT site_id, person_id FROM came)
  GROUP BY site_id ORDER BY site_id`

/** The same count by seeks: each site's three latest meetings, then each member against them. */
export const RAW_MISSING_SEEKS = `
  WITH recent AS (
    SELECT s.id AS site_id,
      ${[0, 1, 2, 'held']
        .map((k) => {
          const column = k === 'held' ? 'm.held_on' : 'm.id'
          const offset = k === 'held' ? 2 : k
          return `(SELECT ${column} FROM meetings m WHERE m.site_id = s.id AND m.kind = 'partnership'
        AND m.held_on <= :to ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC
        LIMIT 1 OFFSET ${offset}) AS ${k === 'held' ? 'first_on' : `m${k}`}`
        })
        .join(',\n      ')}
    FROM sites s WHERE s.programme_id = :programme AND s.archived_at IS NULL
      AND s.status <> 'closed' AND s.start_date <= :to
  )
  SELECT r.site_id, count(DISTINCT sm.person_id) FROM recent r
  JOIN site_members sm ON sm.site_id = r.site_id AND sm.joined_on <= r.first_on
    AND (sm.left_on IS NULL OR sm.left_on > :to)
    AND sm.role NOT IN ('consultant', 'learning_partner')
  WHERE r.first_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM meeting_attendance a
    WHERE a.meeting_id IN (r.m0, r.m1, r.m2) AND a.person_id = sm.person_id
      AND a.status = 'attended')
  GROUP BY r.site_id ORDER BY r.site_id`
