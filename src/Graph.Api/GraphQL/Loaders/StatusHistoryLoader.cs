namespace Graph.Api.GraphQL;

/// <summary>The status changes of each draft, oldest first.</summary>
public sealed class StatusHistoryLoader(IGraphStore store) : BatchLoader<string, IReadOnlyList<DraftStatusChange>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<DraftStatusChange>>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetDraftStatusHistoryAsync(ids, ct), s => s.DraftId);
}
