namespace Graph.Core;

/// <summary>Nodes by id and by filter, a page at a time. Reads take batches of ids so that one GraphQL level costs one round trip.</summary>
public interface INodeReader
{
    Task<IReadOnlyDictionary<string, NodeLabel>> GetLabelsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Draft>> GetDraftsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Alliance>> GetAlliancesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<Page<Actor>> FindActorsAsync(ActorFilter filter, PageRequest page, CancellationToken ct = default);
    Task<Page<Draft>> FindDraftsAsync(DraftFilter filter, PageRequest page, CancellationToken ct = default);
    Task<Page<Alliance>> FindAlliancesAsync(AllianceFilter filter, PageRequest page, CancellationToken ct = default);
    Task<Page<Source>> FindSourcesAsync(PageRequest page, CancellationToken ct = default);
    Task<Page<Statement>> FindStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken ct = default);

    /// <summary>One page of statements per speaker, newest first, for many speakers in one round trip.</summary>
    Task<IReadOnlyDictionary<string, Page<Statement>>> FindStatementsBySpeakersAsync(IReadOnlyCollection<string> speakerIds,
        StatementFilter filter, PageRequest page, CancellationToken ct = default);

}
