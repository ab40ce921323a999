namespace Graph.Api.GraphQL;

/// <summary>The root fields that find actors.</summary>
internal static class ActorQueries
{
    public static void AddActorQueries(this ObjectGraphType query)
    {
        query.Field<ActorType>("actor").With(Args.Id).Resolve().WithService<ActorLoader>().Resolve(ResolveActor);
        query.Field<NonNullGraphType<ActorConnectionType>>("actors")
            .Description("Actors by kind and by a search on name and aliases (capitals, demonyms, misspellings), by name; or by a filter, in an order.")
            .With(Args.ActorKind).With(Args.Search).With(Args.ActorWhere).With(Args.ActorOrderBy).Paging()
            .Resolve().WithServices<IGraphStore, IActorFinder>().ResolveAsync(ResolveActorsAsync);
    }

    private static IDataLoaderResult<Actor?> ResolveActor(IResolveFieldContext<object?> c, ActorLoader actors) => actors.Load(c.Get(Args.Id));

    // Without where or orderBy the fixed arguments read as they always did; with either, the actor finder answers, kind
    // joining the filter (search, whose folded matching of aliases is not a filter operator, is refused beside them).
    private static async Task<object?> ResolveActorsAsync(IResolveFieldContext<object?> c, IGraphStore store, IActorFinder finder)
    {
        var page = c.Page();
        var where = ActorWhereInput.Actor(c.Get(Args.ActorWhere), Args.ActorWhere.Name);
        var orderBy = ActorOrderType.Read(c.Get(Args.ActorOrderBy));
        if (where is null && orderBy is null)
            return await store.FindActorsAsync(new ActorFilter(c.Get(Args.ActorKind), c.Get(Args.Search)), page, c.CancellationToken);
        if (c.Get(Args.Search) is not null)
            throw new GraphException(ErrorCodes.BadUserInput, "'search' cannot be combined with 'where' or 'orderBy': use where: { name_CONTAINS: ... }.");
        var combined = c.Get(Args.ActorKind) is { } kind ? new ActorWhere { And = where is null ? [new() { Kind = kind }] : [new() { Kind = kind }, where] } : where;
        return await finder.QueryActorsAsync(new ActorQuery(combined, orderBy), page, c.CancellationToken);
    }
}
