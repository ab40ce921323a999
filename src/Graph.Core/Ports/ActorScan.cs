namespace Graph.Core;

/// <summary>
/// Actor queries over the plain reads, for a store with no native way: it reads every actor, every draft's facts (through
/// <see cref="DraftScan"/>) and every membership, and applies <see cref="ActorFilters"/> here. It is also the definition
/// the stores' own queries are pinned to.
/// </summary>
public sealed class ActorScan(INodeReader nodes, IFactReader facts) : IActorFinder
{
    public async Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default)
    {
        var actors = await Pages.AllAsync(p => nodes.FindActorsAsync(new ActorFilter(), p, ct));
        var (found, drafts) = await FactsAsync(actors, ct);
        var matching = ActorFilters.Order(found.Where(f => ActorFilters.Matches(query.Where, f, drafts)), query).Select(f => f.Actor).ToList();
        return new Page<Actor>(matching.Skip(page.Offset).Take(page.First).ToList(), page.Offset, matching.Count);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FindPositionsAsync(IReadOnlyCollection<string> actorIds,
        PositionWhere? where, CancellationToken ct = default)
    {
        var (found, drafts) = await FactsAsync(await nodes.GetActorsAsync(actorIds, ct), ct);
        return found.Select(f => (f.Actor.Id, Positions: ActorFilters.Positions(f, where, drafts))).Where(x => x.Positions.Count > 0)
            .ToDictionary(x => x.Id, x => x.Positions);
    }

    public async Task<IReadOnlyDictionary<string, PositionAggregate>> AggregatePositionsAsync(IReadOnlyCollection<string> actorIds,
        PositionWhere? where, CancellationToken ct = default)
    {
        var (found, drafts) = await FactsAsync(await nodes.GetActorsAsync(actorIds, ct), ct);
        var counts = found.ToDictionary(f => f.Actor.Id, f => PositionAggregate.Of(ActorFilters.Positions(f, where, drafts)));
        return actorIds.Distinct().ToDictionary(id => id, id => counts.GetValueOrDefault(id, PositionAggregate.None));
    }

    /// <summary>The actors' positions and memberships, and every draft's facts (a filter through positions reaches any draft).</summary>
    private async Task<(List<ActorFacts> Actors, DraftScope Drafts)> FactsAsync(IReadOnlyList<Actor> actors, CancellationToken ct)
    {
        var drafts = await new DraftScan(nodes, facts).ScopeAsync(ct);
        var positions = drafts.Drafts.Values.SelectMany(f => f.Positions).ToLookup(p => p.ActorId);
        var ids = actors.Select(a => a.Id).ToList();
        var memberships = (ids.Count == 0 ? [] : await facts.GetMembershipsAsync(new FactFilter(SubjectIds: ids), ct)).ToLookup(m => m.ActorId);
        return (actors.Select(a => new ActorFacts(a, positions[a.Id].ToList(), memberships[a.Id].ToList())).ToList(), drafts);
    }
}
