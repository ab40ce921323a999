namespace Graph.Api.GraphQL;

/// <summary>
/// The positions that count (ballots as positions included) of an actor on a draft that match a filter, for every (actor,
/// draft) pair of a level in one store call: the pairs' actors, on the pairs' drafts, sorted back into pairs here.
/// </summary>
public sealed class SameDraftPositionsLoader(IActorFinder actors) : KeyedLoader<PositionCountLoader.Filter, IReadOnlyList<Position>>
{
    /// <summary>The pair of a position: ids are slugs, so a line break never occurs in one.</summary>
    public static string Key(Position p) => $"{p.ActorId}\n{p.DraftId}";

    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FetchAsync(IReadOnlyList<string> keys,
        PositionCountLoader.Filter args, CancellationToken ct)
    {
        var pairs = keys.Select(k => k.Split('\n')).ToList();
        var drafts = pairs.Select(p => p[1]).Distinct().ToList();
        // Only the pairs' drafts, and of those only the ones the filter's own list names, if it has one.
        var where = (args.Where ?? new PositionWhere()) with { DraftIdIn = args.Where?.DraftIdIn is { } named ? drafts.Intersect(named).ToList() : drafts };
        var found = await actors.FindPositionsAsync(pairs.Select(p => p[0]).Distinct().ToList(), where, ct);
        return found.Values.SelectMany(p => p).GroupBy(Key).ToDictionary(g => g.Key, g => (IReadOnlyList<Position>)g.ToList());
    }
}
