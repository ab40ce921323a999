namespace Graph.Core;

/// <summary>Where a fact comes from: a source, optionally the statement in it, and a short excerpt.</summary>
public sealed record Evidence(string SourceId, string? StatementId = null, string? Excerpt = null);

/// <summary>A dated edge with evidence: a position, a membership or a role share this shape.</summary>
public interface IDatedFact
{
    string Id { get; }
    DateOnly? Since { get; }
    DateOnly? Until { get; }
    IReadOnlyList<Evidence> Evidence { get; }
}
