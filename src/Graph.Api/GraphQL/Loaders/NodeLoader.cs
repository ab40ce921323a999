namespace Graph.Api.GraphQL;

/// <summary>Any node by id, whatever its label: one call for the labels, then one per label present.</summary>
public sealed class NodeLoader(IGraphStore store) : BatchLoader<string, object>
{
    protected override async Task<IReadOnlyDictionary<string, object>> FetchAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        var labels = await store.GetLabelsAsync(ids, ct);
        IEnumerable<string> With(NodeLabel label) => labels.Where(l => l.Value == label).Select(l => l.Key).ToList();
        async Task<IEnumerable<(string, object)>> Read<T>(NodeLabel label, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<T>>> read, Func<T, string> id)
        {
            var wanted = With(label).ToList();
            return wanted.Count == 0 ? [] : (await read(wanted, ct)).Select(x => (id(x), (object)x!));
        }
        var parts = await Task.WhenAll(
            Read(NodeLabel.Actor, store.GetActorsAsync, a => a.Id),
            Read(NodeLabel.Draft, store.GetDraftsAsync, d => d.Id),
            Read(NodeLabel.Alliance, store.GetAlliancesAsync, a => a.Id),
            Read(NodeLabel.Statement, store.GetStatementsAsync, s => s.Id),
            Read(NodeLabel.Source, store.GetSourcesAsync, s => s.Id));
        return parts.SelectMany(p => p).ToDictionary(p => p.Item1, p => p.Item2);
    }
}
