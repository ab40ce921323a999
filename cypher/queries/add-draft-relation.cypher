// Idempotent; one of the two branches runs. 0 rows when a draft is missing.
MATCH (a:Draft {id: $fromId}), (b:Draft {id: $toId})
FOREACH (ignored IN CASE WHEN $kind = 'REVISES' THEN [1] ELSE [] END |
  MERGE (a)-[r:REVISES]->(b) ON CREATE SET r.sourceId = $sourceId, r.statementId = $statementId, r.excerpt = $excerpt)
FOREACH (ignored IN CASE WHEN $kind = 'ALTERNATIVE_TO' THEN [1] ELSE [] END |
  MERGE (a)-[r:ALTERNATIVE_TO]->(b) ON CREATE SET r.sourceId = $sourceId, r.statementId = $statementId, r.excerpt = $excerpt)
RETURN count(*) AS recorded
