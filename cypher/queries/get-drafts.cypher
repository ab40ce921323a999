MATCH (d:Draft)
WHERE d.id IN $ids
OPTIONAL MATCH (d)-[:IN_FORUM]->(forum:Actor)
RETURN d {.id, .kind, .title, .description, forumId: forum.id} AS draft
ORDER BY d.id
