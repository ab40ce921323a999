namespace Graph.Api.GraphQL;

/// <summary>Alliances by id, all of a level in one call.</summary>
public sealed class AllianceLoader(IGraphStore store) : BatchLoader<string, Alliance>
{
    protected override async Task<IReadOnlyDictionary<string, Alliance>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Rows.ById(await store.GetAlliancesAsync(ids, ct), a => a.Id);
}
