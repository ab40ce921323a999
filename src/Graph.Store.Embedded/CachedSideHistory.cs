using Graph.Core;

namespace Graph.Store.Embedded;

/// <summary>
/// Alignments and timelines from the whole <see cref="SideHistory"/>, read once and kept until position_version moves: a
/// window's counts are then one pass over integers in memory, not a self-join of its sides in SQL. The version is read in
/// the same snapshot as the spans, so a change made meanwhile is seen at the next call.
/// </summary>
internal sealed class CachedSideHistory(SqliteSideHistory reader) : IAlignmentInput, IDisposable
{
    private sealed record Kept(string? Version, SideHistory History);

    private volatile Kept? kept;
    private readonly SemaphoreSlim reading = new(1, 1);

    public void Dispose() => reading.Dispose();

    public async Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to,
        CancellationToken ct = default) => (await HistoryAsync(ct)).Counts(from, to, actorIds, ct);

    /// <summary>The whole history: spans outside from..to count in no window within it.</summary>
    public Task<SideHistory> GetSideHistoryAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default) => HistoryAsync(ct);

    private async Task<SideHistory> HistoryAsync(CancellationToken ct)
    {
        var version = await reader.VersionAsync(ct);
        if (kept is { } current && version is not null && current.Version == version) return current.History;
        // One reader at a time, so requests arriving together after a change read the history once.
        await reading.WaitAsync(ct);
        try
        {
            if (kept is { } again && version is not null && again.Version == version) return again.History;
            var (read, history) = await reader.ReadAsync(ct);
            if (read is not null) kept = new Kept(read, history); // no version yet: nothing to key on, so keep nothing
            return history;
        }
        finally
        {
            reading.Release();
        }
    }
}
