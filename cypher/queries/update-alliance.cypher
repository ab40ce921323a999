// Updates the fields and drops the body link; link-alliance-body sets the new one.
MATCH (l:Alliance {id: $id})
SET l.kind = $kind, l.name = $name, l.description = $description
WITH l
OPTIONAL MATCH (l)-[old:MEMBERSHIP_OF]->()
DELETE old
RETURN count(DISTINCT l) AS updated
