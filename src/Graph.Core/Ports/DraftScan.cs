namespace Graph.Core;

/// <summary>
/// Draft queries over the plain reads, for a store with no native way: it reads every draft with its positions, ballots
/// and history and applies <see cref="DraftFilters"/> here. It is also the definition the stores' own queries are pinned to.
/// </summary>
public sealed class DraftScan(INodeReader nodes, IFactReader facts) : IDraftFinder
{
    public async Task<Page<Draft>> QueryDraftsAsync(DraftQuery query, PageRequest page, CancellationToken ct = default)
    {
        var all = await ScopeAsync(ct);
        var matching = DraftFilters.Order(all.Drafts.Values.Where(f => DraftFilters.Matches(query.Where, f, all)), query).Select(f => f.Draft).ToList();
        return new Page<Draft>(matching.Skip(page.Offset).Take(page.First).ToList(), page.Offset, matching.Count);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountPositionsAsync(IReadOnlyCollection<string> draftIds, PositionWhere? where,
        CancellationToken ct = default)
    {
        // Every draft: a position's own filter may reach other drafts (through its draft's alternatives).
        var all = await ScopeAsync(ct);
        return draftIds.Distinct().Where(all.Drafts.ContainsKey)
            .ToDictionary(id => id, id => all.Drafts[id].Positions.Count(p => PositionFilters.Matches(where, p, all)));
    }

    /// <summary>Every draft's facts, and the memberships of every actor with a position on one.</summary>
    internal async Task<DraftScope> ScopeAsync(CancellationToken ct) =>
        await ScopeAsync(await Pages.AllAsync(p => nodes.FindDraftsAsync(new DraftFilter(), p, ct)), ct);

    /// <summary>The drafts' facts, and the memberships (not retracted) of every actor with a position on one.</summary>
    private async Task<DraftScope> ScopeAsync(IReadOnlyList<Draft> drafts, CancellationToken ct)
    {
        var found = await FactsAsync(drafts, ct);
        var actors = found.SelectMany(f => f.Positions).Select(p => p.ActorId).Distinct().ToList();
        var memberships = actors.Count == 0 ? [] : await facts.GetMembershipsAsync(new FactFilter(SubjectIds: actors), ct);
        return new DraftScope(found.ToDictionary(f => f.Draft.Id), memberships.ToLookup(m => m.ActorId));
    }

    /// <summary>The positions (not retracted), ballots as positions, history and alternatives of the drafts, in five reads.</summary>
    private async Task<List<DraftFacts>> FactsAsync(IReadOnlyList<Draft> drafts, CancellationToken ct)
    {
        var ids = drafts.Select(d => d.Id).ToList();
        var votes = await facts.GetVotesAsync(ids, ct);
        var ballots = votes.Count == 0 ? [] : await facts.GetBallotsAsync(new FactFilter(ObjectIds: votes.Select(v => v.Id).ToList()), ct);
        var byVote = votes.ToDictionary(v => v.Id);
        var positions = (await facts.GetPositionsAsync(new FactFilter(ObjectIds: ids), null, ct))
            .Concat(ballots.Select(b => Ballots.AsPosition(b, byVote)).OfType<Position>()).ToLookup(p => p.DraftId);
        var history = (await facts.GetDraftStatusHistoryAsync(ids, ct)).ToLookup(h => h.DraftId);
        var relations = await facts.GetDraftRelationsAsync(ids, ct);
        return drafts.Select(d => new DraftFacts(d, positions[d.Id].ToList(), history[d.Id].ToList(), Alternatives.Of(d.Id, relations))).ToList();
    }
}
