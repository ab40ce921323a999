using Graph.Core;

namespace Graph.Ingest;

/// <summary>A name in the text that refers to an actor.</summary>
public sealed record ExtractedMention(TextSpan Span, string Text, string ActorId, MentionKind Kind, double Confidence);

/// <summary>A quotation or a piece of reported speech, with its speaker and where it was read.</summary>
public sealed record ExtractedStatement(TextSpan Span, StatementKind Kind, string Text, string SpeakerId, string? ViaId,
    DateOnly? Date, string Rule, double Confidence, IReadOnlyList<string> AboutActorIds, IReadOnlyList<int> AboutDrafts);

/// <summary>An actor's stance on one of the report's drafts (<see cref="DraftIndex"/> into <see cref="ExtractedReport.Drafts"/>;
/// <see cref="Draft"/> is its kind), with the sentence that states it.</summary>
public sealed record ExtractedStance(string ActorId, Stance Stance, DraftKind Draft, TextSpan Evidence, string Rule, double Confidence, int DraftIndex);

/// <summary>A date expression and what it resolves to: a day (YYYY-MM-DD) or an ISO week (YYYY-Www).</summary>
public sealed record ExtractedDate(TextSpan Span, string Text, string Value, DateOnly? Day);

/// <summary>A draft named in the text, by kind; which draft it names is <see cref="ExtractedReport.Drafts"/>' business.</summary>
public sealed record DraftMention(TextSpan Span, DraftKind Kind, int Sentence)
{
    /// <summary>The word the report named it by, lower case ("resolution", "text"), for telling which of several a later one is.</summary>
    public string Term { get; init; } = "";
}

/// <summary>A person read out of the text: where the name and title were, the title, and whom they speak for.</summary>
public sealed record PersonIntroduction(string PersonId, TextSpan Span, string? Title, string? RepresentsId, string Rule, double Confidence);

/// <summary>Everything the extractor read out of one report. Nothing here is written yet.</summary>
public sealed record ExtractedReport(
    Report Report,
    TextLayout Layout,
    IReadOnlyList<ExtractedMention> Mentions,
    IReadOnlyList<PersonIntroduction> People,
    IReadOnlyList<ExtractedStatement> Statements,
    IReadOnlyList<ExtractedStance> Stances,
    IReadOnlyList<DraftMention> DraftMentions,
    IReadOnlyList<ReportDraft> Drafts,
    IReadOnlyList<ExtractedVote> Votes,
    string? SubjectId,
    IReadOnlyList<ExtractedDate> Dates,
    IReadOnlyDictionary<string, KnownActor> Actors,
    IReadOnlyList<string> Notes);
