using Graph.Core;
using Graph.Core.Seed;
using Graph.Ingest;

namespace Graph.Cli;

/// <summary>
/// `graph evaluate`: reads every report that has a gold file, compares, and prints precision and
/// recall per kind of fact, per report and in total; then reads the reports whose gold names drafts into one graph and
/// scores which draft each fact landed on (<see cref="EvaluateDrafts"/>). Fails (exit 1) below the bars.
/// The gold annotations and their reports are copied beside the program (the csproj mirrors data/ingest),
/// so it runs from any folder.
/// </summary>
internal static class Evaluate
{
    public static async Task<int> RunAsync(string? goldOption, string? seedsFolder, bool withSeedGraph, bool verbose, TextWriter output)
    {
        // A gold file names its report from the repository root: the program's folder for the copy
        // beside it, the current folder for gold given with --gold (as run from the repository).
        var (goldFolder, root) = goldOption is null
            ? (Path.Combine(AppContext.BaseDirectory, "data", "ingest", "gold"), AppContext.BaseDirectory)
            : (goldOption, "");
        var lexicon = Lexicon.Load();
        var extractor = new Extractor(lexicon);
        var index = Index(lexicon, withSeedGraph);
        var totals = new Dictionary<string, Score>();
        var skipped = new List<string>();
        var corpus = new List<(GoldReport, string, string)>();
        PrintHeader(output, "report");
        foreach (var goldPath in Directory.EnumerateFiles(goldFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = LoadGold(goldPath);
            var reportPath = ReportPath(gold, root, seedsFolder);
            if (reportPath is null || !File.Exists(reportPath))
            {
                skipped.Add($"{Path.GetFileName(goldPath)}: {gold.Report} not found{(seedsFolder is null ? " (no --seeds folder)" : "")}");
                continue;
            }
            var report = ReportReader.Parse(reportPath, File.ReadAllBytes(reportPath), Evaluation.Metadata(gold));
            var found = extractor.Extract(report, index);
            var name = Path.GetFileNameWithoutExtension(goldPath);
            if (gold.Drafts is not null) corpus.Add((gold, reportPath, name));
            foreach (var score in Evaluation.Score(gold, found, verbose ? output : null))
            {
                totals[score.Kind] = totals.TryGetValue(score.Kind, out var total) ? total.Add(score) : score;
                if (verbose) Print(output, name, score);
            }
        }
        output.WriteLine(new string('-', 84));
        var pass = true;
        foreach (var score in totals.Values)
        {
            Print(output, "all reports", score);
            pass &= score.Passes;
        }
        foreach (var line in skipped) output.WriteLine($"skipped {line}");
        var bars = Describe(Evaluation.Bars);
        // The which-draft corpus (data/ingest/corpus) annotates drafts, stances, votes and ballots only: it joins the second part.
        var corpusFolder = Path.Combine(root, "data", "ingest", "corpus", "gold");
        if (Directory.Exists(corpusFolder))
            foreach (var goldPath in Directory.EnumerateFiles(corpusFolder, "*.json").Order(StringComparer.Ordinal))
            {
                var gold = LoadGold(goldPath);
                if (ReportPath(gold, root, seedsFolder) is { } path && File.Exists(path)) corpus.Add((gold, path, Path.GetFileNameWithoutExtension(goldPath)));
                else skipped.Add($"{Path.GetFileName(goldPath)}: {gold.Report} not found");
            }
        if (corpus.Count > 0) pass &= await EvaluateDrafts.RunAsync(corpus, verbose, output);
        bars += "; " + Describe(DraftEvaluation.Bars) + "; no merged drafts";
        output.WriteLine(pass ? $"all bars met ({bars})" : $"BELOW THE BAR ({bars})");
        return pass ? 0 : 1;
    }

    /// <summary>Where a gold file's report is: seeds/... in the seed folder, anything else from the repository root.</summary>
    private static string? ReportPath(GoldReport gold, string root, string? seedsFolder) =>
        gold.Report.StartsWith("seeds/", StringComparison.Ordinal)
            ? seedsFolder is null ? null : Path.Combine(seedsFolder, gold.Report["seeds/".Length..])
            : Path.Combine(root, gold.Report);

    private static GoldReport LoadGold(string path)
    {
        try { return Evaluation.LoadGold(path); }
        catch (System.Text.Json.JsonException e) { throw new InvalidDataException($"{path}: is not a gold annotation: {e.Message}"); }
    }

    /// <summary>The bars of the kinds that have one, as the last line names them.</summary>
    private static string Describe(IReadOnlyDictionary<string, (double? Precision, double? Recall)> bars) =>
        string.Join("; ", bars.Where(b => b.Value.Precision is not null).Select(b => $"{b.Key} P>={b.Value.Precision:0.00} R>={b.Value.Recall:0.00}"));

    /// <summary>The heading of a table of scores, <paramref name="first"/> over the column of names.</summary>
    internal static void PrintHeader(TextWriter output, string first) =>
        output.WriteLine($"{first,-34} {"kind",-9} {"gold",5} {"found",6} {"correct",8} {"precision",10} {"recall",7}");

    /// <summary>One row of a table of scores, with whether it meets its bar.</summary>
    internal static void Print(TextWriter output, string name, Score s)
    {
        var bar = s.MinPrecision is null ? "" : s.Passes ? "  ok" : "  BELOW BAR";
        output.WriteLine($"{name,-34} {s.Kind,-9} {s.Gold,5} {s.Found,6} {s.Correct,8} {s.Precision,10:0.000} {s.Recall,7:0.000}{bar}");
    }

    /// <summary>The actors extraction resolves against: the gazetteer, plus the bundled seed graph's when asked (as the API runs).</summary>
    public static ActorIndex Index(Lexicon lexicon, bool withSeedGraph)
    {
        if (!withSeedGraph) return ActorIndex.Build(lexicon, [], new Dictionary<string, Role>());
        return ActorIndex.Build(lexicon, DatasetFile.Read(DatasetFile.Bundled));
    }
}
