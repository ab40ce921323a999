// Idempotent: one :Extraction per subject, source and span; recording it again changes nothing.
// The subject (a node or a fact id) and the source are checked before this runs; ids are properties
// because a subject may be a fact, which is a relationship, not a node.
MERGE (x:Extraction {subjectId: $subjectId, sourceId: $sourceId, start: $start, length: $length})
ON CREATE SET x.text = $text, x.confidence = $confidence, x.rule = $rule, x.created = $created
RETURN count(x) AS recorded
