namespace Graph.Core;

/// <summary>The dated facts (positions, memberships, roles, votes and ballots), their retractions, drafts' history and relations, and extractions.</summary>
public interface IFactReader
{
    /// <summary>Positions; subjects are actors, objects are drafts.</summary>
    Task<IReadOnlyList<Position>> GetPositionsAsync(FactFilter filter, Stance? stance = null, CancellationToken ct = default);

    /// <summary>Memberships; subjects are actors, objects are alliances.</summary>
    Task<IReadOnlyList<Membership>> GetMembershipsAsync(FactFilter filter, CancellationToken ct = default);

    /// <summary>Roles; subjects are people, objects are what they represent.</summary>
    Task<IReadOnlyList<Role>> GetRolesAsync(FactFilter filter, CancellationToken ct = default);

    /// <summary>Votes on any of the drafts, ordered by date (an undated vote first), then id.</summary>
    Task<IReadOnlyList<Vote>> GetVotesAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default);

    /// <summary>Votes by id (a ballot names its vote, not its draft).</summary>
    Task<IReadOnlyList<Vote>> GetVotesByIdAsync(IReadOnlyCollection<string> voteIds, CancellationToken ct = default);

    /// <summary>
    /// Ballots; subjects are actors, objects are votes, FactIds ballot ids. Ordered by the vote's date (undated first), the
    /// vote's id, then the actor's id. AsOf keeps the ballots of votes held on or before that day (an undated vote's always).
    /// Ballots cannot be retracted yet, so IncludeRetracted changes nothing.
    /// </summary>
    Task<IReadOnlyList<Ballot>> GetBallotsAsync(FactFilter filter, CancellationToken ct = default);

    /// <summary>The retractions of those of the ids (positions, memberships, roles, statements) that are retracted.</summary>
    Task<IReadOnlyList<Retraction>> GetRetractionsAsync(IReadOnlyCollection<string> subjectIds, CancellationToken ct = default);

    Task<IReadOnlyList<DraftStatusChange>> GetDraftStatusHistoryAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default);

    /// <summary>Relations with any of the drafts at either end.</summary>
    Task<IReadOnlyList<DraftRelation>> GetDraftRelationsAsync(IReadOnlyCollection<string> draftIds, CancellationToken ct = default);

    /// <summary>Extractions (where the extractor read a node or fact), ordered by source, then start offset.</summary>
    Task<IReadOnlyList<Extraction>> GetExtractionsAsync(ExtractionFilter filter, CancellationToken ct = default);

}
