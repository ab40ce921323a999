namespace Graph.Core;

public static class Dates
{
    /// <summary>Whether a fact holding from <paramref name="since"/> until <paramref name="until"/> holds on <paramref name="asOf"/>.
    /// An open start means "since before anything we know"; the end date is the first day it no longer holds.</summary>
    public static bool Holds(DateOnly? since, DateOnly? until, DateOnly? asOf) =>
        asOf is null || ((since is null || since <= asOf) && (until is null || until > asOf));

    /// <summary>Whether a fact dated since..until holds at some time between from and to (inclusive; open ends allowed).</summary>
    public static bool Overlaps(DateOnly? since, DateOnly? until, DateOnly? from, DateOnly? to) =>
        (to is null || since is null || since <= to) && (from is null || until is null || until > from);
}
