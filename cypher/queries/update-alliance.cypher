MATCH (l:Alliance {id: $id})
SET l.kind = $kind, l.name = $name, l.description = $description
RETURN count(l) AS updated
