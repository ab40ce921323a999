// Extractions from the sources in $sourceIds, by source and offset.
MATCH (x:Extraction)
WHERE x.sourceId IN $sourceIds
RETURN x {.subjectId, .sourceId, .start, .length, .text, .confidence, .rule, .created} AS extraction
ORDER BY x.sourceId, x.start, x.length, x.subjectId
