// The keys actors are ordered by, each named by the Graph.Core.ActorOrderField it renders (Graph.Core.ActorFilters.Order):
// ActorCypher gives each expression of a key its direction. A kind is ordered by its stored name. How parts are read:
// draft-facts.cypher.
MATCH (actor:Actor)
WITH actor
ORDER BY
  // [Name] Character by character.
  actor.name,
  // [Kind]
  actor.kind,
  // [Id]
  actor.id
RETURN actor.id
