// Revisions and alternatives with a draft in $ids at either end.
MATCH (a:Draft)-[r:REVISES|ALTERNATIVE_TO]->(b:Draft)
WHERE a.id IN $ids OR b.id IN $ids
RETURN r {.sourceId, .statementId, .excerpt, fromId: a.id, kind: type(r), toId: b.id} AS relation
ORDER BY relation.fromId, relation.kind, relation.toId
