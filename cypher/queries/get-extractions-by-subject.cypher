// Extractions of the subjects in $subjectIds, from the sources in $sourceIds if given, by source and offset.
MATCH (x:Extraction)
WHERE x.subjectId IN $subjectIds
  AND ($sourceIds IS NULL OR x.sourceId IN $sourceIds)
RETURN x {.subjectId, .sourceId, .start, .length, .text, .confidence, .rule, .created} AS extraction
ORDER BY x.sourceId, x.start, x.length, x.subjectId
