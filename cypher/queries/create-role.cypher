// 0 rows when the person or what they represent is missing.
MATCH (p:Actor {id: $personId}), (x:Actor {id: $representedId})
CREATE (p)-[r:REPRESENTS {id: $id, title: $title, since: $since, until: $until,
  evidenceSources: $evidenceSources, evidenceStatements: $evidenceStatements, evidenceExcerpts: $evidenceExcerpts}]->(x)
RETURN count(r) AS created
