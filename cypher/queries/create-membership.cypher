// 0 rows when the actor or alliance is missing.
MATCH (a:Actor {id: $actorId}), (l:Alliance {id: $allianceId})
CREATE (a)-[r:MEMBER_OF {id: $id, since: $since, until: $until,
  evidenceSources: $evidenceSources, evidenceStatements: $evidenceStatements, evidenceExcerpts: $evidenceExcerpts}]->(l)
RETURN count(r) AS created
