// One page of alliances by name, with the total; $kind and $search (lowercase) are optional.
MATCH (l:Alliance)
WHERE ($kind IS NULL OR l.kind = $kind)
  AND ($search IS NULL OR toLower(l.name) CONTAINS $search)
OPTIONAL MATCH (l)-[:MEMBERSHIP_OF]->(body:Actor)
WITH l, body ORDER BY l.name, l.id
WITH collect(l {.id, .kind, .name, .description, bodyId: body.id}) AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $first)] AS page
