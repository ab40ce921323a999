using System.Collections.Concurrent;
using Graph.Core;

namespace Graph.Store.Embedded;

/// <summary>
/// A neighbourhood with no date colours its actors by their sides over all time, which change only when positions or
/// ballots do. So each actor's sides are read once (one query for the actors not yet kept) and kept until
/// position_version moves; the pairs are then counted here, by <see cref="AgreementCounts.OfSides"/>. The version is
/// read before the sides, so sides newer than the version they are kept under are let go at the next change.
/// Every other question goes to the counts in SQL.
/// </summary>
internal sealed class CachedAllTimeSides(SqliteAgreements counts) : IAlignmentInput
{
    /// <summary>Each actor's side of each draft over all time, as read at one position_version.</summary>
    private sealed record Kept(string? Version, ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> Sides);

    private volatile Kept kept = new(null, new());

    public async Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to,
        CancellationToken ct = default)
    {
        if (actorIds is null || from is not null || to is not null) return await counts.GetAgreementsAsync(actorIds, from, to, ct);
        var wanted = actorIds.Distinct().ToList();
        var cache = kept;
        var read = await counts.AllTimeSidesAsync(version =>
        {
            if (cache.Version != version || version is null) // no version yet: nothing to key on, so keep nothing
                kept = cache = new Kept(version, new());
            return wanted.Where(a => !cache.Sides.ContainsKey(a)).ToList();
        }, ct);
        foreach (var actor in wanted.Where(a => !cache.Sides.ContainsKey(a)))
            cache.Sides[actor] = read.TryGetValue(actor, out var sides) ? sides : new Dictionary<string, int>();
        return AgreementCounts.OfSides(wanted.SelectMany(a => cache.Sides[a].Select(s => (a, s.Key, s.Value))), ct);
    }
}
