using Graph.Core;

namespace Graph.Ingest;

/// <summary>An actor's stance on one of the report's drafts (<see cref="DraftIndex"/> into <see cref="ExtractedReport.Drafts"/>;
/// <see cref="Draft"/> is its kind), with the sentence that states it.</summary>
public sealed record ExtractedStance(string ActorId, Stance Stance, DraftKind Draft, TextSpan Evidence, string Rule, double Confidence, int DraftIndex);
