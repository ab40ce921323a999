using Graph.Core;

namespace Graph.Ingest;

/// <summary>A quotation or a piece of reported speech, with its speaker and where it was read.</summary>
public sealed record ExtractedStatement(TextSpan Span, StatementKind Kind, string Text, string SpeakerId, string? ViaId,
    DateOnly? Date, string Rule, double Confidence, IReadOnlyList<string> AboutActorIds, IReadOnlyList<int> AboutDrafts);
