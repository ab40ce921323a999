using Graph.Core;

namespace Graph.Store.Embedded;

/// <summary>
/// Alignments and timelines from the whole <see cref="SideHistory"/>, read once and kept until position_version moves: a
/// window's counts are then one pass over integers in memory, not a self-join of its sides in SQL. The version is read in
/// the same snapshot as the spans, so a change made meanwhile is seen at the next call. A few actors' counts (a map's
/// colours) while nothing current is kept read only those actors' spans: a write does not make the next map wait for
/// the whole history.
/// </summary>
internal sealed class CachedSideHistory(SqliteSideHistory reader) : IAlignmentInput, IDisposable
{
    private sealed record Kept(string? Version, SideHistory History);

    private volatile Kept? kept;
    private readonly SemaphoreSlim reading = new(1, 1);

    public void Dispose() => reading.Dispose();

    /// <summary>Up to this many actors are counted from their own spans while no current history is kept.</summary>
    public const int FewActors = 200;

    public async Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to,
        CancellationToken ct = default)
    {
        var version = await reader.VersionAsync(ct);
        if (Current(version) is { } history) return history.Counts(from, to, actorIds, ct);
        if (actorIds is { Count: <= FewActors }) return (await reader.ReadAsync(actorIds, ct)).History.Counts(from, to, actorIds, ct);
        return (await ReadWholeAsync(version, ct)).Counts(from, to, actorIds, ct);
    }

    /// <summary>The whole history: spans outside from..to count in no window within it.</summary>
    public async Task<SideHistory> GetSideHistoryAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var version = await reader.VersionAsync(ct);
        return Current(version) ?? await ReadWholeAsync(version, ct);
    }

    /// <summary>What is kept, if it was read at this version (with no version yet there is nothing to key on).</summary>
    private SideHistory? Current(string? version) => kept is { } current && version is not null && current.Version == version ? current.History : null;

    private async Task<SideHistory> ReadWholeAsync(string? version, CancellationToken ct)
    {
        // One reader at a time, so requests arriving together after a change read the history once.
        await reading.WaitAsync(ct);
        try
        {
            if (Current(version) is { } history) return history;
            var (read, whole) = await reader.ReadAsync(null, ct);
            if (read is not null) kept = new Kept(read, whole);
            return whole;
        }
        finally
        {
            reading.Release();
        }
    }
}
