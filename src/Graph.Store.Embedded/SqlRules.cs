using Graph.Core;

namespace Graph.Store.Embedded;

/// <summary>
/// Core's rules as the SQL that pushes them down, each written once here; the store contract pins every one to its Core
/// definition (same data, same answers).
/// </summary>
internal static class SqlRules
{
    /// <summary>
    /// <see cref="Dates.Holds"/> on a day: begun on or before it (or undated), not yet ended on it. A null
    /// <paramref name="until"/> is a fact that never ends (a ballot's side).
    /// </summary>
    public static string Holds(string since, string? until, string day) =>
        $"({since} IS NULL OR {since} <= {day})" + (until is null ? "" : $" AND ({until} IS NULL OR {until} > {day})");

    /// <summary>
    /// <see cref="Dates.Overlaps"/> of the window <paramref name="from"/>..<paramref name="to"/> (parameters, either may be
    /// null for an open end). A null <paramref name="until"/> is a fact that never ends.
    /// </summary>
    public static string Overlaps(string since, string? until, string from, string to) =>
        $"({to} IS NULL OR {since} IS NULL OR {since} <= {to})" + (until is null ? "" : $" AND ({from} IS NULL OR {until} IS NULL OR {until} > {from})");

    /// <summary>
    /// <see cref="FilterRules.MemberOn"/>: the actor (an expression) is a member of the alliance (a parameter) by a membership not
    /// retracted that holds on the day (an expression); with no day, by any membership.
    /// </summary>
    public static string MemberOn(string actor, string alliance, string day) =>
        $"EXISTS (SELECT 1 FROM membership m WHERE m.actor_id = {actor} AND m.alliance_id = {alliance} " +
        $"AND m.id NOT IN {Schema.Retracted} AND ({day} IS NULL OR ({Holds("m.since", "m.until", day)})))";

    /// <summary>
    /// <see cref="Ballots.AsPosition"/>: the ballots that take a side, as rows (actor_id, draft_id, stance, since, id) held
    /// from the vote's day and never ending, with the condition given (constant text over b, the ballot, and v, its vote).
    /// </summary>
    public static string BallotSides(string condition) => $"""
        SELECT b.actor_id, v.draft_id, {BallotStance} AS stance, v.date, b.id FROM ballot b JOIN vote v ON v.id = b.vote_id
        WHERE {condition} AND {BallotStance} IS NOT NULL
        """;

    /// <summary>
    /// The positions that count (not retracted) and the ballots as the positions they amount to (<see cref="BallotSides"/>),
    /// as rows (draft_id, actor_id, stance, since, until, id). Each condition applies inside its own branch (constant text
    /// over the position's columns, and over b and v), so each branch reads by its own index.
    /// </summary>
    public static string SideFacts(string positionCondition, string ballotCondition) =>
        $"(SELECT draft_id, actor_id, stance, since, until, id FROM position WHERE {positionCondition} AND id NOT IN {Schema.Retracted} " +
        $"UNION ALL SELECT bs.draft_id, bs.actor_id, bs.stance, bs.date, NULL, bs.id FROM ({BallotSides(ballotCondition)}) bs)";

    /// <summary>
    /// The ballots that take a side as position rows (draft_id, actor_id, stance, since, until, id), as the second branch of
    /// <see cref="SideFacts"/> reads them, with the condition given (over b and v).
    /// </summary>
    public static string BallotPositions(string condition) =>
        $"(SELECT bs.draft_id, bs.actor_id, bs.stance, bs.date AS since, NULL AS until, bs.id FROM ({BallotSides(condition)}) bs)";

    /// <summary><see cref="Ballots.AsSide"/> of the ballot b, written out for SQL from the definition itself.</summary>
    private static readonly string BallotStance = "CASE " + string.Join(" ",
        from choice in Enum.GetValues<BallotChoice>()
        from veto in new[] { false, true }
        let stance = Ballots.AsSide(choice, veto)
        where stance is not null
        select $"WHEN b.choice = '{EnumNames.ToName(choice)}' AND b.veto = {(veto ? 1 : 0)} THEN '{EnumNames.ToName(stance.Value)}'") + " END";
}
