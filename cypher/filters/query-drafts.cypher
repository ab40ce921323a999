// One page of the drafts a filter keeps, in the query's order, with how many it keeps (Graph.Core.IDraftFinder). DraftCypher
// puts the filter (draft-where.cypher) for $where, draft-facts.cypher's Tabled for $tabled, and the query's keys, the id
// last (draft-order.cypher), for $order.
MATCH (d:Draft)
WHERE $where
OPTIONAL MATCH (d)-[:IN_FORUM]->(forum:Actor)
OPTIONAL MATCH (d)-[:CONCERNS]->(subject:Actor)
WITH d, forum, subject, $tabled AS tabled
ORDER BY $order
WITH collect(d {.id, .kind, .title, .description, forumId: forum.id, subjectId: subject.id}) AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $first)] AS page
