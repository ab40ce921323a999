// Tests only: empties the database between store contract tests (Neo4j community has one database).
MATCH (n)
DETACH DELETE n
