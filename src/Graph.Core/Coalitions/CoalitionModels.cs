namespace Graph.Core.Coalitions;

public enum Side { Supports, Opposes, ProposesAlternative, NoStatedPosition }

/// <summary>An actor on one side of a draft, with the positions that put it there (their evidence included).</summary>
public sealed record SideMember(string ActorId, Side Side, IReadOnlyList<Position> Positions);

/// <summary>The sides of a draft as of a day: supporters (sponsors and backers), opposers, proposers of
/// alternatives, and members of the draft's forum with no stated position.</summary>
public sealed record DraftSides(string DraftId, DateOnly? AsOf, IReadOnlyList<SideMember> Members)
{
    public IEnumerable<SideMember> On(Side side) => Members.Where(m => m.Side == side);
}

/// <summary>How two actors line up: agreements minus disagreements on shared drafts, plus co-membership.</summary>
public sealed record AlignmentEdge(string A, string B, double Weight, int Agreements, int Disagreements, int SharedAlliances);

/// <summary>A group found on the alignment graph, named after its most aligned member (its anchor).</summary>
public sealed record Bloc(string Id, string Label, string AnchorId, IReadOnlyList<string> Members);

/// <summary>A declared alliance and which of the aligned actors belong to it in the same period.</summary>
public sealed record DeclaredAlliance(string AllianceId, IReadOnlyList<string> Members);

public sealed record Alignment(DateOnly? From, DateOnly? To, IReadOnlyList<string> ActorIds, IReadOnlyList<string> DraftIds,
    IReadOnlyList<AlignmentEdge> Edges, IReadOnlyList<Bloc> Blocs, double Modularity, IReadOnlyList<DeclaredAlliance> Alliances)
{
    public Bloc? BlocOf(string actorId) => Blocs.FirstOrDefault(b => b.Members.Contains(actorId));
}

/// <summary>The blocs as of one day.</summary>
public sealed record BlocSnapshot(DateOnly Date, IReadOnlyList<Bloc> Blocs);

/// <summary>An actor whose bloc changed between two snapshots (FromBlocId null: it entered the picture).</summary>
public sealed record BlocMove(DateOnly Date, string ActorId, string? FromBlocId, string? ToBlocId);

public sealed record BlocTimeline(IReadOnlyList<BlocSnapshot> Snapshots, IReadOnlyList<BlocMove> Moves);
