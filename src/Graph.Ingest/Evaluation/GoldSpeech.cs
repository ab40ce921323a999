namespace Graph.Ingest;

/// <summary>A quotation and its speaker.</summary>
public sealed record GoldQuote(string Quote, string Speaker);
/// <summary>Reported speech: words the extracted statement must hold, and its speaker.</summary>
public sealed record GoldReported(string Text, string Speaker);
