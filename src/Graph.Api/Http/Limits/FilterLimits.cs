namespace Graph.Api.Http.Limits;

/// <summary>
/// The bounds on a <c>where</c> filter, said once and checked while the argument is read, before any store work: each
/// condition is a clause of one SQL statement (and each relationship filter a correlated subquery), so the tree's size is
/// the statement's. A refusal is <c>BAD_USER_INPUT</c> naming the bound and where it was passed.
/// </summary>
public sealed class FilterLimits
{
    /// <summary>AND / OR / NOT nested in one another: <c>{ NOT: { OR: [{ ... }] } }</c> is 3 deep.</summary>
    public const int MaxDepth = 6;

    /// <summary>Filter objects in the whole tree, relationship filters included.</summary>
    public const int MaxNodes = 64;

    /// <summary>Items of one <c>_IN</c> list.</summary>
    public const int MaxInItems = 100;

    /// <summary>Relationship filters (<c>positions_SOME</c> and the like, <c>positionsAggregate</c>, <c>history_*</c>) in one tree.</summary>
    public const int MaxRelationshipFilters = 8;

    private readonly string argument;
    private int nodes, relationships;

    public FilterLimits(string argument) => this.argument = argument;

    /// <summary>One more filter object at this depth (1 for the argument itself).</summary>
    public void Node(int depth, string path)
    {
        if (depth > MaxDepth)
            throw Refused($"'{argument}' nests AND / OR / NOT {depth} deep at {path}; at most {MaxDepth}");
        if (++nodes > MaxNodes)
            throw Refused($"'{argument}' has more than {MaxNodes} filter objects (at {path})");
    }

    public void Relationship(string path)
    {
        if (++relationships > MaxRelationshipFilters)
            throw Refused($"'{argument}' has more than {MaxRelationshipFilters} relationship filters (at {path})");
    }

    public void List(int count, string path)
    {
        if (count > MaxInItems)
            throw Refused($"'{argument}' lists {count} values in {path}; at most {MaxInItems}");
    }

    private static GraphException Refused(string what) => new(ErrorCodes.BadUserInput, what + ": ask in smaller requests.");
}
