using static Graph.Core.FilterRules;

namespace Graph.Core;

/// <summary>A draft with what its filters read: its positions (ballots as positions included), its status history and its alternatives' ids.</summary>
public sealed record DraftFacts(Draft Draft, IReadOnlyList<Position> Positions, IReadOnlyList<DraftStatusChange> History,
    IReadOnlyList<string> AlternativeIds)
{
    public DateOnly? Tabled => DraftFilters.Tabled(History);
}

/// <summary>What a filter reads beyond one draft: the other drafts (its alternatives) and the actors' memberships.</summary>
public sealed record DraftScope(IReadOnlyDictionary<string, DraftFacts> Drafts, ILookup<string, Membership> MembershipsByActor);

/// <summary>
/// What a draft filter and ordering mean, said once: <see cref="DraftScan"/> runs this over the plain reads, and a store's
/// pushed-down query is pinned to it by the store contract.
/// </summary>
public static class DraftFilters
{
    /// <summary>The day a draft was tabled: its earliest dated status change (null if none is dated).</summary>
    public static DateOnly? Tabled(IEnumerable<DraftStatusChange> history) => history.Min(h => h.Date);

    public static bool Matches(DraftWhere? where, DraftFacts f, DraftScope all)
    {
        if (where is null) return true;
        var d = f.Draft;
        return Eq(where.Id, d.Id) && In(where.IdIn, d.Id)
            && Is(where.Kind, d.Kind) && In(where.KindIn, d.Kind)
            && Eq(where.ForumId, d.ForumId) && In(where.ForumIdIn, d.ForumId)
            && Eq(where.SubjectId, d.SubjectId) && In(where.SubjectIdIn, d.SubjectId)
            && Eq(where.Title, d.Title) && Contains(where.TitleContains, d.Title)
            && OnOrAfter(f.Tabled, where.TabledGte) && OnOrBefore(f.Tabled, where.TabledLte)
            && (where.And ?? []).All(w => Matches(w, f, all))
            && (where.Or is not { } any || any.Any(w => Matches(w, f, all)))
            && (where.Not is not { } not || !Matches(not, f, all))
            && (where.PositionsSome is not { } some || f.Positions.Any(p => PositionFilters.Matches(some, p, all)))
            && (where.PositionsAll is not { } every || f.Positions.All(p => PositionFilters.Matches(every, p, all)))
            && (where.PositionsNone is not { } none || !f.Positions.Any(p => PositionFilters.Matches(none, p, all)))
            && (where.PositionsAggregate is not { } count || Matches(count, f.Positions.Count(p => PositionFilters.Matches(count.Where, p, all))))
            && (where.AlternativesSome is not { } alt || f.AlternativeIds.Any(id => all.Drafts.TryGetValue(id, out var a) && Matches(alt, a, all)))
            && (where.HistorySome is not { } hs || f.History.Any(h => Matches(hs, h)))
            && (where.HistoryNone is not { } hn || !f.History.Any(h => Matches(hn, h)));
    }

    public static bool Matches(PositionWhere? where, Position p, ILookup<string, Membership> memberships) =>
        where is null || (Eq(where.ActorId, p.ActorId) && In(where.ActorIdIn, p.ActorId)
            && Is(where.Stance, p.Stance) && In(where.StanceIn, p.Stance)
            && OnOrAfter(p.Since, where.SinceGte) && OnOrBefore(p.Since, where.SinceLte)
            && OnOrAfter(p.Until, where.UntilGte) && OnOrBefore(p.Until, where.UntilLte)
            && (where.AsOf is not { } day || Dates.Holds(p.Since, p.Until, day))
            && (where.ActorMemberOf is not { } alliance || MemberOn(memberships, p.ActorId, alliance, p.Since)));

    public static bool Matches(StatusWhere? where, DraftStatusChange h) =>
        where is null || ((where.Status is not { } status || h.Status == status) && (where.StatusIn is not { } statuses || statuses.Contains(h.Status))
            && (where.AsOf is not { } day || h.Date is null || h.Date <= day));

    public static bool Matches(PositionCountWhere where, int count) =>
        (where.Count is not { } eq || count == eq) && (where.CountGt is not { } gt || count > gt) && (where.CountGte is not { } gte || count >= gte)
        && (where.CountLt is not { } lt || count < lt) && (where.CountLte is not { } lte || count <= lte);

    /// <summary>
    /// The drafts in the query's order: each key in turn, a missing date before every date (SQL's order of NULL), text by
    /// ordinal, the id last.
    /// </summary>
    public static IEnumerable<DraftFacts> Order(IEnumerable<DraftFacts> drafts, DraftQuery query)
    {
        IOrderedEnumerable<DraftFacts>? ordered = null;
        foreach (var key in query.Keys())
            ordered = key.Field switch
            {
                DraftOrderField.Tabled => By(ordered, drafts, f => f.Tabled, Comparer<DateOnly?>.Default, key.Descending),
                DraftOrderField.Title => By(ordered, drafts, f => f.Draft.Title, StringComparer.Ordinal, key.Descending),
                _ => By(ordered, drafts, f => f.Draft.Id, StringComparer.Ordinal, key.Descending),
            };
        return ordered ?? drafts;
    }
}
