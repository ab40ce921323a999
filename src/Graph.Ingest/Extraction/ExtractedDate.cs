namespace Graph.Ingest;

/// <summary>A date expression and what it resolves to: a day (YYYY-MM-DD) or an ISO week (YYYY-Www).</summary>
public sealed record ExtractedDate(TextSpan Span, string Text, string Value, DateOnly? Day);
