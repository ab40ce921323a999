// The parts of an actor filter over the actor `actor`, each named by the Graph.Core.ActorWhere property it renders; what
// each means is Graph.Core.ActorFilters.Matches. Each part is true or false, never null. $positions is the actor's positions
// (draft-facts.cypher's Positions, through the actor); $where is the inner filter (position-where.cypher over p, or this
// file's for NOT). How parts are read: draft-facts.cypher.
MATCH (actor:Actor)
WHERE
  // [Id]
  actor.id = $value
  // [IdIn]
  AND actor.id IN $value
  // [Kind]
  AND actor.kind = $value
  // [KindIn]
  AND actor.kind IN $value
  // [Name]
  AND actor.name = $value
  // [NameContains] Case-sensitive, character by character; the name only.
  AND actor.name CONTAINS $value
  // [MemberOf] A membership not retracted, whatever its dates.
  AND EXISTS {
    MATCH (actor)-[m:MEMBER_OF]->(:Alliance {id: $value})
    WHERE NOT EXISTS { MATCH (:Retraction {subjectId: m.id}) }
  }
  // [Not]
  AND NOT ($where)
  // [PositionsSome]
  AND any(p IN $positions WHERE $where)
  // [PositionsAll] An actor without positions has all its positions match.
  AND all(p IN $positions WHERE $where)
  // [PositionsNone]
  AND none(p IN $positions WHERE $where)
RETURN actor.id
