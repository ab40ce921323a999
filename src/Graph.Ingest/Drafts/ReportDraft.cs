using Graph.Core;

namespace Graph.Ingest;

/// <summary>What the words around a draft's mention say of it.</summary>
[Flags]
public enum DraftTraits
{
    None = 0,
    /// <summary>"a rival text", "their own draft", "an alternative resolution": another draft than the one in play.</summary>
    Rival = 1,
    /// <summary>"the revised text", "a softened draft": the same draft, changed.</summary>
    Revised = 2,
    /// <summary>"earlier versions", "the original draft": what the draft in play replaced.</summary>
    Earlier = 4,
    /// <summary>"voted last month for Resolution 1970": a resolution of the past the report recalls, known by its number only.</summary>
    Recalled = 8,
}

/// <summary>
/// One draft a report speaks of, under every name it gives it ("Japan's draft", "the text", "the resolution"): its kind, who
/// owns it (from the mentions and from the sponsor's and proposer's stances), what it is about, where, its number where the
/// report gives one ("Resolution 1718"), and how it stands to the report's other drafts.
/// </summary>
public sealed record ReportDraft(int Index, DraftKind Kind, IReadOnlyList<DraftMention> Mentions, IReadOnlyList<string> Owners,
    IReadOnlyList<string> OwnerGroups, string? SubjectId, string? ForumId, DraftTraits Traits, string? Number)
{
    /// <summary>The draft this one is a rival of, or the one that revises this earlier version (indexes into the report's drafts).</summary>
    public int? AlternativeTo { get; init; }
    public int? RevisedBy { get; init; }
    public DraftMention First => Mentions[0];

    /// <summary>Whether a draft with these traits is the one in play: neither a rival nor an earlier version.</summary>
    public static bool InPlay(DraftTraits traits) => (traits & (DraftTraits.Rival | DraftTraits.Earlier)) == 0;

    /// <summary>The report's first resolution in play: what a lede's "voted to ..." is about, and what an approach proposed beside
    /// it is an alternative to.</summary>
    public static ReportDraft? PrimaryResolution(IEnumerable<ReportDraft> drafts) =>
        drafts.FirstOrDefault(d => d.Kind == DraftKind.Resolution && InPlay(d.Traits));
}

/// <summary>A draft named in the text, by kind; which draft it names is <see cref="ExtractedReport.Drafts"/>' business.</summary>
public sealed record DraftMention(TextSpan Span, DraftKind Kind, int Sentence)
{
    /// <summary>The word the report named it by, lower case ("resolution", "text"), for telling which of several a later one is.</summary>
    public string Term { get; init; } = "";
}
