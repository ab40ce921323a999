namespace Graph.Ingest;

/// <summary>A paragraph (one line of text), and whether it is page furniture rather than news.</summary>
public sealed record Paragraph(TextSpan Span, bool IsFurniture);
