using System.Security.Cryptography;
using System.Text;
using Graph.Core;
using Graph.Core.Seed;
using Graph.Ingest;
using Graph.Store.Embedded;

namespace Graph.Cli;

/// <summary>
/// The second half of `graph evaluate`: every report with a gold file is read through the ingestor, in an order that is not
/// the date order, into one new embedded database seeded with the bundled episode, as a user's folder would be; then what
/// each report's source created or confirmed is read back from the graph and scored for which draft it landed on
/// (<see cref="DraftEvaluation"/>). Fails below the bars or on any merge of two real drafts.
/// </summary>
internal static class EvaluateDrafts
{
    public static async Task<bool> RunAsync(IReadOnlyList<(GoldReport Gold, string ReportPath, string Name)> corpus, bool verbose, TextWriter output)
    {
        var file = Path.Combine(Path.GetTempPath(), $"graph-evaluate-{Guid.NewGuid():N}.db");
        try
        {
            using var store = new SqliteGraphStore(file);
            await store.InitializeAsync();
            await Seeder.EnsureAsync(store, DatasetFile.Read(DatasetFile.Bundled));
            var ingestor = new Ingestor(store, Lexicon.Load());
            // A fixed order that mixes the years: by a hash of each report's name.
            var order = corpus.OrderBy(c => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(c.Name))), StringComparer.Ordinal).ToList();
            var sources = new Dictionary<string, string>();
            foreach (var (gold, path, name) in order)
            {
                var result = await ingestor.IngestAsync(ReportReader.Parse(path, File.ReadAllBytes(path), Evaluation.Metadata(gold)));
                sources[name] = result.SourceId!;
                if (verbose) foreach (var note in result.Notes) output.WriteLine($"  {name}: note: {note}");
            }
            var graph = await GraphNames.ReadAsync(store);
            var readBack = new List<(GoldReport, ReadBack)>();
            foreach (var (gold, _, name) in corpus) readBack.Add((gold, await ReadBackAsync(store, graph, name, sources[name])));
            var scores = DraftEvaluation.Score(readBack, graph.HolderKey, graph.KindOf, verbose ? output : null);

            output.WriteLine();
            output.WriteLine($"which draft: {corpus.Count} reports read into one seeded graph, out of date order " +
                $"({string.Join(", ", order.Take(4).Select(o => o.Gold.Date))}, ...)");
            Evaluate.PrintHeader(output, "");
            foreach (var s in scores.Scores) Evaluate.Print(output, "all reports", s);
            var labels = readBack.SelectMany(r => r.Item1.Drafts ?? []).Select(d => d.Label).Distinct().Count();
            output.WriteLine($"drafts: {labels} labels, {scores.DraftOfLabel.Count} matched to a graph draft one to one; " +
                $"{scores.Merges.Count} merged{(scores.Merges.Count == 0 ? " ok" : " BELOW BAR")}, {scores.Splits.Count} split");
            foreach (var m in scores.Merges) output.WriteLine($"  merged: {m}");
            foreach (var s in scores.Splits) output.WriteLine($"  split: {s}");
            if (verbose) foreach (var (label, draft) in scores.DraftOfLabel.OrderBy(kv => kv.Key, StringComparer.Ordinal)) output.WriteLine($"  {label} -> {draft}");
            return scores.Passes;
        }
        finally
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        }
    }

    /// <summary>The positions, votes and ballots a report's source created or confirmed (its extractions).</summary>
    private static async Task<ReadBack> ReadBackAsync(IGraphStore store, GraphNames graph, string name, string sourceId)
    {
        var subjects = (await store.GetExtractionsAsync(new ExtractionFilter(SourceIds: [sourceId]))).Select(e => e.SubjectId).Distinct().ToList();
        var positions = await store.GetPositionsAsync(new FactFilter(FactIds: subjects));
        var ballots = await store.GetBallotsAsync(new FactFilter(FactIds: subjects));
        var ids = subjects.ToHashSet();
        return new ReadBack(name,
            positions.Select(p => (graph.Key(p.ActorId), EnumNames.ToName(p.Stance), p.DraftId)).ToList(),
            graph.Votes.Where(v => ids.Contains(v.Id)).Select(v => (v.DraftId, EnumNames.ToName(v.Result))).ToList(),
            ballots.Select(b => (graph.Key(b.ActorId), EnumNames.ToName(b.Choice), graph.Votes.First(v => v.Id == b.VoteId).DraftId)).ToList());
    }

    /// <summary>The graph's actors by every name, people by whom they represent, and every vote: for naming gold and graph alike.</summary>
    private sealed class GraphNames
    {
        private readonly Dictionary<string, Actor> byId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> represents = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> kinds = new(StringComparer.Ordinal);
        public IReadOnlyList<Vote> Votes { get; private set; } = [];

        public string? KindOf(string draftId) => kinds.GetValueOrDefault(draftId);

        public static async Task<GraphNames> ReadAsync(IGraphStore store)
        {
            var names = new GraphNames();
            foreach (var a in await Pages.AllAsync(page => store.FindActorsAsync(new ActorFilter(), page))) names.byId[a.Id] = a;
            var drafts = await Pages.AllAsync(page => store.FindDraftsAsync(new DraftFilter(), page));
            foreach (var d in drafts) names.kinds[d.Id] = EnumNames.ToName(d.Kind);
            names.Votes = await store.GetVotesAsync(drafts.Select(d => d.Id).ToList());
            foreach (var role in await store.GetRolesAsync(new FactFilter(SubjectIds: names.byId.Values.Where(a => a.Kind == ActorKind.Person).Select(a => a.Id).ToList())))
                names.represents.TryAdd(role.PersonId, role.RepresentsId);
            foreach (var a in names.byId.Values)
                foreach (var n in a.Aliases.Prepend(a.Name)) names.byName.TryAdd(Evaluation.Key(n), a.Id);
            return names;
        }

        /// <summary>An actor's key: its name's, or for a person that of whom they represent.</summary>
        public string Key(string actorId)
        {
            if (represents.TryGetValue(actorId, out var state)) actorId = state;
            return byId.TryGetValue(actorId, out var a) ? Evaluation.Key(a.Name) : actorId;
        }

        /// <summary>A gold file's actor name, keyed as the graph's actor of that name would be.</summary>
        public string HolderKey(string name) => byName.TryGetValue(Evaluation.Key(name), out var id) ? Key(id) : Evaluation.Key(name);
    }
}
