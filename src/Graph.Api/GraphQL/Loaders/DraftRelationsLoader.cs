namespace Graph.Api.GraphQL;

/// <summary>Relations with the draft at either end, listed under both ends.</summary>
public sealed class DraftRelationsLoader(IGraphStore store) : BatchLoader<string, IReadOnlyList<DraftRelation>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<DraftRelation>>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        var wanted = ids.ToHashSet();
        var relations = await store.GetDraftRelationsAsync(ids, ct);
        return relations.SelectMany(r => new[] { (r.FromId, r), (r.ToId, r) }.Distinct())
            .Where(x => wanted.Contains(x.Item1))
            .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => (IReadOnlyList<DraftRelation>)g.Select(x => x.r).ToList());
    }
}
