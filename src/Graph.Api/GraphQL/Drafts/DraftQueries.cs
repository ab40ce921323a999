namespace Graph.Api.GraphQL;

/// <summary>The root fields that find drafts.</summary>
internal static class DraftQueries
{
    public static void AddDraftQueries(this ObjectGraphType query)
    {
        query.Field<DraftType>("draft").With(Args.Id).Resolve().WithService<DraftLoader>().Resolve(ResolveDraft);
        query.Field<NonNullGraphType<DraftConnectionType>>("drafts")
            .With(Args.DraftKind).With(Args.Forum).With(Args.Search).With(Args.Subject).Paging()
            .Resolve().WithService<IGraphStore>().ResolveAsync(ResolveDraftsAsync);
    }

    private static IDataLoaderResult<Draft?> ResolveDraft(IResolveFieldContext<object?> c, DraftLoader drafts) => drafts.Load(c.Get(Args.Id));

    private static async Task<object?> ResolveDraftsAsync(IResolveFieldContext<object?> c, IGraphStore store) =>
        await store.FindDraftsAsync(new DraftFilter(c.Get(Args.DraftKind), c.Get(Args.Forum), c.Get(Args.Search), c.Get(Args.Subject)),
            c.Page(), c.CancellationToken);
}
