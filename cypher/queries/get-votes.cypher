// Votes on any of $draftIds, by date (an undated one first), then id.
MATCH (v:Vote)-[:ON]->(d:Draft)
WHERE d.id IN $draftIds
RETURN v {.id, .date, .result, .yes, .no, .abstain, .evidenceSources, .evidenceStatements, .evidenceExcerpts, draftId: d.id} AS vote
ORDER BY v.date IS NOT NULL, v.date, v.id
