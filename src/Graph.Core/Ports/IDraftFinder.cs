namespace Graph.Core;

/// <summary>Drafts by a filter tree, in an order, a page at a time; and per-draft counts of positions (ballots as positions included).</summary>
public interface IDraftFinder
{
    Task<Page<Draft>> QueryDraftsAsync(DraftQuery query, PageRequest page, CancellationToken ct = default);

    /// <summary>How many positions of each draft match (every draft asked for has a count, 0 included), in one round trip.</summary>
    Task<IReadOnlyDictionary<string, int>> CountPositionsAsync(IReadOnlyCollection<string> draftIds, PositionWhere? where, CancellationToken ct = default);
}
