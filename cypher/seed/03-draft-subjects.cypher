// The actor each draft is about, linked as the adapter links it (link-draft-subject).
UNWIND $rows AS row
MATCH (n:Draft {id: row.id}), (subject:Actor {id: row.subjectId})
MERGE (n)-[:CONCERNS]->(subject)
