// The counts of each actor's positions a position filter keeps, per year of their since (Graph.Core.PositionAggregate.Of):
// how many, and on which drafts; the undated as a year of their own (null) before every year. An actor with none has no
// row. ActorCypher fills $positions and $where as in find-positions.cypher; the store adds the years up.
MATCH (actor:Actor)
WHERE actor.id IN $ids
UNWIND [p IN $positions WHERE $where] AS position
WITH actor.id AS actorId, position.since.year AS year, count(*) AS count, collect(DISTINCT position.draftId) AS drafts
RETURN actorId, year, count, drafts
ORDER BY actorId, year IS NOT NULL, year
