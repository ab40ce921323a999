// Updates the fields and drops the forum link; link-draft-forum sets the new one.
MATCH (d:Draft {id: $id})
SET d.kind = $kind, d.title = $title, d.description = $description
WITH d
OPTIONAL MATCH (d)-[old:IN_FORUM]->()
DELETE old
RETURN count(DISTINCT d) AS updated
