// How many of each draft's positions match a position filter, for the drafts in $ids (Graph.Core.IDraftFinder): DraftCypher
// puts draft-facts.cypher's PositionCount, with the filter, for $count.
MATCH (d:Draft)
WHERE d.id IN $ids
RETURN d.id AS draftId, $count AS count
