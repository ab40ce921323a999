// One page of actors by name, with the total; $kind and $search (lowercase) are optional.
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($search IS NULL OR toLower(a.name) CONTAINS $search OR any(alias IN a.aliases WHERE toLower(alias) CONTAINS $search))
WITH a ORDER BY a.name, a.id
WITH collect(a {.id, .kind, .name, .aliases, .description}) AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $first)] AS page
