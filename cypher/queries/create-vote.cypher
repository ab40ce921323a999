// A vote is a node of its own (not a :Node: it has no place in path search), on its draft; 0 rows when the draft is missing.
MATCH (d:Draft {id: $draftId})
CREATE (v:Vote {id: $id, date: $date, result: $result, yes: $yes, no: $no, abstain: $abstain,
  evidenceSources: $evidenceSources, evidenceStatements: $evidenceStatements, evidenceExcerpts: $evidenceExcerpts})-[:ON]->(d)
RETURN count(v) AS created
