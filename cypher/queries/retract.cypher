// Records that the position, membership, role or statement $subjectId is retracted: kept, never deleted, but left out
// of what the other statements read. 0 when there is no such fact; the retraction_subject constraint refuses a second.
MATCH (subject:FactId|Statement {id: $subjectId})
WITH subject LIMIT 1
CREATE (x:Retraction {subjectId: $subjectId, reason: $reason, by: $by, at: $at})
RETURN count(x) AS retracted
