// A ballot is an actor's CAST edge to the vote (as create-ballot makes it); one already stored is left as it is.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (v:Vote {id: row.voteId})
MERGE (:FactId {id: row.id, kind: 'ballot'})
MERGE (a)-[r:CAST {id: row.id}]->(v)
ON CREATE SET r.choice = row.choice, r.veto = row.veto,
  r.evidenceSources = row.evidenceSources, r.evidenceStatements = row.evidenceStatements, r.evidenceExcerpts = row.evidenceExcerpts
