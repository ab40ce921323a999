namespace Graph.Core;

/// <summary>
/// Agreement counts from the facts themselves, for a store that cannot count in its query: it reads the actors' positions
/// and ballots and counts here. It is also the definition the stores' own counts are pinned to.
/// </summary>
public sealed class FactScanAlignment(IFactReader facts) : IAlignmentInput
{
    public async Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to,
        CancellationToken ct = default) => AgreementCounts.Of(await OverlappingAsync(actorIds, from, to, ct), ct);

    public async Task<SideHistory> GetSideHistoryAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        SideHistory.Of((await OverlappingAsync(null, from, to, ct)).Select(SideSpan.Of).ToList(), ct);

    /// <summary>The positions and the ballots as positions, of the actors given (or every actor), overlapping from..to.</summary>
    private async Task<List<Position>> OverlappingAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var ballots = await Ballots.AsPositionsAsync(facts, await facts.GetBallotsAsync(new FactFilter(SubjectIds: actorIds), ct), ct);
        return (await facts.GetPositionsAsync(new FactFilter(SubjectIds: actorIds), null, ct)).Concat(ballots)
            .Where(p => Dates.Overlaps(p.Since, p.Until, from, to)).ToList();
    }
}
