// The parts of a position filter over the position p (a map draft-facts.cypher's Positions makes), each named by the
// Graph.Core.PositionWhere property it renders; what each means is Graph.Core.DraftFilters.Matches and, for
// the parts that reach beyond the position, Graph.Core.PositionFilters. Each part is true or
// false, never null: a comparison with a missing date is false. How parts are read: draft-facts.cypher.
UNWIND $positions AS p
WITH p
WHERE
  // [ActorId]
  p.actorId = $value
  // [ActorIdIn]
  AND p.actorId IN $value
  // [Stance]
  AND p.stance = $value
  // [StanceIn]
  AND p.stance IN $value
  // [SinceGte]
  AND coalesce(p.since >= $value, false)
  // [SinceLte]
  AND coalesce(p.since <= $value, false)
  // [UntilGte]
  AND coalesce(p.until >= $value, false)
  // [UntilLte]
  AND coalesce(p.until <= $value, false)
  // [AsOf] Holding on that day (Graph.Core.Dates.Holds): begun on or before it, not ended on it.
  AND (p.since IS NULL OR p.since <= $value) AND (p.until IS NULL OR p.until > $value)
  // [ActorMemberOf] A membership (not retracted) of the position's actor holding on the position's since; any, for an
  // undated position.
  AND EXISTS {
    MATCH (:Actor {id: p.actorId})-[m:MEMBER_OF]->(:Alliance {id: $value})
    WHERE NOT EXISTS { MATCH (:Retraction {subjectId: m.id}) }
      AND (p.since IS NULL OR ((m.since IS NULL OR m.since <= p.since) AND (m.until IS NULL OR m.until > p.since)))
  }
  // [DraftId]
  AND p.draftId = $value
  // [DraftIdIn]
  AND p.draftId IN $value
  // [OnDraft] Its draft matches a draft filter ($where, over d).
  AND EXISTS { MATCH (d:Draft {id: p.draftId}) WHERE $where }
  // [PrecededBy] The same actor took an earlier position q on the same draft that matches $where (Graph.Core.PositionFilters:
  // both dated, begun on an earlier day; $positions is that draft's Positions).
  AND EXISTS {
    MATCH (d:Draft {id: p.draftId})
    WHERE any(q IN $positions WHERE q.actorId = p.actorId AND coalesce(q.since < p.since, false) AND ($where))
  }
  // [FollowedBy] Likewise a later one.
  AND EXISTS {
    MATCH (d:Draft {id: p.draftId})
    WHERE any(q IN $positions WHERE q.actorId = p.actorId AND coalesce(p.since < q.since, false) AND ($where))
  }
RETURN p
