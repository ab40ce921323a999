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
}

/// <summary>A vote the report tells of: on which of its drafts, when, the result and the tally where given, and the members' ballots it names.</summary>
public sealed record ExtractedVote(int Draft, DateOnly? Date, VoteResult Result, int? Yes, int? No, int? Abstain, TextSpan Evidence,
    string Rule, IReadOnlyList<ExtractedBallot> Ballots)
{
    /// <summary>Adopted with no vote against and no abstention.</summary>
    public bool Unanimous => Result == VoteResult.Adopted && No == 0 && Abstain == 0;
    /// <summary>States the sentences telling of the vote name ("Qatar and Indonesia had sought changes before the vote").</summary>
    public IReadOnlyList<string> Named { get; init; } = [];
}

public sealed record ExtractedBallot(string ActorId, BallotChoice Choice, bool Veto, TextSpan Evidence);
