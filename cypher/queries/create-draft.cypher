CREATE (:Node:Draft {id: $id, kind: $kind, title: $title, description: $description})
