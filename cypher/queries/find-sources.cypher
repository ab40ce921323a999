// One page of sources by date (undated first), with the total.
MATCH (s:Source)
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(outlet:Actor)
WITH s, outlet ORDER BY s.date IS NOT NULL, s.date, s.id
WITH collect(s {.id, .kind, .title, .date, .url, .document, outletId: outlet.id}) AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $first)] AS page
