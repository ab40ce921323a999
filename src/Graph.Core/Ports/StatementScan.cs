namespace Graph.Core;

/// <summary>
/// Statement queries over the plain reads, for a store with no native way: it reads every statement the search finds (all,
/// without one), their speakers, roles and memberships, and applies <see cref="StatementFilters"/> here. It is also the
/// definition the stores' own queries are pinned to.
/// </summary>
public sealed class StatementScan(INodeReader nodes, IFactReader facts) : IStatementFinder
{
    public async Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default)
    {
        var read = new StatementFilter(Search: query.Search, IncludeRetracted: query.IncludeRetracted);
        var statements = await Pages.AllAsync(p => nodes.FindStatementsAsync(read, p, ct));
        var scope = await ScopeAsync(statements.Select(s => s.SpeakerId).Distinct().ToList(), ct);
        var matching = StatementFilters.Order(statements.Where(s => StatementFilters.Matches(query.Where, s, scope)), query).ToList();
        var total = Math.Min(matching.Count, query.CountLimit ?? int.MaxValue);
        return new Page<Statement>(matching.Skip(page.Offset).Take(Math.Min(page.First, total - page.Offset)).ToList(), page.Offset, total);
    }

    /// <summary>The speakers, their roles and their memberships (none retracted), in three reads.</summary>
    private async Task<StatementScope> ScopeAsync(IReadOnlyList<string> speakers, CancellationToken ct)
    {
        if (speakers.Count == 0)
            return new StatementScope(new Dictionary<string, Actor>(), Array.Empty<Role>().ToLookup(r => r.PersonId), Array.Empty<Membership>().ToLookup(m => m.ActorId));
        var actors = await nodes.GetActorsAsync(speakers, ct);
        var roles = await facts.GetRolesAsync(new FactFilter(SubjectIds: speakers), ct);
        var memberships = await facts.GetMembershipsAsync(new FactFilter(SubjectIds: speakers), ct);
        return new StatementScope(actors.ToDictionary(a => a.Id), roles.ToLookup(r => r.PersonId), memberships.ToLookup(m => m.ActorId));
    }
}
