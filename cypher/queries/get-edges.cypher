// Every edge path search follows, touching a node in $ids, in its stored direction. Provenance
// (REPORTED_IN, VIA, PUBLISHED_BY, HAS_STATUS) is not a relation between actors and is left out, and so is
// every edge of a retracted fact or statement.
MATCH (n:Node)
WHERE n.id IN $ids
MATCH (n)-[r:REPRESENTS|MADE|ABOUT|SPONSORS|BACKS|OPPOSES|PROPOSES|MEMBER_OF|REVISES|ALTERNATIVE_TO|IN_FORUM]-(:Node)
WITH DISTINCT r
WHERE NOT EXISTS { MATCH (x:Retraction) WHERE x.subjectId IN [r.id, startNode(r).id, endNode(r).id] }
RETURN startNode(r).id AS fromId, type(r) AS relation, endNode(r).id AS toId
ORDER BY fromId, relation, toId
