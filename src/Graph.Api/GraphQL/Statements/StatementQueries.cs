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
                $"A search looks for at most {SearchWords.MaxWords} different words.")
            .With(Args.Speaker).With(Args.About).With(Args.From).With(Args.To)
            .With(Args.Search).Paging().With(Args.IncludeRetracted)
            .Resolve().WithService<IGraphStore>().ResolveAsync(ResolveStatementsAsync);
        query.Field<SourceType>("source").With(Args.Id).Resolve().WithService<SourceLoader>().Resolve(ResolveSource);
        query.Field<NonNullGraphType<SourceConnectionType>>("sources").Paging()
            .Resolve().WithService<IGraphStore>().ResolveAsync(ResolveSourcesAsync);
    }

    private static IDataLoaderResult<Statement?> ResolveStatement(IResolveFieldContext<object?> c, StatementLoader statements) =>
        statements.Load(c.Get(Args.Id));

    private static async Task<object?> ResolveStatementsAsync(IResolveFieldContext<object?> c, IGraphStore store) =>
        await store.FindStatementsAsync(new StatementFilter(c.Get(Args.Speaker), c.Get(Args.About), c.Get(Args.From), c.Get(Args.To),
            c.Get(Args.Search), c.Get(Args.IncludeRetracted)), c.Page(), c.CancellationToken);

    private static IDataLoaderResult<Source?> ResolveSource(IResolveFieldContext<object?> c, SourceLoader sources) => sources.Load(c.Get(Args.Id));

    private static async Task<object?> ResolveSourcesAsync(IResolveFieldContext<object?> c, IGraphStore store) =>
        await store.FindSourcesAsync(c.Page(), c.CancellationToken);
}
