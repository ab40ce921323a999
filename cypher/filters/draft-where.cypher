// The parts of a draft filter over the draft d, each named by the Graph.Core.DraftWhere property it renders; what each
// means is Graph.Core.DraftFilters.Matches. Each part is true or false, never null (a comparison with a missing value is
// false, so NOT of it is true, as in the definition); And and Or join the parts of their filters. $positions and $tabled
// are draft-facts.cypher's parts; $where is the inner filter (position-where, status-where, or this file's for an
// alternative). How parts are read: draft-facts.cypher.
MATCH (d:Draft)
WHERE
  // [Id]
  d.id = $value
  // [IdIn]
  AND d.id IN $value
  // [Kind]
  AND d.kind = $value
  // [KindIn]
  AND d.kind IN $value
  // [ForumId] A draft without a forum matches no forum.
  AND EXISTS { MATCH (d)-[:IN_FORUM]->(:Actor {id: $value}) }
  // [ForumIdIn]
  AND EXISTS { MATCH (d)-[:IN_FORUM]->(forum:Actor) WHERE forum.id IN $value }
  // [SubjectId]
  AND EXISTS { MATCH (d)-[:CONCERNS]->(:Actor {id: $value}) }
  // [SubjectIdIn]
  AND EXISTS { MATCH (d)-[:CONCERNS]->(subject:Actor) WHERE subject.id IN $value }
  // [Title]
  AND d.title = $value
  // [TitleContains] Case-sensitive, character by character ('' is in every title).
  AND d.title CONTAINS $value
  // [TabledGte] A draft never tabled is tabled on no day.
  AND coalesce($tabled >= $value, false)
  // [TabledLte]
  AND coalesce($tabled <= $value, false)
  // [Not]
  AND NOT ($where)
  // [PositionsSome]
  AND any(p IN $positions WHERE $where)
  // [PositionsAll] A draft without positions has all its positions match.
  AND all(p IN $positions WHERE $where)
  // [PositionsNone]
  AND none(p IN $positions WHERE $where)
  // [AlternativesSome] Graph.Core.Alternatives.Of: ALTERNATIVE_TO either way round, the draft at the other end.
  AND EXISTS { MATCH (d)-[:ALTERNATIVE_TO]-(alternative:Draft) WHERE $where }
  // [HistorySome]
  AND EXISTS { MATCH (d)-[h:HAS_STATUS]->(:Source) WHERE $where }
  // [HistoryNone]
  AND NOT EXISTS { MATCH (d)-[h:HAS_STATUS]->(:Source) WHERE $where }
RETURN d.id
