using Graph.Cli;
using Graph.Core.Seed;
using Graph.Store.Neo4j;

// The graph command line: work on datasets and stores outside the API.
//   graph cypher-seed [DATASET.json]                       print the dataset as a Cypher script for Neo4j (cypher/seed.cypher)
//   graph load DATASET.json --database PATH [--batch N]    bulk-load a dataset into an embedded database file
//   graph synth --statements N [--seed S] [--output FILE]  write a synthetic dataset (for load and soak tests)
const string usage = """
    usage: graph cypher-seed [DATASET.json]
           graph load DATASET.json --database PATH [--batch N]
           graph synth --statements N [--seed S] [--output FILE]
           graph ingest PATH... --database PATH [--outlet NAME] [--title TEXT] [--date YYYY-MM-DD] [--url URL]
           graph extract REPORT [--outlet NAME] [--title TEXT] [--date YYYY-MM-DD] [--known seed|none]
           graph evaluate [--gold DIR] [--seeds DIR] [--known seed|none] [--verbose yes]

      cypher-seed   print the seed dataset (default: the bundled July 2006 episode) as a Cypher script
                    that loads it into Neo4j, safe to run twice; cypher/seed.cypher is its output.
      load          load a dataset into the embedded database file PATH (created if missing), in
                    transactions of N writes each (default 500), printing a line per committed batch.
                    Every create skips ids already stored, so a rerun after an interruption completes
                    the load without duplicating anything (and never overwrites curated changes).
      ingest        read news reports (files, or folders of *.txt) into the embedded database PATH:
                    actors, people and roles, quotes and reported speech, stances on drafts, each
                    with its report, character span, confidence and rule. A report may start with
                    "Outlet:", "Title:", "Date:", "URL:" lines ended by "---", or have a sidecar
                    NAME.meta.json; the options fill what neither gives. The same report twice adds
                    nothing; a report that cannot be read is skipped with its reason (exit 1).
      extract       show what would be read from one report, writing nothing.
      evaluate      compare extraction with the gold annotations (data/ingest/gold; seed reports
                    from --seeds) and print precision and recall per kind of fact; exit 1 below
                    the bars. --known none leaves the seed graph's people out of name resolution.
      synth         write a valid synthetic dataset with N statements (and actors, sources, drafts,
                    alliances, roles, memberships and positions with evidence in proportion) to FILE
                    or standard output; the same N and S always give the same file.
    """;

try
{
    switch (args)
    {
        case ["cypher-seed", .. var rest] when rest.Length <= 1:
        {
            var datasetPath = rest.Length == 1 ? rest[0] : Path.Combine(AppContext.BaseDirectory, "seed", "north-korea-sanctions-2006.json");
            var dataset = Dataset.Load(datasetPath);
            Console.Out.Write(CypherSeed.Render(dataset, Path.Combine(AppContext.BaseDirectory, "cypher", "seed")));
            return 0;
        }
        case ["load", .. var rest]:
        {
            var options = Options.Parse(rest, valued: ["--database", "--batch"]);
            if (options.Positional.Count != 1 || options.Get("--database") is not { } database)
                return Usage("load needs one DATASET.json and --database PATH.");
            var batch = options.GetInt("--batch", BulkLoad.DefaultBatchSize);
            if (batch < 1) return Usage("--batch must be at least 1.");
            return await BulkLoad.RunAsync(options.Positional[0], database, batch, Console.Out);
        }
        case ["synth", .. var rest]:
        {
            var options = Options.Parse(rest, valued: ["--statements", "--seed", "--output"]);
            if (options.Positional.Count != 0 || options.Get("--statements") is null)
                return Usage("synth needs --statements N.");
            var statements = options.GetInt("--statements", 0);
            if (statements < 1) return Usage("--statements must be at least 1.");
            var dataset = SyntheticDataset.Create(statements, options.GetInt("--seed", 1));
            if (options.Get("--output") is { } output)
            {
                await using var file = File.Create(output);
                await SyntheticDataset.WriteAsync(dataset, file);
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await SyntheticDataset.WriteAsync(dataset, stdout);
            }
            return 0;
        }
        case ["ingest", .. var rest]:
        {
            var options = Options.Parse(rest, valued: ["--database", "--outlet", "--title", "--date", "--url"]);
            if (options.Positional.Count == 0 || options.Get("--database") is not { } database)
                return Usage("ingest needs at least one report file or folder and --database PATH.");
            var defaults = new Graph.Ingest.ReportMetadata(options.Get("--outlet"), options.Get("--title"),
                options.Get("--date") is { } date ? Graph.Core.DateParsing.Parse(date, "--date") : null, options.Get("--url"));
            return await IngestCommand.RunAsync(options.Positional, database, defaults, Console.Out);
        }
        case ["extract", .. var rest]:
        {
            var options = Options.Parse(rest, valued: ["--outlet", "--title", "--date", "--known"]);
            if (options.Positional.Count != 1) return Usage("extract needs one REPORT file.");
            var metadata = new Graph.Ingest.ReportMetadata(options.Get("--outlet"), options.Get("--title"),
                options.Get("--date") is { } date ? Graph.Core.DateParsing.Parse(date, "--date") : null);
            return await ExtractCommand.RunAsync(options.Positional[0], metadata, options.Get("--known") != "none", Console.Out);
        }
        case ["evaluate", .. var rest]:
        {
            var options = Options.Parse(rest, valued: ["--gold", "--seeds", "--known", "--verbose"]);
            var known = options.Get("--known") ?? "seed";
            if (known is not ("seed" or "none")) return Usage("--known must be 'seed' or 'none'.");
            return Evaluate.Run(options.Get("--gold") ?? Path.Combine("data", "ingest", "gold"), options.Get("--seeds"), known == "seed",
                options.Get("--verbose") is "true" or "yes", Console.Out);
        }
        default:
            Console.Error.WriteLine(usage);
            return 2;
    }
}
catch (UsageException e)
{
    return Usage(e.Message);
}
catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or Graph.Core.GraphException)
{
    Console.Error.WriteLine($"graph: {e.Message}");
    return 1;
}

int Usage(string problem)
{
    Console.Error.WriteLine($"graph: {problem}");
    Console.Error.WriteLine(usage);
    return 2;
}
