// A vote is a :Vote node ON its draft (as create-vote makes it); one already stored is left as it is.
UNWIND $rows AS row
MATCH (d:Draft {id: row.draftId})
MERGE (:FactId {id: row.id, kind: 'vote'})
MERGE (v:Vote {id: row.id})
ON CREATE SET v.date = row.date, v.result = row.result, v.yes = row.yes, v.no = row.no, v.abstain = row.abstain,
  v.evidenceSources = row.evidenceSources, v.evidenceStatements = row.evidenceStatements, v.evidenceExcerpts = row.evidenceExcerpts
MERGE (v)-[:ON]->(d)
