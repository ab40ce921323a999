MATCH (d:Draft)
WHERE d.id IN $ids
OPTIONAL MATCH (d)-[:IN_FORUM]->(forum:Actor)
OPTIONAL MATCH (d)-[:CONCERNS]->(subject:Actor)
RETURN d {.id, .kind, .title, .description, forumId: forum.id, subjectId: subject.id} AS draft
ORDER BY d.id
