using static Graph.Core.FilterRules;

namespace Graph.Core;

/// <summary>What a statement filter reads beyond the statement: the speakers, their roles and their memberships (none retracted).</summary>
public sealed record StatementScope(IReadOnlyDictionary<string, Actor> Speakers, ILookup<string, Role> RolesByPerson,
    ILookup<string, Membership> MembershipsByActor);

/// <summary>
/// What a statement filter and ordering mean, said once: <see cref="StatementScan"/> runs this over the plain reads, and a
/// store's pushed-down query is pinned to it by the store contract.
/// </summary>
public static class StatementFilters
{
    /// <summary>
    /// The plain read's speaker, subject and window (inclusive, on the effective date) as a filter: the one meaning of
    /// <c>statements(speaker, about, from, to)</c>. Null when it has none.
    /// </summary>
    public static StatementWhere? Of(StatementFilter filter)
    {
        var where = new StatementWhere { SpeakerId = filter.SpeakerId, AboutId = filter.AboutId, DateGte = filter.From, DateLte = filter.To };
        return where == new StatementWhere() ? null : where;
    }

    public static bool Matches(StatementWhere? where, Statement s, StatementScope scope)
    {
        if (where is null) return true;
        var day = s.EffectiveDate;
        return Eq(where.Id, s.Id) && In(where.IdIn, s.Id) && Is(where.Kind, s.Kind) && In(where.KindIn, s.Kind)
            && Eq(where.SpeakerId, s.SpeakerId) && In(where.SpeakerIdIn, s.SpeakerId)
            && ((where.SpeakerKind is null && where.SpeakerKindIn is null)
                || (scope.Speakers.TryGetValue(s.SpeakerId, out var speaker) && Is(where.SpeakerKind, speaker.Kind) && In(where.SpeakerKindIn, speaker.Kind)))
            && (where.SpeakerRepresents is not { } state || Represents(scope.RolesByPerson, s, state))
            && (where.SpeakerMemberOf is not { } alliance || MemberOn(scope.MembershipsByActor, s.SpeakerId, alliance, day))
            && (where.AboutId is not { } about || s.AboutIds.Contains(about)) && (where.AboutIdIn is not { } abouts || s.AboutIds.Any(abouts.Contains))
            && Eq(where.SourceId, s.SourceId) && In(where.SourceIdIn, s.SourceId)
            && OnOrAfter(day, where.DateGte) && OnOrBefore(day, where.DateLte) && Contains(where.TextContains, s.Text)
            && (where.And ?? []).All(w => Matches(w, s, scope))
            && (where.Or is not { } any || any.Any(w => Matches(w, s, scope)))
            && (where.Not is not { } not || !Matches(not, s, scope));
    }

    /// <summary>
    /// The speaker speaks for the actor: is that actor, or held a role (read, so not retracted) representing it that holds
    /// on the statement's effective date (<see cref="Dates.Holds"/>; an undated statement, any such role).
    /// </summary>
    public static bool Represents(ILookup<string, Role> rolesByPerson, Statement s, string actorId) =>
        s.SpeakerId == actorId || rolesByPerson[s.SpeakerId].Any(r => r.RepresentsId == actorId && Dates.Holds(r.Since, r.Until, s.EffectiveDate));

    /// <summary>
    /// The statements in the query's order: each key in turn, a missing date before every date (SQL's order of NULL), the
    /// id last, by ordinal.
    /// </summary>
    public static IEnumerable<Statement> Order(IEnumerable<Statement> statements, StatementQuery query)
    {
        IOrderedEnumerable<Statement>? ordered = null;
        foreach (var key in query.Keys())
            ordered = key.Field switch
            {
                StatementOrderField.Date => By(ordered, statements, s => s.EffectiveDate, Comparer<DateOnly?>.Default, key.Descending),
                StatementOrderField.ReportedOn => By(ordered, statements, s => s.ReportedOn, Comparer<DateOnly?>.Default, key.Descending),
                _ => By(ordered, statements, s => s.Id, StringComparer.Ordinal, key.Descending),
            };
        return ordered ?? statements;
    }
}
