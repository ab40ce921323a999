// Each node's first $limit edges (get-edges.cypher's, with its $relations) in (relation, other end) order, the order
// Graph.Core.EdgeScanTraversal defines; the adapter asks for one more than it keeps, to learn which nodes had more.
UNWIND $ids AS nodeId
MATCH (n:Node {id: nodeId})
CALL (n) {
  MATCH (n)-[r]-(o:Node)
  WHERE type(r) IN $relations
    AND NOT EXISTS { MATCH (x:Retraction) WHERE x.subjectId IN [r.id, startNode(r).id, endNode(r).id] }
  WITH DISTINCT startNode(r).id AS fromId, type(r) AS relation, endNode(r).id AS toId, o.id AS otherId
  ORDER BY relation, otherId
  LIMIT $limit
  RETURN collect([fromId, relation, toId]) AS edges
}
RETURN nodeId, edges
