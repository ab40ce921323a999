namespace Graph.Core;

/// <summary>
/// The comparisons the filter definitions (<see cref="DraftFilters"/>, <see cref="ActorFilters"/>, <see cref="StatementFilters"/>) are made of, said once:
/// a condition not given holds, and a comparison with a missing value does not.
/// </summary>
public static class FilterRules
{
    public static bool Eq(string? wanted, string? value) => wanted is null || value == wanted;

    public static bool In(IReadOnlyList<string>? wanted, string? value) => wanted is null || (value is not null && wanted.Contains(value));

    public static bool Is<T>(T? wanted, T value) where T : struct, Enum => wanted is not { } w || EqualityComparer<T>.Default.Equals(w, value);

    public static bool In<T>(IReadOnlyList<T>? wanted, T value) where T : struct, Enum => wanted is null || wanted.Contains(value);

    public static bool OnOrAfter(DateOnly? value, DateOnly? bound) => bound is null || (value is not null && value >= bound);

    public static bool OnOrBefore(DateOnly? value, DateOnly? bound) => bound is null || (value is not null && value <= bound);

    /// <summary>Case-sensitive, as Cypher's CONTAINS is ('' is in every text).</summary>
    public static bool Contains(string? part, string value) => part is null || value.Contains(part, StringComparison.Ordinal);

    /// <summary>
    /// The actor is a member of the alliance on the day, by a membership read (so not retracted) that holds then
    /// (<see cref="Dates.Holds"/>); with no day, by any membership.
    /// </summary>
    public static bool MemberOn(ILookup<string, Membership> memberships, string actorId, string allianceId, DateOnly? day) =>
        memberships[actorId].Any(m => m.AllianceId == allianceId && Dates.Holds(m.Since, m.Until, day));

    /// <summary>One more key of an order: the first sorts, the next ones break its ties.</summary>
    public static IOrderedEnumerable<T> By<T, TKey>(IOrderedEnumerable<T>? ordered, IEnumerable<T> all, Func<T, TKey> key, IComparer<TKey> comparer,
        bool descending) => (ordered, descending) switch
    {
        (null, false) => all.OrderBy(key, comparer),
        (null, true) => all.OrderByDescending(key, comparer),
        (_, false) => ordered.ThenBy(key, comparer),
        _ => ordered.ThenByDescending(key, comparer),
    };
}
