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
