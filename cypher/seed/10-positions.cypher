UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (d:Draft {id: row.draftId})
MERGE (:FactId {id: row.id, kind: 'position'})
FOREACH (ignored IN CASE WHEN row.stance = 'SPONSORS' THEN [1] ELSE [] END | MERGE (a)-[:SPONSORS {id: row.id}]->(d))
FOREACH (ignored IN CASE WHEN row.stance = 'BACKS' THEN [1] ELSE [] END | MERGE (a)-[:BACKS {id: row.id}]->(d))
FOREACH (ignored IN CASE WHEN row.stance = 'OPPOSES' THEN [1] ELSE [] END | MERGE (a)-[:OPPOSES {id: row.id}]->(d))
FOREACH (ignored IN CASE WHEN row.stance = 'PROPOSES' THEN [1] ELSE [] END | MERGE (a)-[:PROPOSES {id: row.id}]->(d))
WITH a, d, row
MATCH (a)-[r:SPONSORS|BACKS|OPPOSES|PROPOSES {id: row.id}]->(d)
// Only a position this load created has no evidence yet: one already stored (perhaps curated since) is left as it is.
WHERE r.evidenceSources IS NULL
SET r.since = row.since, r.until = row.until,
  r.evidenceSources = row.evidenceSources, r.evidenceStatements = row.evidenceStatements, r.evidenceExcerpts = row.evidenceExcerpts
