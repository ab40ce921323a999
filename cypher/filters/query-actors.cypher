// One page of the actors a filter keeps, in the query's order, with how many it keeps (Graph.Core.IActorFinder). ActorCypher
// puts the filter (actor-where.cypher) for $where and the query's keys, the id last (actor-order.cypher), for $order.
MATCH (actor:Actor)
WHERE $where
WITH actor
ORDER BY $order
WITH collect(actor {.id, .kind, .name, .aliases, .description}) AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $first)] AS page
