using static Graph.Core.FilterRules;

namespace Graph.Core;

/// <summary>An actor with what its filters read: its positions that count (ballots as positions included) and its memberships (not retracted).</summary>
public sealed record ActorFacts(Actor Actor, IReadOnlyList<Position> Positions, IReadOnlyList<Membership> Memberships);

/// <summary>
/// What an actor filter and ordering mean, said once: <see cref="ActorScan"/> runs this over the plain reads, and a store's
/// pushed-down query is pinned to it by the store contract. Positions are read through <see cref="PositionFilters"/>, so a
/// filter through them reaches their drafts (<paramref name="drafts"/>: every draft, with its positions) as draft filters do.
/// </summary>
public static class ActorFilters
{
    public static bool Matches(ActorWhere? where, ActorFacts f, DraftScope drafts)
    {
        if (where is null) return true;
        var a = f.Actor;
        bool Through(PositionWhere? w, Position p) => PositionFilters.Matches(w, p, drafts);
        return Eq(where.Id, a.Id) && In(where.IdIn, a.Id) && Is(where.Kind, a.Kind) && In(where.KindIn, a.Kind)
            && Eq(where.Name, a.Name) && Contains(where.NameContains, a.Name)
            && (where.MemberOf is not { } alliance || f.Memberships.Any(m => m.AllianceId == alliance))
            && (where.And ?? []).All(w => Matches(w, f, drafts))
            && (where.Or is not { } any || any.Any(w => Matches(w, f, drafts)))
            && (where.Not is not { } not || !Matches(not, f, drafts))
            && (where.PositionsSome is not { } some || f.Positions.Any(p => Through(some, p)))
            && (where.PositionsAll is not { } every || f.Positions.All(p => Through(every, p)))
            && (where.PositionsNone is not { } none || !f.Positions.Any(p => Through(none, p)))
            && (where.PositionsAggregate is not { } count || DraftFilters.Matches(count, f.Positions.Count(p => Through(count.Where, p))));
    }

    /// <summary>The positions of an actor a position filter keeps, in the order the store lists positions: by since (undated first), then id.</summary>
    public static IReadOnlyList<Position> Positions(ActorFacts f, PositionWhere? where, DraftScope drafts) =>
        f.Positions.Where(p => PositionFilters.Matches(where, p, drafts)).OrderBy(p => p.Since).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();

    /// <summary>The actors in the query's order: each key in turn, text and kind by their ordinal names, the id last.</summary>
    public static IEnumerable<ActorFacts> Order(IEnumerable<ActorFacts> actors, ActorQuery query)
    {
        IOrderedEnumerable<ActorFacts>? ordered = null;
        foreach (var key in query.Keys())
        {
            Func<ActorFacts, string> by = key.Field switch
            {
                ActorOrderField.Name => f => f.Actor.Name,
                ActorOrderField.Kind => f => EnumNames.ToName(f.Actor.Kind),
                _ => f => f.Actor.Id,
            };
            ordered = By(ordered, actors, by, StringComparer.Ordinal, key.Descending);
        }
        return ordered ?? actors;
    }
}
