// The keys drafts are ordered by, each named by the Graph.Core.DraftOrderField it renders (Graph.Core.DraftFilters.Order):
// DraftCypher gives each expression of a key its direction. How parts are read: draft-facts.cypher.
MATCH (d:Draft)
WITH d, $tabled AS tabled
ORDER BY
  // [Tabled] An undated draft before every date, as the definition orders a missing date (Cypher alone sorts null last
  // going up, first going down).
  tabled IS NOT NULL, tabled,
  // [Title] Character by character.
  d.title,
  // [Id]
  d.id
RETURN d.id
