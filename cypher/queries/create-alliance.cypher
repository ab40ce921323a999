CREATE (:Node:Alliance {id: $id, kind: $kind, name: $name, description: $description})
