// A ballot is an actor's CAST edge to the vote, as a position is an edge to its draft; 0 rows when the actor or vote is missing.
MATCH (a:Actor {id: $actorId}), (v:Vote {id: $voteId})
CREATE (a)-[r:CAST {id: $id, choice: $choice, veto: $veto,
  evidenceSources: $evidenceSources, evidenceStatements: $evidenceStatements, evidenceExcerpts: $evidenceExcerpts}]->(v)
RETURN count(r) AS created
