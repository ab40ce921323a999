// Statements with their speaker, source (whose date is the statement's reportedOn), agency and subjects in order.
MATCH (speaker:Actor)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(src:Source)
WHERE s.id IN $ids
OPTIONAL MATCH (s)-[:VIA]->(via:Actor)
RETURN s {.id, .date, .kind, .text, .setting, speakerId: speaker.id, sourceId: src.id, reportedOn: src.date, viaId: via.id,
          about: COLLECT { MATCH (s)-[r:ABOUT]->(t:Node) RETURN t.id ORDER BY r.ord }} AS statement
ORDER BY s.id
