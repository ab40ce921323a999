MATCH (s:Source)
WHERE s.id IN $ids
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(outlet:Actor)
RETURN s {.id, .kind, .title, .date, .url, .document, outletId: outlet.id} AS source
ORDER BY s.id
