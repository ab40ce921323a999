// Each actor's positions (ballots as positions included) a position filter keeps, by since (undated first), then id
// (Graph.Core.ActorFilters.Positions), for the actors in $ids; an actor with none has no row. ActorCypher puts the actor's
// positions (draft-facts.cypher's Positions, through the actor) for $positions, and the filter over p for $where.
MATCH (actor:Actor)
WHERE actor.id IN $ids
UNWIND [p IN $positions WHERE $where] AS position
RETURN actor.id AS actorId, position
ORDER BY actorId, position.since IS NOT NULL, position.since, position.id
