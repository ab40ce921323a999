UNWIND $rows AS row
MATCH (p:Actor {id: row.personId}), (x:Actor {id: row.representedId})
MERGE (:FactId {id: row.id, kind: 'role'})
MERGE (p)-[r:REPRESENTS {id: row.id}]->(x)
ON CREATE SET r.title = row.title, r.since = row.since, r.until = row.until,
  r.evidenceSources = row.evidenceSources, r.evidenceStatements = row.evidenceStatements, r.evidenceExcerpts = row.evidenceExcerpts
