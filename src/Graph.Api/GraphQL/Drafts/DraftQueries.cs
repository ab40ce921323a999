namespace Graph.Api.GraphQL;

/// <summary>The root fields that find drafts.</summary>
internal static class DraftQueries
{
    public static void AddDraftQueries(this ObjectGraphType query)
    {
        query.Field<DraftType>("draft").With(Args.Id).Resolve().WithService<DraftLoader>().Resolve(ResolveDraft);
        query.Field<NonNullGraphType<DraftConnectionType>>("drafts")
            .With(Args.DraftKind).With(Args.Forum).With(Args.Search).With(Args.Subject).With(Args.DraftWhere).With(Args.DraftOrderBy).Paging()
            .Resolve().WithServices<IGraphStore, IDraftFinder>().ResolveAsync(ResolveDraftsAsync);
    }

    private static IDataLoaderResult<Draft?> ResolveDraft(IResolveFieldContext<object?> c, DraftLoader drafts) => drafts.Load(c.Get(Args.Id));

    // Without where or orderBy the fixed arguments read as they always did; with either, the draft finder answers, the fixed
    // arguments (but search, whose word matching is not a filter operator) joining the filter.
    private static async Task<object?> ResolveDraftsAsync(IResolveFieldContext<object?> c, IGraphStore store, IDraftFinder finder)
    {
        var page = c.Page();
        var where = DraftWhereInput.Draft(c.Get(Args.DraftWhere), Args.DraftWhere.Name);
        var orderBy = DraftOrderType.Read(c.Get(Args.DraftOrderBy));
        if (where is null && orderBy is null)
            return await store.FindDraftsAsync(new DraftFilter(c.Get(Args.DraftKind), c.Get(Args.Forum), c.Get(Args.Search), c.Get(Args.Subject)),
                page, c.CancellationToken);
        if (c.Get(Args.Search) is not null)
            throw new GraphException(ErrorCodes.BadUserInput, "'search' cannot be combined with 'where' or 'orderBy': use where: { title_CONTAINS: ... }.");
        var fixedArgs = new DraftWhere { Kind = c.Get(Args.DraftKind), ForumId = c.Get(Args.Forum), SubjectId = c.Get(Args.Subject) };
        var combined = fixedArgs == new DraftWhere() ? where : new DraftWhere { And = where is null ? [fixedArgs] : [fixedArgs, where] };
        return await finder.QueryDraftsAsync(new DraftQuery(combined, orderBy), page, c.CancellationToken);
    }
}
