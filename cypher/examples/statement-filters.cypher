// What the Neo4j store sends for statement filters that use every part of cypher/filters, nested (made by
// tests/Graph.Store.Neo4j.Tests/FilterExampleTests.cs; never edited by hand), so the Cypher lint checks the
// composed statements too. To remake it: UPDATE_CYPHER_EXAMPLES=1 dotnet test tests/Graph.Store.Neo4j.Tests --filter FilterExample
CALL () {
  UNWIND [query IN [$search] WHERE query IS NOT NULL] AS query
  CALL db.index.fulltext.queryNodes('statement_text_english', query) YIELD node
  RETURN collect(node.id) AS found
}
MATCH (speaker:Actor)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(src:Source)
WHERE ($search IS NULL OR s.id IN found)
  AND ($includeRetracted OR NOT EXISTS { MATCH (:Retraction {subjectId: s.id}) })
WITH s, speaker, src, coalesce(s.date, src.date) AS day
WHERE (s.id = $w0) AND (s.id IN $w1) AND (s.kind = $w2) AND (s.kind IN $w3) AND (speaker.id = $w4) AND (speaker.id IN $w5) AND (speaker.kind = $w6) AND (speaker.kind IN $w7) AND ((speaker.id = $w8 OR EXISTS { MATCH (speaker)-[r:REPRESENTS]->(:Actor {id: $w8}) WHERE NOT EXISTS { MATCH (:Retraction {subjectId: r.id}) } AND (day IS NULL OR ((r.since IS NULL OR r.since <= day) AND (r.until IS NULL OR r.until > day))) })) AND (EXISTS { MATCH (speaker)-[m:MEMBER_OF]->(:Alliance {id: $w9}) WHERE NOT EXISTS { MATCH (:Retraction {subjectId: m.id}) } AND (day IS NULL OR ((m.since IS NULL OR m.since <= day) AND (m.until IS NULL OR m.until > day))) }) AND (EXISTS { MATCH (s)-[:ABOUT]->(:Node {id: $w10}) }) AND (EXISTS { MATCH (s)-[:ABOUT]->(about:Node) WHERE about.id IN $w11 }) AND (src.id = $w12) AND (src.id IN $w13) AND (coalesce(day >= $w14, false)) AND (coalesce(day <= $w15, false)) AND (s.text CONTAINS $w16) AND ((speaker.id = $w17) AND (true)) AND ((s.kind = $w18) OR (false)) AND (NOT ((s.id = $w19) AND (s.id IN $w20) AND (s.kind = $w21) AND (s.kind IN $w22) AND (speaker.id = $w23) AND (speaker.id IN $w24) AND (speaker.kind = $w25) AND (speaker.kind IN $w26) AND ((speaker.id = $w27 OR EXISTS { MATCH (speaker)-[r:REPRESENTS]->(:Actor {id: $w27}) WHERE NOT EXISTS { MATCH (:Retraction {subjectId: r.id}) } AND (day IS NULL OR ((r.since IS NULL OR r.since <= day) AND (r.until IS NULL OR r.until > day))) })) AND (EXISTS { MATCH (speaker)-[m:MEMBER_OF]->(:Alliance {id: $w28}) WHERE NOT EXISTS { MATCH (:Retraction {subjectId: m.id}) } AND (day IS NULL OR ((m.since IS NULL OR m.since <= day) AND (m.until IS NULL OR m.until > day))) }) AND (EXISTS { MATCH (s)-[:ABOUT]->(:Node {id: $w29}) }) AND (EXISTS { MATCH (s)-[:ABOUT]->(about:Node) WHERE about.id IN $w30 }) AND (src.id = $w31) AND (src.id IN $w32) AND (coalesce(day >= $w33, false)) AND (coalesce(day <= $w34, false)) AND (s.text CONTAINS $w35)))
OPTIONAL MATCH (s)-[:VIA]->(via:Actor)
WITH s, speaker, src, via, day
ORDER BY src.date IS NOT NULL DESC, src.date DESC, day IS NOT NULL, day, s.id
WITH collect(s {.id, .date, .kind, .text, .setting, speakerId: speaker.id, sourceId: src.id, reportedOn: src.date, viaId: via.id,
                about: COLLECT { MATCH (s)-[r:ABOUT]->(t:Node) RETURN t.id ORDER BY r.ord }}) AS matches
WITH matches[..coalesce($countLimit, size(matches))] AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $first)] AS page;

CALL () {
  UNWIND [query IN [$search] WHERE query IS NOT NULL] AS query
  CALL db.index.fulltext.queryNodes('statement_text_english', query) YIELD node
  RETURN collect(node.id) AS found
}
MATCH (speaker:Actor)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(src:Source)
WHERE ($search IS NULL OR s.id IN found)
  AND ($includeRetracted OR NOT EXISTS { MATCH (:Retraction {subjectId: s.id}) })
WITH s, speaker, src, coalesce(s.date, src.date) AS day
WHERE true
OPTIONAL MATCH (s)-[:VIA]->(via:Actor)
WITH s, speaker, src, via, day
ORDER BY day IS NOT NULL DESC, day DESC, s.id
WITH collect(s {.id, .date, .kind, .text, .setting, speakerId: speaker.id, sourceId: src.id, reportedOn: src.date, viaId: via.id,
                about: COLLECT { MATCH (s)-[r:ABOUT]->(t:Node) RETURN t.id ORDER BY r.ord }}) AS matches
WITH matches[..coalesce($countLimit, size(matches))] AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $first)] AS page
