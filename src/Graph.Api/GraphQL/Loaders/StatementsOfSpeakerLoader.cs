namespace Graph.Api.GraphQL;

/// <summary>A page of each speaker's statements, for one filter and page request.</summary>
public sealed class StatementsOfSpeakerLoader(IGraphStore store) : KeyedLoader<(StatementFilter Filter, PageRequest Page), Page<Statement>>
{
    protected override async Task<IReadOnlyDictionary<string, Page<Statement>>> FetchAsync(IReadOnlyList<string> ids,
        (StatementFilter Filter, PageRequest Page) args, CancellationToken ct) =>
        await store.FindStatementsBySpeakersAsync(ids, args.Filter, args.Page, ct);
}
