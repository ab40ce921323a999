// Votes on any of $draftIds, or with one of $ids (each a filter only where given), by date (an undated one first), then id.
MATCH (v:Vote)-[:ON]->(d:Draft)
WHERE ($draftIds IS NULL OR d.id IN $draftIds)
  AND ($ids IS NULL OR v.id IN $ids)
RETURN v {.id, .date, .result, .yes, .no, .abstain, .evidenceSources, .evidenceStatements, .evidenceExcerpts, draftId: d.id} AS vote
ORDER BY v.date IS NOT NULL, v.date, v.id
