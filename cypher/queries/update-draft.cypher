// Updates the fields and drops the forum and subject links; link-draft-forum and link-draft-subject set the new ones.
MATCH (d:Draft {id: $id})
SET d.kind = $kind, d.title = $title, d.description = $description
WITH d
OPTIONAL MATCH (d)-[old:IN_FORUM|CONCERNS]->()
DELETE old
RETURN count(DISTINCT d) AS updated
