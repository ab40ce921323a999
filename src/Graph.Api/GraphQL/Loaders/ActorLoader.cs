namespace Graph.Api.GraphQL;

/// <summary>Actors by id, all of a level in one call.</summary>
public sealed class ActorLoader(IGraphStore store) : BatchLoader<string, Actor>
{
    protected override async Task<IReadOnlyDictionary<string, Actor>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Rows.ById(await store.GetActorsAsync(ids, ct), a => a.Id);
}
