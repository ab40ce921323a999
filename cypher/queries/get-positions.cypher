// Positions (actor -[stance]-> draft). Every filter is optional: $actorIds, $draftIds, $ids, $stance, $asOf
// (holding on that day: begun on or before it, not ended on it); retracted ones only with $includeRetracted.
MATCH (a:Actor)-[r:SPONSORS|BACKS|OPPOSES|PROPOSES]->(d:Draft)
WHERE ($actorIds IS NULL OR a.id IN $actorIds)
  AND ($draftIds IS NULL OR d.id IN $draftIds)
  AND ($ids IS NULL OR r.id IN $ids)
  AND ($stance IS NULL OR type(r) = $stance)
  AND ($includeRetracted OR NOT EXISTS { MATCH (:Retraction {subjectId: r.id}) })
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
RETURN r {.id, .since, .until, .evidenceSources, .evidenceStatements, .evidenceExcerpts, stance: type(r), subjectId: a.id, objectId: d.id} AS fact
ORDER BY r.since IS NOT NULL, r.since, a.id, r.id
