UNWIND $rows AS row
MERGE (n:Node:Alliance {id: row.id})
ON CREATE SET n.kind = row.kind, n.name = row.name, n.description = row.description
WITH n, row
WHERE row.bodyId IS NOT NULL
MATCH (body:Actor {id: row.bodyId})
MERGE (n)-[:MEMBERSHIP_OF]->(body)
