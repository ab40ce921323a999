// The parts of a statement filter over the statement s, its speaker, its source src and its effective date day (said,
// else reported), each named by the Graph.Core.StatementWhere property it renders; what each means is
// Graph.Core.StatementFilters.Matches. Each part is true or false, never null (a comparison with a missing date is false).
// $where is the inner filter for NOT. How parts are read: draft-facts.cypher.
MATCH (speaker:Actor)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(src:Source)
WITH s, speaker, src, coalesce(s.date, src.date) AS day
WHERE
  // [Id]
  s.id = $value
  // [IdIn]
  AND s.id IN $value
  // [Kind]
  AND s.kind = $value
  // [KindIn]
  AND s.kind IN $value
  // [SpeakerId]
  AND speaker.id = $value
  // [SpeakerIdIn]
  AND speaker.id IN $value
  // [SpeakerKind]
  AND speaker.kind = $value
  // [SpeakerKindIn]
  AND speaker.kind IN $value
  // [SpeakerRepresents] The speaker is the actor, or held a role (not retracted) representing it that holds on the
  // statement's day (Graph.Core.StatementFilters.Represents, Graph.Core.Dates.Holds; an undated statement, any such role).
  AND (speaker.id = $value OR EXISTS {
    MATCH (speaker)-[r:REPRESENTS]->(:Actor {id: $value})
    WHERE NOT EXISTS { MATCH (:Retraction {subjectId: r.id}) }
      AND (day IS NULL OR ((r.since IS NULL OR r.since <= day) AND (r.until IS NULL OR r.until > day)))
  })
  // [SpeakerMemberOf] A membership (not retracted) of the speaker holding on the statement's day (Graph.Core.FilterRules.MemberOn;
  // an undated statement, any).
  AND EXISTS {
    MATCH (speaker)-[m:MEMBER_OF]->(:Alliance {id: $value})
    WHERE NOT EXISTS { MATCH (:Retraction {subjectId: m.id}) }
      AND (day IS NULL OR ((m.since IS NULL OR m.since <= day) AND (m.until IS NULL OR m.until > day)))
  }
  // [AboutId]
  AND EXISTS { MATCH (s)-[:ABOUT]->(:Node {id: $value}) }
  // [AboutIdIn]
  AND EXISTS { MATCH (s)-[:ABOUT]->(about:Node) WHERE about.id IN $value }
  // [SourceId]
  AND src.id = $value
  // [SourceIdIn]
  AND src.id IN $value
  // [DateGte] An undated statement is said on no day.
  AND coalesce(day >= $value, false)
  // [DateLte]
  AND coalesce(day <= $value, false)
  // [TextContains] Case-sensitive, character by character ('' is in every text).
  AND s.text CONTAINS $value
  // [Not]
  AND NOT ($where)
RETURN s.id
