using System.Collections.Concurrent;
using Graph.Core;

namespace Graph.Store.Embedded;

/// <summary>
/// Alignments and timelines from the whole <see cref="SideHistory"/>, read once and kept until position_version moves: a
/// window's counts are then one pass over integers in memory, not a self-join of its sides in SQL. The version is read in
/// the same snapshot as the spans, so a change made meanwhile is seen at the next call. A few actors' counts (a map's
/// colours) while the whole is not kept read only the spans of the actors not yet kept at this version: a write does
/// not make the next map wait for the whole history.
/// </summary>
internal sealed class CachedSideHistory(SqliteSideHistory reader) : IAlignmentInput, IDisposable
{
    private sealed record Kept(string? Version, SideHistory History);

    /// <summary>Some actors' spans, as read at one position_version.</summary>
    private sealed record KeptActors(string? Version, ConcurrentDictionary<string, IReadOnlyList<SideSpan>> Spans);

    private volatile Kept? kept;
    private volatile KeptActors keptActors = new(null, new());
    private readonly SemaphoreSlim reading = new(1, 1);

    public void Dispose() => reading.Dispose();

    /// <summary>Up to this many actors are counted from their own spans while no current history is kept.</summary>
    public const int FewActors = 200;

    public async Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to,
        CancellationToken ct = default)
    {
        var version = await reader.VersionAsync(ct);
        if (Current(version) is { } history) return history.Counts(from, to, actorIds, ct);
        if (actorIds is { Count: <= FewActors }) return (await SomeActorsAsync(actorIds, version, ct)).Counts(from, to, actorIds, ct);
        return (await ReadWholeAsync(version, ct)).Counts(from, to, actorIds, ct);
    }

    /// <summary>The whole history: spans outside from..to count in no window within it.</summary>
    public async Task<SideHistory> GetSideHistoryAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var version = await reader.VersionAsync(ct);
        return Current(version) ?? await ReadWholeAsync(version, ct);
    }

    /// <summary>The history of the actors given, from their spans kept at this version and one read of the rest.</summary>
    private async Task<SideHistory> SomeActorsAsync(IReadOnlyCollection<string> actorIds, string? version, CancellationToken ct)
    {
        var some = keptActors;
        if (some.Version != version || version is null) keptActors = some = new KeptActors(version, new());
        var missing = actorIds.Where(a => !some.Spans.ContainsKey(a)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var (read, spans) = await reader.ReadAsync(missing, ct);
            var byActor = spans.ToLookup(s => s.ActorId);
            // Kept only under the version they were read at; read at a later one, they are used once and not kept.
            if (read != version || version is null)
                return SideHistory.Of(actorIds.Distinct().Where(some.Spans.ContainsKey).SelectMany(a => some.Spans[a]).Concat(spans).ToList(), ct);
            foreach (var actor in missing) some.Spans[actor] = byActor[actor].ToList();
        }
        return SideHistory.Of(actorIds.Distinct().SelectMany(a => some.Spans.GetValueOrDefault(a) ?? []).ToList(), ct);
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
            var (read, spans) = await reader.ReadAsync(null, ct);
            var whole = SideHistory.Of(spans, ct);
            if (read is not null) kept = new Kept(read, whole);
            return whole;
        }
        finally
        {
            reading.Release();
        }
    }
}
