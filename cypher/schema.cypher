// Schema of the graph in Neo4j, applied at every start (every statement is idempotent).
// Every node carries :Node and its own label; ids are unique across all of them, as in the
// embedded store. Facts (positions, memberships, roles) are relationships whose ids are
// registered as :FactId nodes, unique across the three kinds and votes and ballots. A vote is a :Vote
// node (no :Node: path search does not step through it) ON its draft; a ballot is an actor's CAST edge to it.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (n:Draft) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alliance_id IF NOT EXISTS FOR (n:Alliance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT vote_id IF NOT EXISTS FOR (n:Vote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:FactId) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT marker_key IF NOT EXISTS FOR (n:Marker) REQUIRE n.key IS UNIQUE;
// An extraction is identified by its subject, source and span (a property uniqueness constraint:
// composite ones are in community edition; node keys are not).
CREATE CONSTRAINT extraction_span IF NOT EXISTS FOR (n:Extraction) REQUIRE (n.subjectId, n.sourceId, n.start, n.length) IS UNIQUE;
// A fact or statement is retracted once (the first retraction stands); read by subject.
CREATE CONSTRAINT retraction_subject IF NOT EXISTS FOR (n:Retraction) REQUIRE n.subjectId IS UNIQUE;
// Lookups the API makes: actors by kind and name, drafts by title, alliances by name,
// statements by date, facts by id, status changes by key.
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX draft_title IF NOT EXISTS FOR (n:Draft) ON (n.title);
CREATE INDEX alliance_name IF NOT EXISTS FOR (n:Alliance) ON (n.name);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX sponsors_id IF NOT EXISTS FOR ()-[r:SPONSORS]-() ON (r.id);
CREATE INDEX backs_id IF NOT EXISTS FOR ()-[r:BACKS]-() ON (r.id);
CREATE INDEX opposes_id IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.id);
CREATE INDEX proposes_id IF NOT EXISTS FOR ()-[r:PROPOSES]-() ON (r.id);
CREATE INDEX member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX represents_id IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.id);
CREATE INDEX cast_id IF NOT EXISTS FOR ()-[r:CAST]-() ON (r.id);
CREATE INDEX has_status_key IF NOT EXISTS FOR ()-[r:HAS_STATUS]-() ON (r.key);
// Extractions by subject (mentions, provenance) and by source (a report's extractions).
CREATE INDEX extraction_subject IF NOT EXISTS FOR (n:Extraction) ON (n.subjectId);
CREATE INDEX extraction_source IF NOT EXISTS FOR (n:Extraction) ON (n.sourceId);
// Words in what was said, by their English stems ("sanction" finds "sanctions"). The index before stems was named
// statement_text: dropped, so a database made before is indexed again under the new name.
DROP INDEX statement_text IF EXISTS;
CREATE FULLTEXT INDEX statement_text_english IF NOT EXISTS FOR (n:Statement) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
