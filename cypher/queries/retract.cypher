// Records that the position, membership, role or statement $subjectId is retracted: kept, never deleted, but left out
// of what the other statements read. 0 when there is no such fact (votes and ballots are facts, but not retractable yet);
// the retraction_subject constraint refuses a second.
MATCH (subject:FactId|Statement {id: $subjectId})
WHERE subject:Statement OR subject.kind IN ['position', 'membership', 'role']
WITH subject LIMIT 1
CREATE (x:Retraction {subjectId: $subjectId, reason: $reason, by: $by, at: $at})
RETURN count(x) AS retracted
