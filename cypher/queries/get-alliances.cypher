MATCH (l:Alliance)
WHERE l.id IN $ids
OPTIONAL MATCH (l)-[:MEMBERSHIP_OF]->(body:Actor)
RETURN l {.id, .kind, .name, .description, bodyId: body.id} AS alliance
ORDER BY l.id
