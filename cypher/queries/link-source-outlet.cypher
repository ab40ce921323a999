// Returns 0 when the outlet does not exist, so the caller can refuse the write.
MATCH (s:Source {id: $id}), (outlet:Actor {id: $outletId})
CREATE (s)-[:PUBLISHED_BY]->(outlet)
RETURN count(*) AS linked
