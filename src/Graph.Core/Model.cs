namespace Graph.Core;

// The graph's vocabulary. Enum members map to UPPER_SNAKE_CASE names in the data file,
// in the embedded store and in GraphQL (see EnumNames).

public enum NodeLabel { Actor, Draft, Statement, Alliance, Source }

public static class NodeLabels
{
    /// <summary>"an actor", "a draft": for messages that name what an id points to.</summary>
    public static string WithArticle(this NodeLabel label) =>
        label is NodeLabel.Actor or NodeLabel.Alliance ? $"an {label.ToString().ToLowerInvariant()}" : $"a {label.ToString().ToLowerInvariant()}";
}

public enum ActorKind { State, Person, Organization, Media }

public enum Stance { Sponsors, Backs, Opposes, Proposes }

public enum DraftKind { Resolution, PresidentialStatement, PressStatement, Proposal }

public enum DraftStatus { Proposed, Circulated, Revised, VotePostponed, PutToVote, Adopted, Vetoed, Withdrawn, Superseded }

public enum DraftRelationKind { Revises, AlternativeTo }

public enum VoteResult { Adopted, Failed, Vetoed }

/// <summary>How one member voted. A NO by a permanent member of the Security Council is a veto (<see cref="Ballot.Veto"/>).</summary>
public enum BallotChoice { Yes, No, Abstain, Absent }

public enum AllianceKind { StandingGroup, NegotiatingForum, Coalition, BodyMembership }

public enum StatementKind { Quote, Paraphrase }

public enum SourceKind { Report, Reference }

/// <summary>Where a fact comes from: a source, optionally the statement in it, and a short excerpt.</summary>
public sealed record Evidence(string SourceId, string? StatementId = null, string? Excerpt = null);

public sealed record Actor(string Id, ActorKind Kind, string Name, IReadOnlyList<string> Aliases, string? Description);

public sealed record Source(string Id, SourceKind Kind, string Title, string? OutletId, DateOnly? Date, string? Url, string? Document);

public sealed record Draft(string Id, DraftKind Kind, string Title, string? ForumId, string? Description)
{
    /// <summary>The actor (a state, usually) the draft is about: North Korea for a sanctions resolution on North Korea.
    /// Drafts about different subjects are never one draft (see the ingestor's draft matching).</summary>
    public string? SubjectId { get; init; }
}

public sealed record DraftStatusChange(string DraftId, DraftStatus Status, DateOnly? Date, Evidence Evidence);

public sealed record DraftRelation(string FromId, DraftRelationKind Kind, string ToId, Evidence Evidence);

public sealed record Alliance(string Id, AllianceKind Kind, string Name, string? Description)
{
    /// <summary>For a body membership: the body (an organization such as the Security Council) whose members these are.</summary>
    public string? BodyId { get; init; }
}

/// <summary>A vote on a draft on a day: its result and, where the record gives it, the tally (abstentions included).</summary>
public sealed record Vote(string Id, string DraftId, DateOnly? Date, VoteResult Result, int? Yes, int? No, int? Abstain,
    IReadOnlyList<Evidence> Evidence);

/// <summary>One member's ballot in a vote, with its evidence. <see cref="Veto"/>: a NO that blocked the draft on its own
/// (a permanent member's), as the record says.</summary>
public sealed record Ballot(string Id, string VoteId, string ActorId, BallotChoice Choice, bool Veto, IReadOnlyList<Evidence> Evidence);

/// <summary>A dated edge with evidence: a position, a membership or a role share this shape.</summary>
public interface IDatedFact
{
    string Id { get; }
    DateOnly? Since { get; }
    DateOnly? Until { get; }
    IReadOnlyList<Evidence> Evidence { get; }
}

public sealed record Position(string Id, string ActorId, string DraftId, Stance Stance, DateOnly? Since, DateOnly? Until,
    IReadOnlyList<Evidence> Evidence) : IDatedFact;

public sealed record Membership(string Id, string ActorId, string AllianceId, DateOnly? Since, DateOnly? Until,
    IReadOnlyList<Evidence> Evidence) : IDatedFact;

/// <summary>A person speaking for a state or organization in a role ("Foreign Minister").</summary>
public sealed record Role(string Id, string PersonId, string RepresentsId, string Title, DateOnly? Since, DateOnly? Until,
    IReadOnlyList<Evidence> Evidence) : IDatedFact;

/// <summary>
/// What an actor said or was reported to say. <see cref="Date"/> is when it was said, where the
/// report tells; <see cref="ReportedOn"/> is the source's date, used when it does not.
/// </summary>
public sealed record Statement(string Id, string SpeakerId, DateOnly? Date, DateOnly? ReportedOn, StatementKind Kind,
    string Text, string SourceId, string? ViaId, string? Setting, IReadOnlyList<string> AboutIds)
{
    public DateOnly? EffectiveDate => Date ?? ReportedOn;
}

/// <summary>An edge of the graph in its stored direction, as path search sees it.</summary>
public sealed record GraphEdge(string FromId, string Relation, string ToId);

public static class Dates
{
    /// <summary>Whether a fact holding from <paramref name="since"/> until <paramref name="until"/> holds on <paramref name="asOf"/>.
    /// An open start means "since before anything we know"; the end date is the first day it no longer holds.</summary>
    public static bool Holds(DateOnly? since, DateOnly? until, DateOnly? asOf) =>
        asOf is null || ((since is null || since <= asOf) && (until is null || until > asOf));

    /// <summary>Whether a fact dated since..until holds at some time between from and to (inclusive; open ends allowed).</summary>
    public static bool Overlaps(DateOnly? since, DateOnly? until, DateOnly? from, DateOnly? to) =>
        (to is null || since is null || since <= to) && (from is null || until is null || until > from);
}

/// <summary>Whether a node or fact was entered by people (curated) or read out of a report by the extractor.</summary>
public enum Origin { Curated, Extracted }

/// <summary>
/// Where the extractor read a node or fact: the report (a source), the span of the report's text
/// (UTF-16 offsets into the text as read, header included), the text of that span, a confidence in
/// [0, 1], and the rule that matched. <see cref="Created"/> says whether this extraction created the
/// subject; an extraction that only found an actor mentioned, or confirmed a fact already held,
/// does not, so curated facts stay curated.
/// </summary>
public sealed record Extraction(string SubjectId, string SourceId, int Start, int Length, string Text,
    double Confidence, string Rule, bool Created)
{
    public int End => Start + Length;
}

/// <summary>Which extractions to read: about one of the subjects, or from one of the sources (each a filter only where given);
/// those of a retracted subject only when asked for.</summary>
public sealed record ExtractionFilter(IReadOnlyCollection<string>? SubjectIds = null, IReadOnlyCollection<string>? SourceIds = null,
    bool IncludeRetracted = false);

/// <summary>
/// That a curator withdrew a position, membership, role or statement: why, who (as the caller described
/// themselves, and how they were let in) and when (UTC). A retracted fact is kept, never deleted, but every
/// list, search, count and view leaves it out unless asked to include it; reads by id still find it.
/// </summary>
public sealed record Retraction(string SubjectId, string Reason, string By, DateTimeOffset At);
