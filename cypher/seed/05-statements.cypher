UNWIND $rows AS row
MATCH (speaker:Actor {id: row.speakerId}), (src:Source {id: row.sourceId})
MERGE (s:Node:Statement {id: row.id})
ON CREATE SET s.date = row.date, s.kind = row.kind, s.text = row.text, s.setting = row.setting
MERGE (speaker)-[:MADE]->(s)
MERGE (s)-[:REPORTED_IN]->(src)
WITH s, row
CALL (s, row) {
  UNWIND row.about AS subject
  MATCH (target:Node {id: subject.id})
  MERGE (s)-[a:ABOUT]->(target)
  ON CREATE SET a.ord = subject.ord
}
WITH s, row
WHERE row.viaId IS NOT NULL
MATCH (via:Actor {id: row.viaId})
MERGE (s)-[:VIA]->(via)
