namespace Graph.Core;

/// <summary>
/// Agreement counts from the facts themselves, for a store that cannot count in its query: it reads the actors' positions
/// and ballots and counts here. It is also the definition the stores' own counts are pinned to.
/// </summary>
public sealed class FactScanAlignment(IFactReader facts) : IAlignmentInput
{
    public async Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to,
        CancellationToken ct = default)
    {
        var ballots = await Ballots.AsPositionsAsync(facts, await facts.GetBallotsAsync(new FactFilter(SubjectIds: actorIds), ct), ct);
        var positions = (await facts.GetPositionsAsync(new FactFilter(SubjectIds: actorIds), null, ct)).Concat(ballots)
            .Where(p => Dates.Overlaps(p.Since, p.Until, from, to)).ToList();
        return AgreementCounts.Of(positions, ct);
    }

    public async Task<SideHistory> GetSideHistoryAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var ballots = await Ballots.AsPositionsAsync(facts, await facts.GetBallotsAsync(new FactFilter(), ct), ct);
        var positions = (await facts.GetPositionsAsync(new FactFilter(), null, ct)).Concat(ballots)
            .Where(p => Dates.Overlaps(p.Since, p.Until, from, to));
        return SideHistory.Of(positions.Select(SideSpan.Of).ToList(), ct);
    }
}
