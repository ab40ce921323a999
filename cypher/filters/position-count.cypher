// The parts of a position count's comparisons, each named by the Graph.Core.PositionCountWhere property it renders:
// $count is draft-facts.cypher's PositionCount of the count's own position filter. How parts are read: draft-facts.cypher.
MATCH (d:Draft)
WHERE
  // [Count]
  $count = $value
  // [CountGt]
  AND $count > $value
  // [CountGte]
  AND $count >= $value
  // [CountLt]
  AND $count < $value
  // [CountLte]
  AND $count <= $value
RETURN d.id
