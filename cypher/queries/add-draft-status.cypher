// Idempotent: the same status on the same date for the same draft is recorded once ($key names it).
MATCH (d:Draft {id: $draftId}), (src:Source {id: $sourceId})
MERGE (d)-[h:HAS_STATUS {key: $key}]->(src)
ON CREATE SET h.status = $status, h.date = $date, h.statementId = $statementId, h.excerpt = $excerpt
RETURN count(h) AS recorded
