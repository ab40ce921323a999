using Graph.Store.Neo4j;

namespace Graph.Cli;

/// <summary>`graph cypher-seed [DATASET.json]`: a dataset as a Cypher script for Neo4j (cypher/seed.cypher is the bundled one's).</summary>
internal static class CypherSeedCommand
{
    public static int Run(string? datasetPath, TextWriter output)
    {
        var dataset = DatasetFile.Read(datasetPath ?? DatasetFile.Bundled);
        output.Write(CypherSeed.Render(dataset, Path.Combine(AppContext.BaseDirectory, "cypher", "seed")));
        return 0;
    }
}
