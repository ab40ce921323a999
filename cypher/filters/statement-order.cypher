// The keys statements are ordered by, each named by the Graph.Core.StatementOrderField it renders
// (Graph.Core.StatementFilters.Order): StatementCypher gives each expression of a key its direction. A missing date sorts
// before every date, as the definition orders it (Cypher alone sorts null last going up). How parts are read: draft-facts.cypher.
MATCH (:Actor)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(src:Source)
WITH s, src, coalesce(s.date, src.date) AS day
ORDER BY
  // [Date] The effective date: said, else reported.
  day IS NOT NULL, day,
  // [ReportedOn] The source's date.
  src.date IS NOT NULL, src.date,
  // [Id]
  s.id
RETURN s.id
