// Roles (person -[:REPRESENTS]-> state or organization). Optional filters: $personIds, $representedIds, $ids, $asOf; retracted ones only with $includeRetracted.
MATCH (p:Actor)-[r:REPRESENTS]->(x:Actor)
WHERE ($personIds IS NULL OR p.id IN $personIds)
  AND ($representedIds IS NULL OR x.id IN $representedIds)
  AND ($ids IS NULL OR r.id IN $ids)
  AND ($includeRetracted OR NOT EXISTS { MATCH (:Retraction {subjectId: r.id}) })
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
RETURN r {.id, .title, .since, .until, .evidenceSources, .evidenceStatements, .evidenceExcerpts, subjectId: p.id, objectId: x.id} AS fact
ORDER BY r.since IS NOT NULL, r.since, p.id, r.id
