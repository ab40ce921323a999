UNWIND $rows AS row
MERGE (n:Node:Draft {id: row.id})
ON CREATE SET n.kind = row.kind, n.title = row.title, n.description = row.description
WITH n, row
WHERE row.forumId IS NOT NULL
MATCH (forum:Actor {id: row.forumId})
MERGE (n)-[:IN_FORUM]->(forum)
