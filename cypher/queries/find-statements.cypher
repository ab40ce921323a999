// One page of statements, newest first (by the date said, else the date reported), with the total.
// Every filter is optional: $speakerId, $aboutId, $from and $to (inclusive), $ids (from a text search);
// retracted statements only with $includeRetracted.
MATCH (speaker:Actor)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(src:Source)
WHERE ($speakerId IS NULL OR speaker.id = $speakerId)
  AND ($ids IS NULL OR s.id IN $ids)
  AND ($includeRetracted OR NOT EXISTS { MATCH (:Retraction {subjectId: s.id}) })
  AND ($aboutId IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(:Node {id: $aboutId}) })
WITH s, speaker, src, coalesce(s.date, src.date) AS day
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
OPTIONAL MATCH (s)-[:VIA]->(via:Actor)
WITH s, speaker, src, via, day ORDER BY day DESC, s.id
WITH collect(s {.id, .date, .kind, .text, .setting, speakerId: speaker.id, sourceId: src.id, reportedOn: src.date, viaId: via.id,
                about: COLLECT { MATCH (s)-[r:ABOUT]->(t:Node) RETURN t.id ORDER BY r.ord }}) AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $first)] AS page
