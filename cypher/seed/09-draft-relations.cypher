UNWIND $rows AS row
MATCH (a:Draft {id: row.fromId}), (b:Draft {id: row.toId})
FOREACH (ignored IN CASE WHEN row.kind = 'REVISES' THEN [1] ELSE [] END |
  MERGE (a)-[r:REVISES]->(b) ON CREATE SET r.sourceId = row.sourceId, r.statementId = row.statementId, r.excerpt = row.excerpt)
FOREACH (ignored IN CASE WHEN row.kind = 'ALTERNATIVE_TO' THEN [1] ELSE [] END |
  MERGE (a)-[r:ALTERNATIVE_TO]->(b) ON CREATE SET r.sourceId = row.sourceId, r.statementId = row.statementId, r.excerpt = row.excerpt)
