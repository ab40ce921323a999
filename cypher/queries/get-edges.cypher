// Every edge path search follows, touching a node in $ids, in its stored direction, one row per (from, relation, to).
// $relations is the edge vocabulary (Graph.Core.Relations.All), given rather than written here so it is said once.
// Every edge of a retracted fact or statement is left out.
MATCH (n:Node)
WHERE n.id IN $ids
MATCH (n)-[r]-(:Node)
WHERE type(r) IN $relations
  AND NOT EXISTS { MATCH (x:Retraction) WHERE x.subjectId IN [r.id, startNode(r).id, endNode(r).id] }
WITH DISTINCT startNode(r).id AS fromId, type(r) AS relation, endNode(r).id AS toId
RETURN fromId, relation, toId
ORDER BY fromId, relation, toId
