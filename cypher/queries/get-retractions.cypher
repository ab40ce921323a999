// The retractions of those of the facts and statements in $ids that are retracted.
MATCH (x:Retraction)
WHERE x.subjectId IN $ids
RETURN x {.subjectId, .reason, .by, .at} AS retraction
ORDER BY x.subjectId
