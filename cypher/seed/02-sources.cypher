UNWIND $rows AS row
MERGE (n:Node:Source {id: row.id})
ON CREATE SET n.kind = row.kind, n.title = row.title, n.date = row.date, n.url = row.url, n.document = row.document
WITH n, row
WHERE row.outletId IS NOT NULL
MATCH (outlet:Actor {id: row.outletId})
MERGE (n)-[:PUBLISHED_BY]->(outlet)
