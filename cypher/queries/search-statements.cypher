// Ids of the statements whose text holds every word of $query (a Lucene query of quoted words).
CALL db.index.fulltext.queryNodes('statement_text', $query) YIELD node
RETURN collect(node.id) AS ids
