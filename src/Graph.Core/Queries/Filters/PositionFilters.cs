namespace Graph.Core;

/// <summary>
/// What a position filter means where it reaches beyond the position itself (its draft, the same actor's other positions on
/// it), said once; the rest of it is <see cref="DraftFilters.Matches(PositionWhere?, Position, ILookup{string, Membership})"/>.
/// </summary>
public static class PositionFilters
{
    public static bool Matches(PositionWhere? where, Position p, DraftScope all) =>
        where is null || (DraftFilters.Matches(where, p, all.MembershipsByActor)
            && (where.DraftId is not { } draft || p.DraftId == draft) && (where.DraftIdIn is not { } drafts || drafts.Contains(p.DraftId))
            && (where.OnDraft is not { } on || (all.Drafts.TryGetValue(p.DraftId, out var f) && DraftFilters.Matches(on, f, all)))
            && (where.PrecededBy is not { } before || SameActorAndDraft(p, all).Any(q => Precedes(q, p) && Matches(before, q, all)))
            && (where.FollowedBy is not { } after || SameActorAndDraft(p, all).Any(q => Precedes(p, q) && Matches(after, q, all))));

    /// <summary>
    /// Whether <paramref name="earlier"/> came before <paramref name="later"/>: both dated and begun on an earlier day. Two
    /// positions of one day are in no order, and an undated position precedes and follows nothing.
    /// </summary>
    public static bool Precedes(Position earlier, Position later) => earlier.Since is { } a && later.Since is { } b && a < b;

    /// <summary>The positions that count (ballots as positions included) of the same actor on the same draft.</summary>
    private static IEnumerable<Position> SameActorAndDraft(Position p, DraftScope all) =>
        all.Drafts.TryGetValue(p.DraftId, out var f) ? f.Positions.Where(q => q.ActorId == p.ActorId) : [];
}
