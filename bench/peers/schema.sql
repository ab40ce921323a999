-- The tables the two questions read, as a PostgreSQL user would lay out the embedded store's data
-- (src/Graph.Store.Embedded/Schema.cs): the same ids and dates, foreign keys so PostGraphile exposes the
-- relations, and no indexes yet (indexes.sql adds them after the bulk COPY, which is faster that way).
CREATE TYPE stance AS ENUM ('SPONSORS', 'BACKS', 'OPPOSES', 'PROPOSES');

CREATE TABLE actor(
    id text PRIMARY KEY,
    kind text NOT NULL,
    name text NOT NULL,
    aliases jsonb NOT NULL DEFAULT '[]',
    description text);

CREATE TABLE draft(
    id text PRIMARY KEY,
    kind text NOT NULL,
    title text NOT NULL,
    forum_id text REFERENCES actor(id),
    description text);

CREATE TABLE position(
    id text PRIMARY KEY,
    actor_id text NOT NULL REFERENCES actor(id),
    draft_id text NOT NULL REFERENCES draft(id),
    stance stance NOT NULL,
    since date,
    until date);

-- effective_date is the store's "newest first" order: the statement's date, or its report's when the report
-- gives none. source_id is kept as a plain column: no question here reads sources.
CREATE TABLE statement(
    id text PRIMARY KEY,
    speaker_id text NOT NULL REFERENCES actor(id),
    date date,
    kind text NOT NULL,
    text text NOT NULL,
    source_id text NOT NULL,
    via_id text REFERENCES actor(id),
    setting text,
    effective_date date NOT NULL);
