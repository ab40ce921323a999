UNWIND $rows AS row
MATCH (d:Draft {id: row.draftId}), (src:Source {id: row.sourceId})
MERGE (d)-[h:HAS_STATUS {key: row.key}]->(src)
ON CREATE SET h.status = row.status, h.date = row.date, h.statementId = row.statementId, h.excerpt = row.excerpt
