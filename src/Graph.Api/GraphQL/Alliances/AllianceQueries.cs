namespace Graph.Api.GraphQL;

/// <summary>The root fields that find alliances.</summary>
internal static class AllianceQueries
{
    public static void AddAllianceQueries(this ObjectGraphType query)
    {
        query.Field<AllianceType>("alliance").With(Args.Id).Resolve().WithService<AllianceLoader>().Resolve(ResolveAlliance);
        query.Field<NonNullGraphType<AllianceConnectionType>>("alliances")
            .With(Args.AllianceKind).With(Args.Search).Paging()
            .Resolve().WithService<IGraphStore>().ResolveAsync(ResolveAlliancesAsync);
    }

    private static IDataLoaderResult<Alliance?> ResolveAlliance(IResolveFieldContext<object?> c, AllianceLoader alliances) => alliances.Load(c.Get(Args.Id));

    private static async Task<object?> ResolveAlliancesAsync(IResolveFieldContext<object?> c, IGraphStore store) =>
        await store.FindAlliancesAsync(new AllianceFilter(c.Get(Args.AllianceKind), c.Get(Args.Search)), c.Page(), c.CancellationToken);
}
