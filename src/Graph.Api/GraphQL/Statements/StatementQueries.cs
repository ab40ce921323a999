namespace Graph.Api.GraphQL;

/// <summary>The root fields that find statements and the sources they come from.</summary>
internal static class StatementQueries
{
    public static void AddStatementQueries(this ObjectGraphType query)
    {
        query.Field<StatementType>("statement").With(Args.Id).Resolve().WithService<StatementLoader>().Resolve(ResolveStatement);
        query.Field<NonNullGraphType<StatementConnectionType>>("statements")
            .Description("Statements, newest first, by speaker, subject, date window (inclusive, on the date said or else reported) and words in the text. " +
                $"A search for words alone counts and lists at most {StatementFilter.MaxSearchCount} matches: totalCount stops there. " +
                $"A search looks for at most {SearchWords.MaxWords} different words. With 'where' or 'orderBy' the fixed arguments and the " +
                "search join the filter, and totalCount is counted only when asked for.")
            .With(Args.Speaker).With(Args.About).With(Args.From).With(Args.To)
            .With(Args.Search).Paging().With(Args.IncludeRetracted).With(Args.StatementWhere).With(Args.StatementOrderBy)
            .Resolve().WithServices<IGraphStore, IStatementFinder>().ResolveAsync(ResolveStatementsAsync);
        query.Field<SourceType>("source").With(Args.Id).Resolve().WithService<SourceLoader>().Resolve(ResolveSource);
        query.Field<NonNullGraphType<SourceConnectionType>>("sources").Paging()
            .Resolve().WithService<IGraphStore>().ResolveAsync(ResolveSourcesAsync);
    }

    private static IDataLoaderResult<Statement?> ResolveStatement(IResolveFieldContext<object?> c, StatementLoader statements) =>
        statements.Load(c.Get(Args.Id));

    // Without where or orderBy the fixed arguments read as they always did; with either, the statement finder answers, the
    // fixed arguments joining the filter (StatementFilters.Of: their one meaning) and the search matching alongside it.
    private static async Task<object?> ResolveStatementsAsync(IResolveFieldContext<object?> c, IGraphStore store, IStatementFinder finder)
    {
        var page = c.Page();
        var where = StatementWhereInput.Statement(c.Get(Args.StatementWhere), Args.StatementWhere.Name);
        var orderBy = StatementOrderType.Read(c.Get(Args.StatementOrderBy));
        var filter = new StatementFilter(c.Get(Args.Speaker), c.Get(Args.About), c.Get(Args.From), c.Get(Args.To), c.Get(Args.Search), c.Get(Args.IncludeRetracted));
        if (where is null && orderBy is null) return await store.FindStatementsAsync(filter, page, c.CancellationToken);
        var combined = StatementFilters.Of(filter) is { } fixedArgs ? new StatementWhere { And = where is null ? [fixedArgs] : [fixedArgs, where] } : where;
        // Without totalCount asked for, counting stops once it tells whether a next page follows.
        int? countLimit = Selection.Reads(c, "totalCount") == false
            ? (int)Math.Min(int.MaxValue, (long)page.Offset + page.First + 1) : null;
        return await finder.QueryStatementsAsync(new StatementQuery(combined, orderBy, filter.Search, filter.IncludeRetracted, countLimit), page, c.CancellationToken);
    }

    private static IDataLoaderResult<Source?> ResolveSource(IResolveFieldContext<object?> c, SourceLoader sources) => sources.Load(c.Get(Args.Id));

    private static async Task<object?> ResolveSourcesAsync(IResolveFieldContext<object?> c, IGraphStore store) =>
        await store.FindSourcesAsync(c.Page(), c.CancellationToken);
}
