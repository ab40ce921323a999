// The parts of a status filter over the status change h, each named by the Graph.Core.StatusWhere property it renders;
// what each means is Graph.Core.DraftFilters.Matches. How parts are read: draft-facts.cypher.
MATCH (d:Draft)-[h:HAS_STATUS]->(:Source)
WHERE
  // [Status]
  h.status = $value
  // [StatusIn]
  AND h.status IN $value
  // [AsOf] Recorded on or before that day; an undated change always.
  AND (h.date IS NULL OR h.date <= $value)
RETURN d.id
