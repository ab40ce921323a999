// The label of each node named in $ids (ids not in the graph are absent).
MATCH (n:Node)
WHERE n.id IN $ids
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Node'][0] AS label
