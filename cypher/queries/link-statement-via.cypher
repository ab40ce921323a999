MATCH (s:Statement {id: $id}), (via:Actor {id: $viaId})
CREATE (s)-[:VIA]->(via)
RETURN count(*) AS linked
