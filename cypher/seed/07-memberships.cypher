UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (l:Alliance {id: row.allianceId})
MERGE (:FactId {id: row.id, kind: 'membership'})
MERGE (a)-[r:MEMBER_OF {id: row.id}]->(l)
ON CREATE SET r.since = row.since, r.until = row.until,
  r.evidenceSources = row.evidenceSources, r.evidenceStatements = row.evidenceStatements, r.evidenceExcerpts = row.evidenceExcerpts
