MATCH (d:Draft {id: $id}), (forum:Actor {id: $forumId})
CREATE (d)-[:IN_FORUM]->(forum)
RETURN count(*) AS linked
