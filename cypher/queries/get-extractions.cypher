// Every extraction (when no subject or source is named), by source and offset.
MATCH (x:Extraction)
RETURN x {.subjectId, .sourceId, .start, .length, .text, .confidence, .rule, .created} AS extraction
ORDER BY x.sourceId, x.start, x.length, x.subjectId
