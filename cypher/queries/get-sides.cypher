// Each actor's side of each draft (Graph.Core.Sides): its latest position holding at some time between $from and $to
// (inclusive; either may be null, Graph.Core.Dates.Overlaps), latest by since (an undated one earliest), then by id.
// Ballots count as the positions they amount to (Graph.Core.Ballots.AsSide: YES backs, NO or a veto opposes, from the
// vote's day on). Of every actor, or of those in $actorIds. -1 for opposing, 1 for any other stance.
CALL () {
  MATCH (a:Actor)-[r:SPONSORS|BACKS|OPPOSES|PROPOSES]->(d:Draft)
  WHERE ($actorIds IS NULL OR a.id IN $actorIds)
    AND NOT EXISTS { MATCH (:Retraction {subjectId: r.id}) }
    AND ($to IS NULL OR r.since IS NULL OR r.since <= $to)
    AND ($from IS NULL OR r.until IS NULL OR r.until > $from)
  RETURN a.id AS actorId, d.id AS draftId, type(r) = 'OPPOSES' AS opposes, r.since AS since, r.id AS id
  UNION ALL
  MATCH (a:Actor)-[b:CAST]->(v:Vote)-[:ON]->(d:Draft)
  WHERE ($actorIds IS NULL OR a.id IN $actorIds)
    AND (b.veto OR b.choice IN ['YES', 'NO'])
    AND ($to IS NULL OR v.date IS NULL OR v.date <= $to)
  RETURN a.id AS actorId, d.id AS draftId, b.veto OR b.choice = 'NO' AS opposes, v.date AS since, b.id AS id
}
WITH actorId, draftId, opposes, since, id
ORDER BY since IS NOT NULL, since, id
WITH actorId, draftId, last(collect(opposes)) AS opposes
RETURN actorId, draftId, CASE WHEN opposes THEN -1 ELSE 1 END AS side
