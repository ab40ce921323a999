MATCH (l:Alliance)
WHERE l.id IN $ids
RETURN l {.id, .kind, .name, .description} AS alliance
ORDER BY l.id
