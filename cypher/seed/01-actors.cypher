// Seed templates: cypher/seed.cypher is made from these and the dataset by `dotnet run --project src/Graph.Cli -- cypher-seed`.
// Each runs once per kind with $rows; MERGE makes loading twice add nothing.
UNWIND $rows AS row
MERGE (n:Node:Actor {id: row.id})
ON CREATE SET n.kind = row.kind, n.name = row.name, n.aliases = row.aliases, n.description = row.description
