namespace Graph.Ingest;

/// <summary>What the graph holds, once a corpus was read into it, of the facts one report created or confirmed (actors as
/// name keys, drafts as graph ids).</summary>
public sealed record ReadBack(string Report, IReadOnlyList<(string Holder, string Stance, string DraftId)> Stances,
    IReadOnlyList<(string DraftId, string Result)> Votes, IReadOnlyList<(string Actor, string Choice, string DraftId)> Ballots);

/// <summary>The corpus-wide result: scores, which graph draft each label became, and the drafts that were merged or split.</summary>
public sealed record DraftScores(IReadOnlyList<Score> Scores, IReadOnlyDictionary<string, string> DraftOfLabel,
    IReadOnlyList<string> Merges, IReadOnlyList<string> Splits)
{
    public bool Passes => Scores.All(s => s.Passes) && Merges.Count == 0;
}

/// <summary>
/// Scores which draft each stance, vote and ballot landed on, across a corpus read into one graph. Gold files name drafts by
/// labels that hold across the corpus; the graph by ids. A label's draft is the graph draft most of its facts (matched by
/// actor and stance, or actor and ballot, on a draft of the label's kind) landed on, taken one to one, most first. A graph draft that is the best draft of
/// two labels is a merge; a label that is the best label of two graph drafts is split. A (report, actor, stance, draft)
/// triple is right when its draft is its label's draft; so are votes (draft, result) and ballots (draft, actor, choice).
/// </summary>
public static class DraftEvaluation
{
    public static readonly IReadOnlyDictionary<string, (double? Precision, double? Recall)> Bars = new Dictionary<string, (double?, double?)>
    {
        ["triples"] = (0.90, 0.80),
        ["ballots"] = (0.90, 0.80),
        ["votes"] = (null, null),
    };

    public static DraftScores Score(IReadOnlyList<(GoldReport Gold, ReadBack Found)> corpus, Func<string, string> holderKey,
        Func<string, string?> kindOfDraft, TextWriter? misses = null)
    {
        var kindOfLabel = corpus.SelectMany(c => c.Gold.Drafts ?? []).GroupBy(d => d.Label).ToDictionary(g => g.Key, g => g.First().Kind.ToUpperInvariant());
        var gold = corpus.Select(c => (
            Stances: Evaluation.Subsume((c.Gold.Stances ?? []).Where(s => s.Label is not null).Select(s => (holderKey(s.Actor), s.Stance.ToUpperInvariant(), s.Label!))),
            Votes: (c.Gold.Votes ?? []).Select(v => (v.Label, v.Result.ToUpperInvariant())).ToHashSet(),
            Ballots: (c.Gold.Ballots ?? []).Select(b => (holderKey(b.Actor), b.Choice.ToUpperInvariant(), b.Label)).ToHashSet())).ToList();
        // Votes and ballots are scored only in the reports whose gold annotates them (a "votes" list, empty or not).
        var found = corpus.Select(c => (
            Stances: Evaluation.Subsume(c.Found.Stances),
            Votes: c.Gold.Votes is null ? [] : c.Found.Votes.ToHashSet(),
            Ballots: c.Gold.Votes is null ? [] : c.Found.Ballots.ToHashSet())).ToList();

        // How often a label's facts and a graph draft's agree on everything but the draft.
        var pairs = new Dictionary<(string Label, string Draft), int>();
        // Only a draft of the label's kind can be the label's draft.
        void Pair(string label, string draft)
        {
            if (kindOfLabel.TryGetValue(label, out var kind) && kindOfDraft(draft) is { } other && other != kind) return;
            pairs[(label, draft)] = pairs.GetValueOrDefault((label, draft)) + 1;
        }
        for (var i = 0; i < corpus.Count; i++)
        {
            foreach (var (h, s, label) in gold[i].Stances)
                foreach (var f in found[i].Stances.Where(f => f.Item1 == h && f.Item2 == s)) Pair(label, f.Item3);
            foreach (var (a, c, label) in gold[i].Ballots)
                foreach (var f in found[i].Ballots.Where(f => f.Actor == a && f.Choice == c)) Pair(label, f.DraftId);
        }
        foreach (var ((label, draft), n) in pairs.OrderBy(p => p.Key.Label, StringComparer.Ordinal).ThenByDescending(p => p.Value))
            misses?.WriteLine($"  pair {label} ~ {draft}: {n}");
        var map = new Dictionary<string, string>();
        var used = new HashSet<string>();
        foreach (var ((label, draft), _) in pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Label, StringComparer.Ordinal).ThenBy(p => p.Key.Draft, StringComparer.Ordinal))
            if (!map.ContainsKey(label) && used.Add(draft)) map[label] = draft;

        var bestDraft = pairs.GroupBy(p => p.Key.Label).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Draft, StringComparer.Ordinal).First().Key.Draft);
        var bestLabel = pairs.GroupBy(p => p.Key.Draft).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Label, StringComparer.Ordinal).First().Key.Label);
        var merges = bestDraft.GroupBy(kv => kv.Value).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(kv => kv.Key).Order(StringComparer.Ordinal))}").ToList();
        var splits = bestLabel.GroupBy(kv => kv.Value).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(kv => kv.Key).Order(StringComparer.Ordinal))}").ToList();

        string Draft(string label) => map.GetValueOrDefault(label, $"(no draft for {label})");
        (int, int, int) Count<T>(string kind, Func<int, HashSet<T>> goldOf, Func<int, HashSet<T>> foundOf)
        {
            int g = 0, f = 0, c = 0;
            for (var i = 0; i < corpus.Count; i++)
            {
                var expected = goldOf(i);
                var got = foundOf(i);
                g += expected.Count;
                f += got.Count;
                c += got.Count(expected.Contains);
                foreach (var miss in expected.Except(got)) misses?.WriteLine($"  {corpus[i].Found.Report}: missed {kind} {miss}");
                foreach (var extra in got.Except(expected)) misses?.WriteLine($"  {corpus[i].Found.Report}: extra {kind} {extra}");
            }
            return (g, f, c);
        }
        var triples = Count("triple", i => gold[i].Stances.Select(s => (s.Item1, s.Item2, Draft(s.Item3))).ToHashSet(), i => found[i].Stances);
        var votes = Count("vote", i => gold[i].Votes.Select(v => (Draft(v.Label), v.Item2)).ToHashSet(), i => found[i].Votes);
        var ballots = Count("ballot", i => gold[i].Ballots.Select(b => (b.Item1, b.Item2, Draft(b.Label))).ToHashSet(), i => found[i].Ballots);
        return new DraftScores([Make("triples", triples), Make("votes", votes), Make("ballots", ballots)], map, merges, splits);
    }

    private static Score Make(string kind, (int Gold, int Found, int Correct) c) =>
        new(kind, c.Gold, c.Found, c.Correct, Bars[kind].Precision, Bars[kind].Recall);
}
