using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using Graph.Cli;
using Graph.Core;
using Graph.Ingest;

// The graph command line: work on datasets, stores and reports outside the API. This file only builds
// the command tree; each command's work is in its own file.
var root = new RootCommand("""
    Work on graph datasets, stores and news reports outside the API.
    Exit codes: 0 done; 1 the work failed (a file that cannot be read, a load not completed, extraction
    below the bars); 2 the command line is wrong (an unknown command or option, a missing or bad value).
    """)
{
    DefineCypherSeed(), DefineLoad(), DefineSynth(), DefineIngest(), DefineExtract(), DefineEvaluate(),
};

// Response files (@FILE) are off: a report or dataset path may start with '@'.
var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
if (parse.Action is ParseErrorAction)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"graph: {error.Message}");
    // Then the failing command's help, on standard error too: standard output may be a file being written.
    parse.InvocationConfiguration.Output = Console.Error;
    new HelpAction().Invoke(parse);
    return 2;
}
try
{
    // Our own handler below: a file that cannot be read is one line, not a stack trace. Ctrl-C and
    // SIGTERM end the process at once, as before: every command is safe to stop anywhere and rerun.
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
}
catch (Exception e) when (e is ReportException or InvalidDataException or IOException or UnauthorizedAccessException
                              or GraphException or System.Data.Common.DbException)
{
    Console.Error.WriteLine($"graph: {e.Message}");
    return 1;
}

static Command DefineCypherSeed()
{
    var dataset = new Argument<string?>("DATASET.json") { Arity = ArgumentArity.ZeroOrOne, Description = "the dataset (default: the bundled July 2006 episode)" };
    var command = new Command("cypher-seed", "Print a dataset as a Cypher script for Neo4j, safe to run twice (cypher/seed.cypher).") { dataset };
    command.SetAction(result => CypherSeedCommand.Run(result.GetValue(dataset), Console.Out));
    return command;
}

static Command DefineLoad()
{
    var dataset = new Argument<string>("DATASET.json") { Description = "the dataset to load" };
    var database = Database();
    var batch = Count("--batch", "writes per transaction");
    batch.DefaultValueFactory = _ => BulkLoad.DefaultBatchSize;
    var command = new Command("load", """
        Load a dataset into an embedded database, a line per committed batch. A rerun after an
        interruption completes the load, duplicating nothing and never overwriting curated changes.
        """) { dataset, database, batch };
    command.SetAction((result, ct) => BulkLoad.RunAsync(result.GetValue(dataset)!, result.GetValue(database)!, result.GetValue(batch), Console.Out, ct));
    return command;
}

static Command DefineSynth()
{
    var statements = Count("--statements", "how many statements");
    statements.Required = true;
    var seed = new Option<int>("--seed") { HelpName = "S", Description = "the random seed", DefaultValueFactory = _ => 1 };
    var output = new Option<string?>("--output") { HelpName = "FILE", Description = "where to write it (default: standard output)" };
    var command = new Command("synth", """
        Write a valid synthetic dataset of N statements, everything else in proportion;
        the same N and S always give the same file.
        """) { statements, seed, output };
    command.SetAction(result => SyntheticDataset.RunAsync(result.GetValue(statements), result.GetValue(seed), result.GetValue(output)));
    return command;
}

static Command DefineIngest()
{
    var paths = new Argument<string[]>("PATH") { Arity = ArgumentArity.OneOrMore, Description = "report files, or folders of *.txt" };
    var database = Database();
    var (outlet, title, date) = (Outlet(), Title(), Date());
    var url = new Option<string?>("--url") { HelpName = "URL", Description = "the report's address, where it does not say" };
    var command = new Command("ingest", """
        Read news reports into the embedded database; the options fill what a report's header or NAME.meta.json
        does not say. A report that cannot be read is skipped with its reason (exit 1).
        """) { paths, database, outlet, title, date, url };
    command.SetAction(result => IngestCommand.RunAsync(result.GetValue(paths)!, result.GetValue(database)!,
        new ReportMetadata(result.GetValue(outlet), result.GetValue(title), result.GetValue(date), result.GetValue(url)), Console.Out));
    return command;
}

static Command DefineExtract()
{
    var report = new Argument<string>("REPORT") { Description = "the report file" };
    var (outlet, title, date, known) = (Outlet(), Title(), Date(), Known());
    var command = new Command("extract", "Show what would be read from one report, writing nothing.") { report, outlet, title, date, known };
    command.SetAction(result => ExtractCommand.RunAsync(result.GetValue(report)!,
        new ReportMetadata(result.GetValue(outlet), result.GetValue(title), result.GetValue(date)), result.GetValue(known) == "seed", Console.Out));
    return command;
}

static Command DefineEvaluate()
{
    var gold = new Option<string?>("--gold") { HelpName = "DIR", Description = "the gold annotations (default: data/ingest/gold, as built with the program)" };
    var seeds = new Option<string?>("--seeds") { HelpName = "DIR", Description = "the folder of the seed reports the gold's seeds/... paths name" };
    var known = Known();
    var verbose = new Option<string>("--verbose") { HelpName = "yes|no", Description = "print the score of each report and each miss", DefaultValueFactory = _ => "no" };
    verbose.AcceptOnlyFromAmong("yes", "no", "true", "false");
    var command = new Command("evaluate", "Print extraction's precision and recall against the gold annotations; exit 1 below the bars.")
        { gold, seeds, known, verbose };
    command.SetAction((result, _) => Evaluate.RunAsync(result.GetValue(gold), result.GetValue(seeds), result.GetValue(known) == "seed",
        result.GetValue(verbose) is "yes" or "true", Console.Out));
    return command;
}

/// <summary>A whole number of at least 1 (digits only, as the old parser took them).</summary>
static Option<int> Count(string name, string description) => new(name)
{
    HelpName = "N",
    Description = description,
    CustomParser = result =>
    {
        var text = result.Tokens.SingleOrDefault()?.Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1) return n;
        result.AddError($"{name} must be a whole number of at least 1, got '{text}'.");
        return 0;
    },
};

static Option<string> Database() =>
    new("--database") { HelpName = "PATH", Description = "the embedded database file (created if missing)", Required = true };

static Option<string?> Outlet() => new("--outlet") { HelpName = "NAME", Description = "the outlet, where the report does not say" };

static Option<string?> Title() => new("--title") { HelpName = "TEXT", Description = "the title, where the report does not say" };

static Option<DateOnly?> Date() => new("--date")
{
    HelpName = "YYYY-MM-DD",
    Description = "the day it was published, where the report does not say",
    CustomParser = result =>
    {
        try { return DateParsing.Parse(result.Tokens.SingleOrDefault()?.Value ?? "", "--date"); }
        catch (GraphException e) { result.AddError(e.Message); return null; }
    },
};

static Option<string> Known()
{
    var known = new Option<string>("--known")
    {
        HelpName = "seed|none",
        Description = "resolve names against the bundled seed graph's people too, or the gazetteer only",
        DefaultValueFactory = _ => "seed",
    };
    known.AcceptOnlyFromAmong("seed", "none");
    return known;
}
