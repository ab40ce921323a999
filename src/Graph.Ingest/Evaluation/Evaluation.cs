using System.Text.Json;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>
/// Compares what the extractor reads in a report with its gold annotation. Actors match by name or
/// alias (ignoring case, accents and punctuation); stances compare who holds them (a person's stance
/// is that of the state they speak for) and of what kind of draft; quotes compare their text and
/// speaker; reported speech, that the gold's words are inside what was read; mentions and dates,
/// their text and referent, occurrence for occurrence.
/// </summary>
public static class Evaluation
{
    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The bars of issue 4's acceptance; kinds without bars are reported only.</summary>
    public static readonly IReadOnlyDictionary<string, (double? Precision, double? Recall)> Bars = new Dictionary<string, (double?, double?)>
    {
        ["mentions"] = (0.90, 0.90),
        ["quotes"] = (0.95, 0.90),
        ["stances"] = (0.85, 0.75),
        ["reported"] = (null, null),
        ["dates"] = (null, null),
    };

    public static GoldReport LoadGold(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<GoldReport>(stream, CaseInsensitive)
            ?? throw new InvalidDataException($"{path} is empty.");
    }

    public static ReportMetadata Metadata(GoldReport gold) =>
        new(gold.Outlet, gold.Title, gold.Date is { } d ? DateParsing.Parse(d, "date") : null);

    public static IReadOnlyList<Score> Score(GoldReport gold, ExtractedReport found, TextWriter? misses = null)
    {
        var actors = found.Actors;
        bool Is(string actorId, string goldName) => actors.TryGetValue(actorId, out var a) && Names(a).Contains(Key(goldName));

        var mentions = Match("mention", gold.Mentions ?? [], found.Mentions,
            (g, f) => MentionKey(g.Text) == MentionKey(f.Text) && Is(f.ActorId, g.Actor), misses);
        var quotes = found.Statements.Where(s => s.Kind == StatementKind.Quote).ToList();
        var quoteScore = Match("quote", gold.Quotes ?? [], quotes, (g, f) => SameQuote(g.Quote, f.Text) && Is(f.SpeakerId, g.Speaker), misses);
        var reported = found.Statements.Where(s => s.Kind == StatementKind.Paraphrase).ToList();
        var reportedScore = Match("reported", gold.Reported ?? [], reported,
            (g, f) => Key(f.Text).Contains(Key(g.Text), StringComparison.Ordinal) && Is(f.SpeakerId, g.Speaker), misses);
        var dates = Match("date", gold.Dates ?? [], found.Dates, (g, f) => Key(g.Text) == Key(f.Text) && g.Date == f.Value, misses);

        // Stances: both sides as (holder, stance, draft kind) sets, people replaced by whom they speak for.
        string Holder(string name)
        {
            var actor = actors.Values.FirstOrDefault(a => Names(a).Contains(Key(name)));
            if (actor?.Kind == ActorKind.Person && actor.RepresentsId is { } state && actors.TryGetValue(state, out var s)) return Key(s.Name);
            return actor is null ? Key(name) : Key(actor.Name);
        }
        var goldStances = Subsume((gold.Stances ?? []).Select(s => (Holder(s.Actor), s.Stance.ToUpperInvariant(), s.Draft.ToUpperInvariant())));
        var foundStances = Subsume(found.Stances.Select(s => (Key(actors[s.ActorId].Name), EnumNames.ToName(s.Stance), EnumNames.ToName(s.Draft))));
        var stanceCorrect = foundStances.Count(goldStances.Contains);
        foreach (var s in goldStances.Except(foundStances)) misses?.WriteLine($"  missed stance {s}");
        foreach (var s in foundStances.Except(goldStances)) misses?.WriteLine($"  extra stance {s}");

        // A kind the gold file does not annotate (the which-draft corpus annotates drafts, stances and votes only) is not scored.
        return new (string Kind, bool Annotated, (int, int, int) Counts)[]
        {
            ("mentions", gold.Mentions is not null, mentions),
            ("quotes", gold.Quotes is not null, quoteScore),
            ("reported", gold.Reported is not null, reportedScore),
            ("stances", gold.Stances is not null, (goldStances.Count, foundStances.Count, stanceCorrect)),
            ("dates", gold.Dates is not null, dates),
        }.Where(k => k.Annotated).Select(k => Make(k.Kind, k.Counts)).ToList();
    }

    private static Score Make(string kind, (int Gold, int Found, int Correct) counts) =>
        new(kind, counts.Gold, counts.Found, counts.Correct, Bars[kind].Precision, Bars[kind].Recall);

    /// <summary>A sponsor is not also counted as backing the same draft.</summary>
    internal static HashSet<(string, string, string)> Subsume(IEnumerable<(string Actor, string Stance, string Draft)> stances)
    {
        var set = stances.ToHashSet();
        set.RemoveWhere(s => s.Stance == "BACKS" && set.Contains((s.Actor, "SPONSORS", s.Draft)));
        return set;
    }

    /// <summary>Greedy one-to-one matching; returns (gold, found, matched).</summary>
    private static (int, int, int) Match<TGold, TFound>(string kind, IReadOnlyList<TGold> gold, IReadOnlyList<TFound> found,
        Func<TGold, TFound, bool> agree, TextWriter? misses)
    {
        var used = new bool[found.Count];
        var correct = 0;
        foreach (var g in gold)
        {
            for (var i = 0; i < found.Count; i++)
            {
                if (used[i] || !agree(g, found[i])) continue;
                used[i] = true;
                correct++;
                goto next;
            }
            misses?.WriteLine($"  missed {kind} {g}");
        next:;
        }
        for (var i = 0; i < found.Count; i++)
            if (!used[i]) misses?.WriteLine($"  extra {kind} {found[i]}");
        return (gold.Count, found.Count, correct);
    }

    internal static HashSet<string> Names(KnownActor actor) => new[] { actor.Name }.Concat(actor.Aliases).Select(Key).ToHashSet();

    /// <summary>How names compare: case, accents and punctuation aside.</summary>
    public static string Key(string text) => ActorIndex.Normalize(text);

    // "Mr. Hu" and "Hu", "the North" and "North" name the same way.
    private static string MentionKey(string text)
    {
        var key = Key(text);
        foreach (var prefix in new[] { "mr ", "mrs ", "ms ", "dr ", "the " })
            if (key.StartsWith(prefix, StringComparison.Ordinal)) key = key[prefix.Length..];
        return key;
    }

    private static bool SameQuote(string gold, string found)
    {
        var (g, f) = (Key(gold), Key(found));
        if (g == f) return true;
        var (shorter, longer) = g.Length <= f.Length ? (g, f) : (f, g);
        return longer.Contains(shorter, StringComparison.Ordinal) && shorter.Length >= 0.8 * longer.Length;
    }
}
