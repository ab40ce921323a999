namespace Graph.Core.Coalitions;

/// <summary>How two actors line up: agreements minus disagreements on shared drafts, plus co-membership.</summary>
public sealed record AlignmentEdge(string A, string B, double Weight, int Agreements, int Disagreements, int SharedAlliances);

public sealed record Alignment(DateOnly? From, DateOnly? To, IReadOnlyList<string> ActorIds, IReadOnlyList<string> DraftIds,
    IReadOnlyList<AlignmentEdge> Edges, IReadOnlyList<Bloc> Blocs, double Modularity, IReadOnlyList<DeclaredAlliance> Alliances)
{
    public Bloc? BlocOf(string actorId) => Blocs.FirstOrDefault(b => b.Members.Contains(actorId));
}
