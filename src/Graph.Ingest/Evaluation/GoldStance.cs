namespace Graph.Ingest;

/// <summary>A stance; <see cref="Label"/> names the draft across the corpus (see <see cref="GoldDraft"/>).</summary>
public sealed record GoldStance(string Actor, string Stance, string Draft, string? Label = null);
