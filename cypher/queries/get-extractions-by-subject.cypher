// Extractions of the subjects in $subjectIds, from the sources in $sourceIds if given, by source and offset;
// those of a retracted subject only with $includeRetracted.
MATCH (x:Extraction)
WHERE x.subjectId IN $subjectIds
  AND ($sourceIds IS NULL OR x.sourceId IN $sourceIds)
  AND ($includeRetracted OR NOT EXISTS { MATCH (:Retraction {subjectId: x.subjectId}) })
RETURN x {.subjectId, .sourceId, .start, .length, .text, .confidence, .rule, .created} AS extraction
ORDER BY x.sourceId, x.start, x.length, x.subjectId
