namespace Graph.Core.Coalitions;

/// <summary>A group found on the alignment graph, named after its most aligned member (its anchor).</summary>
public sealed record Bloc(string Id, string Label, string AnchorId, IReadOnlyList<string> Members);

/// <summary>A declared alliance and which of the aligned actors belong to it in the same period.</summary>
public sealed record DeclaredAlliance(string AllianceId, IReadOnlyList<string> Members);
