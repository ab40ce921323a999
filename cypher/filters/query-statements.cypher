// One page of the statements a query keeps, in its order, with how many it keeps, at most $countLimit where one is given
// (Graph.Core.IStatementFinder, defined by Graph.Core.StatementScan). With words searched for ($search, a Lucene query of
// quoted words and phrases, and prefixes, as search-statements.cypher takes it), only the full-text index's matches;
// retracted statements only with $includeRetracted. StatementCypher puts the filter (statement-where.cypher) for $where
// and the query's keys, the id last (statement-order.cypher), for $order.
CALL () {
  UNWIND [query IN [$search] WHERE query IS NOT NULL] AS query
  CALL db.index.fulltext.queryNodes('statement_text_english', query) YIELD node
  RETURN collect(node.id) AS found
}
MATCH (speaker:Actor)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(src:Source)
WHERE ($search IS NULL OR s.id IN found)
  AND ($includeRetracted OR NOT EXISTS { MATCH (:Retraction {subjectId: s.id}) })
WITH s, speaker, src, coalesce(s.date, src.date) AS day
WHERE $where
OPTIONAL MATCH (s)-[:VIA]->(via:Actor)
WITH s, speaker, src, via, day
ORDER BY $order
WITH collect(s {.id, .date, .kind, .text, .setting, speakerId: speaker.id, sourceId: src.id, reportedOn: src.date, viaId: via.id,
                about: COLLECT { MATCH (s)-[r:ABOUT]->(t:Node) RETURN t.id ORDER BY r.ord }}) AS matches
WITH matches[..coalesce($countLimit, size(matches))] AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $first)] AS page
