// An alliance that is the membership of a body (the Security Council's members); 0 rows when the body is missing.
MATCH (l:Alliance {id: $id}), (body:Actor {id: $bodyId})
CREATE (l)-[:MEMBERSHIP_OF]->(body)
RETURN count(*) AS linked
