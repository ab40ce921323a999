// The stance is the relationship type; one of the four branches runs. 0 rows when the actor or draft is missing.
MATCH (a:Actor {id: $actorId}), (d:Draft {id: $draftId})
FOREACH (ignored IN CASE WHEN $stance = 'SPONSORS' THEN [1] ELSE [] END | CREATE (a)-[:SPONSORS {id: $id}]->(d))
FOREACH (ignored IN CASE WHEN $stance = 'BACKS' THEN [1] ELSE [] END | CREATE (a)-[:BACKS {id: $id}]->(d))
FOREACH (ignored IN CASE WHEN $stance = 'OPPOSES' THEN [1] ELSE [] END | CREATE (a)-[:OPPOSES {id: $id}]->(d))
FOREACH (ignored IN CASE WHEN $stance = 'PROPOSES' THEN [1] ELSE [] END | CREATE (a)-[:PROPOSES {id: $id}]->(d))
WITH a, d
MATCH (a)-[r:SPONSORS|BACKS|OPPOSES|PROPOSES {id: $id}]->(d)
SET r.since = $since, r.until = $until,
    r.evidenceSources = $evidenceSources, r.evidenceStatements = $evidenceStatements, r.evidenceExcerpts = $evidenceExcerpts
RETURN count(r) AS created
