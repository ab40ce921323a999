// The :Node uniqueness constraint refuses an id any node already has.
CREATE (:Node:Actor {id: $id, kind: $kind, name: $name, aliases: $aliases, description: $description})
