// Every extraction (when no subject or source is named), by source and offset;
// those of a retracted subject only with $includeRetracted.
MATCH (x:Extraction)
WHERE $includeRetracted OR NOT EXISTS { MATCH (:Retraction {subjectId: x.subjectId}) }
RETURN x {.subjectId, .sourceId, .start, .length, .text, .confidence, .rule, .created} AS extraction
ORDER BY x.sourceId, x.start, x.length, x.subjectId
