// Ballots (actor -[:CAST]-> vote). Optional filters: $actorIds, $voteIds, $ids, and $asOf (votes held on or before that
// day, an undated one always). Ordered by the vote's date (undated first), the vote's id, then the actor's id.
MATCH (a:Actor)-[r:CAST]->(v:Vote)
WHERE ($actorIds IS NULL OR a.id IN $actorIds)
  AND ($voteIds IS NULL OR v.id IN $voteIds)
  AND ($ids IS NULL OR r.id IN $ids)
  AND ($asOf IS NULL OR v.date IS NULL OR v.date <= $asOf)
RETURN r {.id, .choice, .veto, .evidenceSources, .evidenceStatements, .evidenceExcerpts, actorId: a.id, voteId: v.id} AS ballot
ORDER BY v.date IS NOT NULL, v.date, v.id, a.id
