// One step of path search (Graph.Core.IGraphTraversal.ExpandForPathAsync): the edges of get-edges.cypher, but an edge to a
// statement only for the statements in $keep (the path's ends), and for each other node a statement joins a node in $ids
// to, one link through the statement with the least id. Once a statement is about a statement or a statement is
// retracted, links would miss neighbours: then plain is true and every edge is given, no links.
WITH EXISTS { MATCH (:Statement)-[:ABOUT]->(:Statement) }
  OR EXISTS { MATCH (x:Retraction) MATCH (:Statement {id: x.subjectId}) } AS plain
CALL (plain) {
  MATCH (n:Node)
  WHERE n.id IN $ids
  MATCH (n)-[r]-(o:Node)
  WHERE type(r) IN $relations
    AND (plain OR NOT o:Statement OR o.id IN $keep)
    AND NOT EXISTS { MATCH (x:Retraction) WHERE x.subjectId IN [r.id, startNode(r).id, endNode(r).id] }
  WITH DISTINCT startNode(r).id AS fromId, type(r) AS relation, endNode(r).id AS toId
  ORDER BY fromId, relation, toId
  RETURN collect([fromId, relation, toId]) AS edges
}
CALL (plain) {
  MATCH (n:Node)
  WHERE NOT plain AND n.id IN $ids
  MATCH (n)-[:MADE|ABOUT]-(s:Statement)-[:MADE|ABOUT]-(o:Node)
  WHERE o <> n
  WITH n, o, min(s.id) AS statementId
  MATCH (s:Statement {id: statementId})
  RETURN collect([n.id, o.id, statementId, EXISTS { MATCH (n)-[:MADE]->(s) }, EXISTS { MATCH (o)-[:MADE]->(s) }]) AS links
}
RETURN edges, links
