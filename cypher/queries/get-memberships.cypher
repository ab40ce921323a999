// Memberships (actor -[:MEMBER_OF]-> alliance). Optional filters: $actorIds, $allianceIds, $ids, $asOf; retracted ones only with $includeRetracted.
MATCH (a:Actor)-[r:MEMBER_OF]->(l:Alliance)
WHERE ($actorIds IS NULL OR a.id IN $actorIds)
  AND ($allianceIds IS NULL OR l.id IN $allianceIds)
  AND ($ids IS NULL OR r.id IN $ids)
  AND ($includeRetracted OR NOT EXISTS { MATCH (:Retraction {subjectId: r.id}) })
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until > $asOf)))
RETURN r {.id, .since, .until, .evidenceSources, .evidenceStatements, .evidenceExcerpts, subjectId: a.id, objectId: l.id} AS fact
ORDER BY r.since IS NOT NULL, r.since, a.id, r.id
