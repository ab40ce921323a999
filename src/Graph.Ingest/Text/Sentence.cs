namespace Graph.Ingest;

/// <summary>A sentence. Sentences are never split inside a quotation, so a quote and its attribution share one.</summary>
public sealed record Sentence(TextSpan Span, int Paragraph);
