// The actor a draft is about; 0 when there is no such actor.
MATCH (d:Draft {id: $id}), (subject:Actor {id: $subjectId})
CREATE (d)-[:CONCERNS]->(subject)
RETURN count(*) AS linked
