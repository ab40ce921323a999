// Every position (not retracted) and every ballot that takes a side, overlapping $from..$to (inclusive; either may be
// null, Graph.Core.Dates.Overlaps), as the spans of Graph.Core.SideHistory: actor, draft, whether it opposes, since,
// until, id. No evidence: a timeline reads only sides. Ballots count as the positions they amount to
// (Graph.Core.Ballots.AsSide: YES backs, NO or a veto opposes, from the vote's day on, never ending).
CALL () {
  MATCH (a:Actor)-[r:SPONSORS|BACKS|OPPOSES|PROPOSES]->(d:Draft)
  WHERE NOT EXISTS { MATCH (:Retraction {subjectId: r.id}) }
    AND ($to IS NULL OR r.since IS NULL OR r.since <= $to)
    AND ($from IS NULL OR r.until IS NULL OR r.until > $from)
  RETURN a.id AS actorId, d.id AS draftId, type(r) = 'OPPOSES' AS opposes, r.since AS since, r.until AS until, r.id AS id
  UNION ALL
  MATCH (a:Actor)-[b:CAST]->(v:Vote)-[:ON]->(d:Draft)
  WHERE (b.veto OR b.choice IN ['YES', 'NO'])
    AND ($to IS NULL OR v.date IS NULL OR v.date <= $to)
  RETURN a.id AS actorId, d.id AS draftId, b.veto OR b.choice = 'NO' AS opposes, v.date AS since, null AS until, b.id AS id
}
RETURN actorId, draftId, opposes, since, until, id
