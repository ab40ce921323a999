MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a {.id, .kind, .name, .aliases, .description} AS actor
ORDER BY a.id
