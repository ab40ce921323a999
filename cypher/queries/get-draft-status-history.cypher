// Status changes of the drafts in $ids; each points at the source that reports it.
MATCH (d:Draft)-[h:HAS_STATUS]->(src:Source)
WHERE d.id IN $ids
RETURN h {.status, .date, .statementId, .excerpt, draftId: d.id, sourceId: src.id} AS change
