// One page of drafts by title, with the total; $kind, $forumId, $subjectId and $search (lowercase) are optional.
MATCH (d:Draft)
OPTIONAL MATCH (d)-[:IN_FORUM]->(forum:Actor)
OPTIONAL MATCH (d)-[:CONCERNS]->(subject:Actor)
WITH d, forum, subject
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($forumId IS NULL OR forum.id = $forumId)
  AND ($subjectId IS NULL OR subject.id = $subjectId)
  AND ($search IS NULL OR toLower(d.title) CONTAINS $search)
WITH d, forum, subject ORDER BY d.title, d.id
WITH collect(d {.id, .kind, .title, .description, forumId: forum.id, subjectId: subject.id}) AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $first)] AS page
