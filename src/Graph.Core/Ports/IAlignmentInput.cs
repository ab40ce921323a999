namespace Graph.Core;

/// <summary>What an alignment is computed from.</summary>
public interface IAlignmentInput
{
    /// <summary>
    /// The <see cref="AgreementCounts"/> of positions holding at some time between from and to (inclusive; open ends
    /// allowed), and of ballots as the positions they amount to (<see cref="Ballots.AsPosition"/>), of every actor or only
    /// of the actors given: what <see cref="FactScanAlignment"/> computes from the facts. A store that can count in its
    /// query returns only the counts (a few states hold tens of thousands of positions).
    /// </summary>
    Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to, CancellationToken ct = default);

    /// <summary>
    /// The <see cref="SideHistory"/> of every position and ballot overlapping from..to, of every actor (a store may give
    /// more: spans outside the window count in no window within it). A timeline counts each of its days from this one read.
    /// </summary>
    Task<SideHistory> GetSideHistoryAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default);
}
