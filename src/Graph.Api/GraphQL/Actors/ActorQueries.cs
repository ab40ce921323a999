namespace Graph.Api.GraphQL;

/// <summary>The root fields that find actors.</summary>
internal static class ActorQueries
{
    public static void AddActorQueries(this ObjectGraphType query)
    {
        query.Field<ActorType>("actor").With(Args.Id).Resolve().WithService<ActorLoader>().Resolve(ResolveActor);
        query.Field<NonNullGraphType<ActorConnectionType>>("actors")
            .Description("Actors by kind and by a search on name and aliases (capitals, demonyms, misspellings), by name.")
            .With(Args.ActorKind).With(Args.Search).Paging()
            .Resolve().WithService<IGraphStore>().ResolveAsync(ResolveActorsAsync);
    }

    private static IDataLoaderResult<Actor?> ResolveActor(IResolveFieldContext<object?> c, ActorLoader actors) => actors.Load(c.Get(Args.Id));

    private static async Task<object?> ResolveActorsAsync(IResolveFieldContext<object?> c, IGraphStore store) =>
        await store.FindActorsAsync(new ActorFilter(c.Get(Args.ActorKind), c.Get(Args.Search)), c.Page(), c.CancellationToken);
}
