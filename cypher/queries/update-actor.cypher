MATCH (a:Actor {id: $id})
SET a.kind = $kind, a.name = $name, a.aliases = $aliases, a.description = $description
RETURN count(a) AS updated
