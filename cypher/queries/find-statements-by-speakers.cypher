// For each speaker in $speakerIds, one page of their statements newest first, with their total.
// Optional filters as in find-statements: $aboutId, $from, $to, $ids, $includeRetracted.
UNWIND $speakerIds AS speakerId
CALL (speakerId) {
  OPTIONAL MATCH (speaker:Actor {id: speakerId})-[:MADE]->(s:Statement)-[:REPORTED_IN]->(src:Source)
  WHERE ($ids IS NULL OR s.id IN $ids)
    AND ($includeRetracted OR NOT EXISTS { MATCH (:Retraction {subjectId: s.id}) })
    AND ($aboutId IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Node {id: $aboutId}) })
  WITH s, speaker, src, coalesce(s.date, src.date) AS day
  WHERE s IS NULL OR (($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to))
  OPTIONAL MATCH (s)-[:VIA]->(via:Actor)
  WITH s, speaker, src, via, day ORDER BY day DESC, s.id
  WITH collect(CASE WHEN s IS NULL THEN NULL ELSE s {.id, .date, .kind, .text, .setting, speakerId: speaker.id, sourceId: src.id,
                reportedOn: src.date, viaId: via.id, about: COLLECT { MATCH (s)-[r:ABOUT]->(t:Node) RETURN t.id ORDER BY r.ord }} END) AS matches
  RETURN size(matches) AS total, matches[$offset..($offset + $first)] AS page
}
RETURN speakerId, total, page
