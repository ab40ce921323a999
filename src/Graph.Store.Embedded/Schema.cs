namespace Graph.Store.Embedded;

/// <summary>
/// The embedded store's tables. Enums are stored as their UPPER_SNAKE names (EnumNames), dates as
/// 'yyyy-MM-dd' text, which sorts and compares like the dates themselves.
/// </summary>
internal static class Schema
{
    /// <summary>Bumped on any incompatible change; a file with another version is refused, not guessed at.</summary>
    public const int Version = 7;

    /// <summary>
    /// A retraction of a position, membership, role or statement (subject_id: no foreign key, as it points into fact or
    /// statement; the write checks it). The primary key keeps the first retraction of a fact. at: UTC, ISO 8601, to the second.
    /// </summary>
    public const string RetractionTable = """
        CREATE TABLE IF NOT EXISTS retraction(subject_id TEXT PRIMARY KEY, reason TEXT NOT NULL, "by" TEXT NOT NULL, at TEXT NOT NULL) WITHOUT ROWID;
        """;

    /// <summary>The ids of retracted facts and statements, as a subquery SQLite runs once per statement (not per row).</summary>
    public const string Retracted = "(SELECT subject_id FROM retraction)";

    /// <summary>The seq of each retracted statement (the rowid of the text index), run once per statement like <see cref="Retracted"/>.</summary>
    public const string RetractedStatementSeqs = "(SELECT rs.seq FROM retraction rx JOIN statement rs ON rs.id = rx.subject_id)";

    /// <summary>Statement text search: an external-content FTS5 index over statement.text (kept in sync by triggers), of
    /// Porter stems of unicode61's words. Accents are kept, as Neo4j's english analyzer keeps them, so both stores match the same words.</summary>
    public const string TextIndexTable = $"CREATE VIRTUAL TABLE IF NOT EXISTS statement_fts USING fts5({TextIndexOptions});";

    /// <summary>The text index's columns and options, also given to the copy a bulk load builds beside the file (<see cref="TextIndexFollow"/>).</summary>
    public const string TextIndexOptions = "text, content='statement', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 0'";

    /// <summary>statement_link's columns, also given to the copy a bulk load builds beside the file (<see cref="StatementLinks"/>).</summary>
    public const string StatementLinkColumns =
        "(node_id TEXT NOT NULL, other_id TEXT NOT NULL, statement_id TEXT NOT NULL, made INTEGER NOT NULL, PRIMARY KEY(node_id, other_id)) WITHOUT ROWID";

    /// <summary>Keep statement_link in step with statement_about (statements and their about-lists are only ever inserted);
    /// dropped during a bulk load, which rebuilds the table at its end (<see cref="StatementLinks"/>).</summary>
    public const string StatementLinkTriggers = """
        CREATE TRIGGER IF NOT EXISTS statement_link_insert AFTER INSERT ON statement_about BEGIN
            INSERT INTO statement_link(node_id, other_id, statement_id, made)
            SELECT x, y, new.statement_id, (x = speaker_id) | ((y = speaker_id) << 1) FROM (
                      SELECT s.speaker_id AS x, new.target_id AS y, s.speaker_id FROM statement s WHERE s.id = new.statement_id
            UNION ALL SELECT new.target_id, s.speaker_id, s.speaker_id FROM statement s WHERE s.id = new.statement_id
            UNION ALL SELECT a.target_id, new.target_id, s.speaker_id FROM statement_about a JOIN statement s ON s.id = a.statement_id
                      WHERE a.statement_id = new.statement_id
            UNION ALL SELECT new.target_id, a.target_id, s.speaker_id FROM statement_about a JOIN statement s ON s.id = a.statement_id
                      WHERE a.statement_id = new.statement_id)
            WHERE x <> y
            ON CONFLICT(node_id, other_id) DO UPDATE SET
                -- Both read the row as it was: the least statement id wins, with its own flags.
                made = CASE WHEN excluded.statement_id < statement_id THEN excluded.made ELSE made END,
                statement_id = min(statement_id, excluded.statement_id);
            INSERT INTO meta(key, value) SELECT 'statement_about_statement', '1'
            WHERE EXISTS (SELECT 1 FROM node WHERE id = new.target_id AND label = 'STATEMENT')
            ON CONFLICT(key) DO NOTHING;
        END;
        """;

    /// <summary>Keep statement_fts in step with statement; dropped during a bulk load (see BulkMode.BeginAsync).</summary>
    public const string TextIndexTriggers = """
        CREATE TRIGGER IF NOT EXISTS statement_fts_insert AFTER INSERT ON statement BEGIN
            INSERT INTO statement_fts(rowid, text) VALUES (new.seq, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS statement_fts_delete AFTER DELETE ON statement BEGIN
            INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.seq, old.text);
        END;
        CREATE TRIGGER IF NOT EXISTS statement_fts_update AFTER UPDATE OF text ON statement BEGIN
            INSERT INTO statement_fts(statement_fts, rowid, text) VALUES ('delete', old.seq, old.text);
            INSERT INTO statement_fts(rowid, text) VALUES (new.seq, new.text);
        END;
        """;

    /// <summary>The meta key under which a count of every change to positions and ballots is kept (by triggers in <see cref="Ddl"/>):
    /// the embedded store keeps the side history and the positions in memory until it moves (<see cref="CachedSideHistory"/>, <see cref="KeptPositions"/>).</summary>
    public const string PositionVersionKey = "position_version";

    /// <summary>position_version as stored: what is kept in memory of positions is current while it reads the same.</summary>
    public const string PositionVersionQuery = $"SELECT value FROM meta WHERE key = '{PositionVersionKey}';";

    public const string BumpPositionVersion =
        $"INSERT INTO meta(key, value) VALUES ('{PositionVersionKey}', '1') ON CONFLICT(key) DO UPDATE SET value = value + 1;";

    /// <summary>
    /// The tables, indexes and triggers of the current version. No comment stands inside a table's column list: SQLite
    /// keeps a table's text as written, and the DROP COLUMN of SQLite 3.49 (the one SQLitePCLRaw 2.1.11 bundles) cuts that
    /// text at the last comma before a last column, inside a comment if one is there, leaving a table it cannot read back.
    /// </summary>
    public const string Ddl = $"""
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS marker(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

        -- Every node id with its label: ids are unique across labels, and "what is x?" is one lookup.
        CREATE TABLE IF NOT EXISTS node(id TEXT PRIMARY KEY, label TEXT NOT NULL) WITHOUT ROWID;

        -- aliases: a JSON array of strings.
        CREATE TABLE IF NOT EXISTS actor(
            id TEXT PRIMARY KEY REFERENCES node(id),
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            description TEXT);
        CREATE INDEX IF NOT EXISTS actor_by_name ON actor(name, id);

        CREATE TABLE IF NOT EXISTS source(
            id TEXT PRIMARY KEY REFERENCES node(id),
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            outlet_id TEXT REFERENCES actor(id),
            date TEXT,
            url TEXT,
            document TEXT);
        CREATE INDEX IF NOT EXISTS source_by_date ON source(date, id);
        CREATE INDEX IF NOT EXISTS source_by_outlet ON source(outlet_id);

        CREATE TABLE IF NOT EXISTS draft(
            id TEXT PRIMARY KEY REFERENCES node(id),
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            forum_id TEXT REFERENCES actor(id),
            description TEXT,
            subject_id TEXT REFERENCES actor(id));
        CREATE INDEX IF NOT EXISTS draft_by_title ON draft(title, id);
        CREATE INDEX IF NOT EXISTS draft_by_forum ON draft(forum_id);
        CREATE INDEX IF NOT EXISTS draft_by_subject ON draft(subject_id);

        CREATE TABLE IF NOT EXISTS alliance(
            id TEXT PRIMARY KEY REFERENCES node(id),
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT,
            body_id TEXT REFERENCES actor(id));
        CREATE INDEX IF NOT EXISTS alliance_by_name ON alliance(name, id);

        -- seq is an INTEGER PRIMARY KEY so the full-text index can key on it: a plain rowid may change on VACUUM.
        -- effective_date is COALESCE(date, the source's date), set on insert (a source's date never changes): the order of "newest first".
        CREATE TABLE IF NOT EXISTS statement(
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE REFERENCES node(id),
            speaker_id TEXT NOT NULL REFERENCES actor(id),
            date TEXT,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES source(id),
            via_id TEXT REFERENCES actor(id),
            setting TEXT,
            effective_date TEXT);
        CREATE INDEX IF NOT EXISTS statement_by_speaker_date ON statement(speaker_id, effective_date DESC, id);
        CREATE INDEX IF NOT EXISTS statement_by_date ON statement(effective_date DESC, id);

        -- How many statements each speaker made, kept by triggers: counting a prolific speaker's index entries
        -- (100,000 and more) would cost more than reading their newest page.
        CREATE TABLE IF NOT EXISTS speaker_statements(speaker_id TEXT PRIMARY KEY, statements INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TRIGGER IF NOT EXISTS speaker_statements_insert AFTER INSERT ON statement BEGIN
            INSERT INTO speaker_statements(speaker_id, statements) VALUES (new.speaker_id, 1)
            ON CONFLICT(speaker_id) DO UPDATE SET statements = statements + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS speaker_statements_delete AFTER DELETE ON statement BEGIN
            UPDATE speaker_statements SET statements = statements - 1 WHERE speaker_id = old.speaker_id;
        END;
        CREATE TRIGGER IF NOT EXISTS speaker_statements_update AFTER UPDATE OF speaker_id ON statement BEGIN
            UPDATE speaker_statements SET statements = statements - 1 WHERE speaker_id = old.speaker_id;
            INSERT INTO speaker_statements(speaker_id, statements) VALUES (new.speaker_id, 1)
            ON CONFLICT(speaker_id) DO UPDATE SET statements = statements + 1;
        END;

        CREATE TABLE IF NOT EXISTS statement_about(
            statement_id TEXT NOT NULL REFERENCES statement(id),
            target_id TEXT NOT NULL REFERENCES node(id),
            ord INTEGER NOT NULL,
            PRIMARY KEY(statement_id, target_id)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS statement_about_by_target ON statement_about(target_id);

        -- Each pair of nodes some statement joins (its speaker and its about-targets, each with each, both ways round),
        -- with the least such statement id: path search steps from a speaker to its few thousand distinct subjects
        -- here instead of through its hundred thousand statements. Kept by a trigger (StatementLinkTriggers).
        -- made: 1 when node is the statement's speaker, 2 when other is (so a path names MADE or ABOUT without reading the statement).
        CREATE TABLE IF NOT EXISTS statement_link{StatementLinkColumns};
        """ + StatementLinkTriggers + """

        """ + TextIndexTable + """

        """ + TextIndexTriggers + $"""

        -- Draft history and relations are identified by their content, so recording one twice adds nothing.
        -- A status may have no date; COALESCE makes two undated equal ones collide (NULLs never do).
        CREATE TABLE IF NOT EXISTS draft_status(
            draft_id TEXT NOT NULL REFERENCES draft(id),
            status TEXT NOT NULL,
            date TEXT,
            source_id TEXT NOT NULL REFERENCES source(id),
            statement_id TEXT REFERENCES statement(id),
            excerpt TEXT);
        CREATE UNIQUE INDEX IF NOT EXISTS draft_status_unique ON draft_status(draft_id, status, COALESCE(date, ''));

        CREATE TABLE IF NOT EXISTS draft_relation(
            from_id TEXT NOT NULL REFERENCES draft(id),
            kind TEXT NOT NULL,
            to_id TEXT NOT NULL REFERENCES draft(id),
            source_id TEXT NOT NULL REFERENCES source(id),
            statement_id TEXT REFERENCES statement(id),
            excerpt TEXT,
            UNIQUE(from_id, kind, to_id));
        CREATE INDEX IF NOT EXISTS draft_relation_by_to ON draft_relation(to_id);

        -- Dated facts. Their ids are unique across positions, memberships and roles, so EndFact finds one by id.
        CREATE TABLE IF NOT EXISTS fact(id TEXT PRIMARY KEY, kind TEXT NOT NULL) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS position(
            id TEXT PRIMARY KEY REFERENCES fact(id),
            actor_id TEXT NOT NULL REFERENCES actor(id),
            draft_id TEXT NOT NULL REFERENCES draft(id),
            stance TEXT NOT NULL,
            since TEXT,
            until TEXT);
        -- An actor's positions with every column an actor filter reads of them, so a filter or a count over an actor's
        -- thousands of positions reads the index alone, by stance first. It replaces position_by_actor(actor_id), its prefix:
        -- an index only, no version bump.
        DROP INDEX IF EXISTS position_by_actor;
        CREATE INDEX IF NOT EXISTS position_by_actor_covering ON position(actor_id, stance, since, until, draft_id, id);
        -- A draft's positions with every column a draft filter reads of them, so a count over 20,000 drafts reads the
        -- index alone. It replaces position_by_draft(draft_id), its prefix: an index only, no version bump.
        DROP INDEX IF EXISTS position_by_draft;
        CREATE INDEX IF NOT EXISTS position_by_draft_covering ON position(draft_id, stance, since, until, actor_id, id);
        -- Alignments once read their sides from a covering index; the side history reads the table once and
        -- keeps it, so the index only cost every write. An index only: dropped on open, without a version bump.
        DROP INDEX IF EXISTS position_sides;
        -- Bumped by every change to positions: the embedded store keeps the side history in memory until it moves
        -- (CachedSideHistory). Additive: files of any version get it on open.
        INSERT INTO meta(key, value) VALUES ('{PositionVersionKey}', '0') ON CONFLICT(key) DO NOTHING;
        CREATE TRIGGER IF NOT EXISTS position_version_insert AFTER INSERT ON position BEGIN
            {BumpPositionVersion}
        END;
        CREATE TRIGGER IF NOT EXISTS position_version_update AFTER UPDATE ON position BEGIN
            {BumpPositionVersion}
        END;
        CREATE TRIGGER IF NOT EXISTS position_version_delete AFTER DELETE ON position BEGIN
            {BumpPositionVersion}
        END;

        CREATE TABLE IF NOT EXISTS membership(
            id TEXT PRIMARY KEY REFERENCES fact(id),
            actor_id TEXT NOT NULL REFERENCES actor(id),
            alliance_id TEXT NOT NULL REFERENCES alliance(id),
            since TEXT,
            until TEXT);
        CREATE INDEX IF NOT EXISTS membership_by_actor ON membership(actor_id);
        CREATE INDEX IF NOT EXISTS membership_by_alliance ON membership(alliance_id);

        CREATE TABLE IF NOT EXISTS role(
            id TEXT PRIMARY KEY REFERENCES fact(id),
            person_id TEXT NOT NULL REFERENCES actor(id),
            represents_id TEXT NOT NULL REFERENCES actor(id),
            title TEXT NOT NULL,
            since TEXT,
            until TEXT);
        CREATE INDEX IF NOT EXISTS role_by_person ON role(person_id);
        CREATE INDEX IF NOT EXISTS role_by_represents ON role(represents_id);

        -- Votes and ballots are facts too (their ids in fact, their evidence in evidence), but neither dated spans nor
        -- retractable. A vote's tally is what the record gives, NULL where it gives none; one ballot per actor per vote.
        CREATE TABLE IF NOT EXISTS vote(
            id TEXT PRIMARY KEY REFERENCES fact(id),
            draft_id TEXT NOT NULL REFERENCES draft(id),
            date TEXT,
            result TEXT NOT NULL,
            yes INTEGER,
            "no" INTEGER,
            abstain INTEGER);
        CREATE INDEX IF NOT EXISTS vote_by_draft ON vote(draft_id, date, id);

        CREATE TABLE IF NOT EXISTS ballot(
            id TEXT PRIMARY KEY REFERENCES fact(id),
            vote_id TEXT NOT NULL REFERENCES vote(id),
            actor_id TEXT NOT NULL REFERENCES actor(id),
            choice TEXT NOT NULL,
            veto INTEGER NOT NULL,
            UNIQUE(vote_id, actor_id));
        CREATE INDEX IF NOT EXISTS ballot_by_actor ON ballot(actor_id);
        -- A ballot is a side (Ballots.AsPosition): it moves the sides kept in memory as a position does (ballots are only inserted).
        CREATE TRIGGER IF NOT EXISTS position_version_ballot AFTER INSERT ON ballot BEGIN
            {BumpPositionVersion}
        END;

        -- The evidence of positions, memberships, roles, votes and ballots, in the order it was given.
        CREATE TABLE IF NOT EXISTS evidence(
            fact_id TEXT NOT NULL REFERENCES fact(id),
            ord INTEGER NOT NULL,
            source_id TEXT NOT NULL REFERENCES source(id),
            statement_id TEXT REFERENCES statement(id),
            excerpt TEXT,
            PRIMARY KEY(fact_id, ord)) WITHOUT ROWID;

        """ + RetractionTable + $"""
        -- speaker_statements counts what is not retracted, as a speaker's statements list it by default.
        CREATE TRIGGER IF NOT EXISTS speaker_statements_retract AFTER INSERT ON retraction BEGIN
            UPDATE speaker_statements SET statements = statements - 1
            WHERE speaker_id = (SELECT speaker_id FROM statement WHERE id = new.subject_id);
        END;
        -- A retracted position leaves the sides kept in memory (position_version, above).
        CREATE TRIGGER IF NOT EXISTS position_version_retract AFTER INSERT ON retraction
        WHEN EXISTS (SELECT 1 FROM position WHERE id = new.subject_id) BEGIN
            {BumpPositionVersion}
        END;

        -- Where the extractor read a node or fact: a span of a source's text. Added without a version bump
        -- on purpose: it is a new table only, so CREATE IF NOT EXISTS gives it to files of any version on
        -- open and older builds never look at it (keep it additive; the version is bumped elsewhere).
        -- subject_id has no foreign key: a subject is a node or a dated fact (tables node and fact), so
        -- the write checks that it exists. The same subject, source and span is recorded once. created is 1 when
        -- this extraction created the subject.
        CREATE TABLE IF NOT EXISTS extraction(
            subject_id TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES source(id),
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            text TEXT NOT NULL,
            confidence REAL NOT NULL,
            rule TEXT NOT NULL,
            created INTEGER NOT NULL,
            PRIMARY KEY(subject_id, source_id, start, length)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS extraction_by_source ON extraction(source_id, start);
        """;
}
