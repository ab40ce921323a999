namespace Graph.Ingest;

/// <summary>A name in the text and the actor it refers to.</summary>
public sealed record GoldMention(string Text, string Actor);
/// <summary>A date expression and the day (YYYY-MM-DD) or week it resolves to.</summary>
public sealed record GoldDate(string Text, string Date);
