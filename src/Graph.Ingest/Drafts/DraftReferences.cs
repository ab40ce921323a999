using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>
/// Which of a report's drafts each mention of a draft speaks of. A mention that names an owner ("Japan's draft", "the
/// Chinese-Russian proposal", "the text, put forward by France") is the draft of that owner; "a rival text" or "their own
/// draft" is another draft than the one in play; "earlier versions" what it replaced; a plain "the draft" or "the
/// resolution" is the draft of its kind the sentence or the one before last spoke of, else the report's first. A mention
/// with a number ("Resolution 1718") or a subject ("on Iran") never joins a draft with another.
/// </summary>
internal static class DraftReferences
{
    public sealed record Resolved(List<ReportDraft> Drafts, Dictionary<DraftMention, int> DraftOf, string? SubjectId);

    private sealed class Building(int index, DraftKind kind, DraftTraits traits)
    {
        public int Index { get; } = index;
        public DraftKind Kind { get; } = kind;
        public DraftTraits Traits { get; set; } = traits;
        public List<DraftMention> Mentions { get; } = [];
        public List<string> Owners { get; } = [];
        public List<string> Groups { get; } = [];
        public string? Subject { get; set; }
        public string? Forum { get; set; }
        public string? Number { get; set; }
        public int? AlternativeTo { get; set; }
        public int? RevisedBy { get; set; }
        public int LastSentence { get; set; }
    }

    public static Resolved Resolve(Document doc, IReadOnlyList<MaskedSentence> sentences, CancellationToken ct)
    {
        var subject = ReportScope.Subject(doc, sentences, ct);
        var drafts = new List<Building>();
        var of = new Dictionary<DraftMention, int>();
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested();
            foreach (Match p in MaskedSentence.DraftPlaceholder().Matches(sentence.Text))
            {
                ct.ThrowIfCancellationRequested();
                var mention = sentence.Drafts[int.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture)];
                var features = MentionFeatures.Read(doc, sentence, p, subject);
                var draft = Choose(drafts, mention, features, sentence.Index);
                if (draft is null)
                {
                    draft = new Building(drafts.Count, mention.Kind, features.Traits & (DraftTraits.Rival | DraftTraits.Earlier)
                        | (features.Past ? DraftTraits.Recalled : DraftTraits.None));
                    var primary = Primary(drafts, mention.Kind);
                    if (primary is not null && draft.Traits.HasFlag(DraftTraits.Earlier)) draft.RevisedBy = primary.Index;
                    // Another owner's draft on the same matter is an alternative to the one in play; a rival only if the words say so.
                    else if (primary is not null && (draft.Traits.HasFlag(DraftTraits.Rival) || features.Owners.Count + features.Groups.Count > 0)
                        && Compatible(primary.Subject, features.Subject))
                        draft.AlternativeTo = primary.Index;
                    drafts.Add(draft);
                }
                Merge(draft, features, sentence.Index);
                draft.Mentions.Add(mention);
                of[mention] = draft.Index;
            }
        }
        // A rival named before the draft it rivals ("China tabled its own text ... Japan's draft") rivals the report's first other draft.
        foreach (var rival in drafts.Where(d => d.Traits.HasFlag(DraftTraits.Rival) && d.AlternativeTo is null))
            rival.AlternativeTo = drafts.FirstOrDefault(d => d != rival && d.Kind == rival.Kind && ReportDraft.InPlay(d.Traits)
                && Compatible(d.Subject, rival.Subject))?.Index;
        var reportForum = ReportScope.Forum(doc);
        return new Resolved(drafts.Select(d => new ReportDraft(d.Index, d.Kind, d.Mentions, d.Owners, d.Groups, d.Subject ?? subject,
            d.Forum ?? reportForum, d.Traits, d.Number) { AlternativeTo = d.AlternativeTo, RevisedBy = d.RevisedBy }).ToList(), of, subject);
    }

    /// <summary>The draft an existing entry of the report that the mention speaks of, or null for a new one.</summary>
    private static Building? Choose(List<Building> drafts, DraftMention mention, MentionFeatures f, int sentence)
    {
        var mine = drafts.Where(d => d.Kind == mention.Kind && Compatible(d.Subject, f.Subject) && Compatible(d.Number, f.Number)
            && Compatible(d.Forum, f.Forum)).ToList();
        if (f.Traits.HasFlag(DraftTraits.Earlier)) return mine.FirstOrDefault(d => d.Traits.HasFlag(DraftTraits.Earlier));
        mine.RemoveAll(d => d.Traits.HasFlag(DraftTraits.Earlier));
        if (f.Number is not null && mine.FirstOrDefault(d => d.Number == f.Number) is { } numbered) return numbered;
        if (f.Number is not null && f.Past) return null; // a resolution of the past the report recalls is not the draft in play
        if (f.Owners.Count + f.Groups.Count > 0)
        {
            var owned = mine.FirstOrDefault(d => d.Owners.Intersect(f.Owners).Any() || d.Groups.Intersect(f.Groups).Any());
            if (owned is not null) return owned;
            // "a rival text ... Russia's draft": the rival the report had not yet given an owner.
            if (mine.LastOrDefault(d => d.Traits.HasFlag(DraftTraits.Rival) && d is { Owners.Count: 0, Groups.Count: 0 }) is { } rival) return rival;
            if (f.Traits.HasFlag(DraftTraits.Rival)) return null;
            // "a resolution ... The draft, put forward by France": the unowned draft in play takes its owners.
            var focus = mine.Where(d => d.LastSentence >= sentence - 1).MaxBy(d => d.LastSentence);
            if (focus is { Owners.Count: 0, Groups.Count: 0 } && !focus.Traits.HasFlag(DraftTraits.Rival)) return focus;
            var unowned = mine.FirstOrDefault(d => d is { Owners.Count: 0, Groups.Count: 0 } && !d.Traits.HasFlag(DraftTraits.Rival));
            return unowned is not null && mine.All(d => d == unowned || d.Owners.Count + d.Groups.Count == 0) ? unowned : null;
        }
        if (f.Traits.HasFlag(DraftTraits.Rival))
            return mine.LastOrDefault(d => d.Traits.HasFlag(DraftTraits.Rival));
        if (mine.Where(d => d.LastSentence == sentence).LastOrDefault() is { } here) return here;
        // Of the drafts the sentence before named, the one named by the same word ("the resolution"), else the first it named.
        var before = mine.Where(d => d.LastSentence == sentence - 1).ToList();
        if ((before.FirstOrDefault(d => d.Mentions.Any(m => m.Term == mention.Term)) ?? before.FirstOrDefault()) is { } previous) return previous;
        return Primary(mine, mention.Kind) ?? mine.LastOrDefault();
    }

    private static Building? Primary(IEnumerable<Building> drafts, DraftKind kind) =>
        drafts.FirstOrDefault(d => d.Kind == kind && ReportDraft.InPlay(d.Traits));

    private static bool Compatible(string? a, string? b) => a is null || b is null || a == b;

    private static void Merge(Building d, MentionFeatures f, int sentence)
    {
        foreach (var o in f.Owners.Concat(f.Added)) if (!d.Owners.Contains(o)) d.Owners.Add(o);
        foreach (var g in f.Groups) if (!d.Groups.Contains(g)) d.Groups.Add(g);
        d.Subject ??= f.Subject;
        d.Forum ??= f.Forum;
        d.Number ??= f.Number;
        d.Traits |= f.Traits & DraftTraits.Revised;
        d.LastSentence = sentence;
    }

}
