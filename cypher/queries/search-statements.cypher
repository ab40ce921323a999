// Ids of the statements whose text holds every term of $query (a Lucene query of quoted words and phrases, and prefixes), by English stems.
CALL db.index.fulltext.queryNodes('statement_text_english', $query) YIELD node
RETURN collect(node.id) AS ids
