namespace Graph.Core.Coalitions;

public enum GraphScope { Draft, Neighbourhood, Window }

/// <summary>A node ready to draw: kind is the actor kind (STATE, PERSON...) or the label (DRAFT, ALLIANCE, STATEMENT, SOURCE).</summary>
public sealed record ViewNode(string Id, string Label, string Kind, string? BlocId, double Weight);

/// <summary>An edge ready to draw, in its stored direction; ALIGNED edges carry the signed alignment weight.</summary>
public sealed record ViewEdge(string Source, string Target, string Relation, double Weight, DateOnly? Since, DateOnly? Until)
{
    /// <summary>The sources of the facts the edge stands for, each once, in id order.</summary>
    public IReadOnlyList<string> SourceIds { get; init; } = [];

    /// <summary>The statements among that evidence, each once, in id order.</summary>
    public IReadOnlyList<string> StatementIds { get; init; } = [];

    /// <summary>This edge resting on the evidence given (in place of any it had).</summary>
    public ViewEdge WithEvidence(IEnumerable<Evidence> evidence)
    {
        var list = evidence.ToList();
        return this with
        {
            SourceIds = list.Select(e => e.SourceId).Distinct().Order(StringComparer.Ordinal).ToList(),
            StatementIds = list.Select(e => e.StatementId).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
        };
    }
}
