using Graph.Core;

namespace Graph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public Task<EdgeSample> SampleEdgesAsync(IReadOnlyCollection<string> nodeIds, int maxPerNode, CancellationToken ct = default) =>
        new EdgeScanTraversal(this).SampleEdgesAsync(nodeIds, maxPerNode, ct);

    public Task<PathExpansion> ExpandForPathAsync(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<string> keepStatementIds,
        CancellationToken ct = default) => new EdgeScanTraversal(this).ExpandForPathAsync(nodeIds, keepStatementIds, ct);

    public Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        new FactScanAlignment(this).GetAgreementsAsync(actorIds, from, to, ct);
}
