// What the draft filters read of the draft d beyond its own properties (Graph.Core.DraftFacts). Every file in
// cypher/filters is one statement the linter checks whole; a comment `// [Name]` heads a named part, the indented lines
// under it, which DraftCypher (src/Graph.Store.Neo4j) composes without the AND that joins it to the part before or the
// AS that names it. A `$slot` in a part is filled by another part; `$value` is a user value, always a fresh parameter.
MATCH (d:Draft)
RETURN d.id AS id,
  // [Positions] Its positions not retracted, and its ballots as the positions they amount to (Graph.Core.Ballots.AsPosition:
  // YES backs, NO or a veto opposes, held from the vote's day on), each a map {id, actorId, draftId, stance, since, until}
  // with its evidence. The same part lists an actor's positions: ActorCypher names its actor for a, and a fresh d.
  COLLECT {
    MATCH (a:Actor)-[r:SPONSORS|BACKS|OPPOSES|PROPOSES]->(d:Draft)
    WHERE NOT EXISTS { MATCH (:Retraction {subjectId: r.id}) }
    RETURN r {.id, .since, .until, .evidenceSources, .evidenceStatements, .evidenceExcerpts, actorId: a.id, draftId: d.id, stance: type(r)}
      AS position
    UNION ALL
    MATCH (a:Actor)-[b:CAST]->(v:Vote)-[:ON]->(d:Draft)
    WHERE b.veto OR b.choice IN ['YES', 'NO']
    RETURN {id: b.id, since: v.date, until: null, actorId: a.id, draftId: d.id,
      stance: CASE WHEN b.veto OR b.choice = 'NO' THEN 'OPPOSES' ELSE 'BACKS' END,
      evidenceSources: b.evidenceSources, evidenceStatements: b.evidenceStatements, evidenceExcerpts: b.evidenceExcerpts} AS position
  } AS positions,
  // [Tabled] The day it was tabled: its earliest dated status change, null when none is dated (Graph.Core.DraftFilters.Tabled;
  // min skips null dates).
  head(COLLECT { MATCH (d)-[h:HAS_STATUS]->(:Source) RETURN min(h.date) AS day }) AS tabled,
  // [PositionCount] How many of its positions match a position filter ($where, over p).
  size([p IN $positions WHERE $where]) AS positionCount
