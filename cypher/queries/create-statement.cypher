// Creates the statement only if its speaker and source exist (0 rows otherwise), with its subjects in
// order; $about lists {id, ord}, and the caller compares how many subjects were found.
MATCH (speaker:Actor {id: $speakerId}), (src:Source {id: $sourceId})
CREATE (speaker)-[:MADE]->(s:Node:Statement {id: $id, date: $date, kind: $kind, text: $text, setting: $setting})-[:REPORTED_IN]->(src)
WITH s
CALL (s) {
  UNWIND $about AS subject
  MATCH (target:Node {id: subject.id})
  CREATE (s)-[:ABOUT {ord: subject.ord}]->(target)
  RETURN count(*) AS linkedSubjects
}
RETURN linkedSubjects
