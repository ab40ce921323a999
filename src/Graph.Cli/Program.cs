using Graph.Core.Seed;
using Graph.Store.Neo4j;

// The graph command line: work on datasets and stores outside the API.
//   graph cypher-seed [DATASET.json]   print the dataset as a Cypher script for Neo4j (cypher/seed.cypher)
const string usage = """
    usage: graph cypher-seed [DATASET.json]
      cypher-seed   print the seed dataset (default: the bundled July 2006 episode) as a Cypher script
                    that loads it into Neo4j, safe to run twice; cypher/seed.cypher is its output.
    """;

switch (args)
{
    case ["cypher-seed", .. var rest] when rest.Length <= 1:
        var datasetPath = rest.Length == 1 ? rest[0] : Path.Combine(AppContext.BaseDirectory, "seed", "north-korea-sanctions-2006.json");
        try
        {
            var dataset = Dataset.Load(datasetPath);
            Console.Out.Write(CypherSeed.Render(dataset, Path.Combine(AppContext.BaseDirectory, "cypher", "seed")));
            return 0;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"graph: {e.Message}");
            return 1;
        }
    default:
        Console.Error.WriteLine(usage);
        return 2;
}
