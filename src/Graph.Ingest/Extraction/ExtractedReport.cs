namespace Graph.Ingest;

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
