using Graph.Core;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// A draft filter tree (<see cref="DraftFilters"/>, its definition) as one SQL condition over the draft d: every value a
/// numbered parameter, every column and operator constant text from here. Each condition is two-valued (a missing value
/// compares as false, never NULL), so NOT and positions_ALL mean what the definition means. Given the positions kept at the
/// query's version, a count over the position row alone is the list of drafts it keeps, counted in memory.
/// </summary>
internal sealed class DraftWhereSql(KeptPositions.Snapshot? kept = null) : FilterSql("w")
{
    /// <summary>
    /// The positions of the draft row <paramref name="d"/> as the filters read them (<see cref="SqlRules.SideFacts"/>: those not
    /// retracted, and its ballots as positions). Correlated to the draft inside each branch, so each reads that draft's rows
    /// by index (a shared CTE was scanned once per draft).
    /// </summary>
    public static string Positions(string d) => SqlRules.SideFacts($"draft_id = {d}.id", $"v.draft_id = {d}.id");

    /// <summary>
    /// Every draft's positions as <see cref="Positions"/> reads one draft's: a relationship filter is then one subquery SQLite
    /// runs once per statement (by the actor's index when the filter names actors), not once per draft.
    /// </summary>
    private static readonly string AllPositions = SqlRules.SideFacts("1", "1");

    private static bool NamesActors(PositionWhere? where) => where is { ActorId: not null } or { ActorIdIn: not null };

    /// <summary>The drafts with a position (or ballot) that meets the condition over p.</summary>
    private static string DraftsWhere(string condition) => $"(SELECT p.draft_id FROM {AllPositions} p WHERE {condition})";

    /// <summary><see cref="DraftFilters.Tabled"/> of the draft row <paramref name="d"/>: its earliest dated status change (min ignores NULL dates).</summary>
    public static string Tabled(string d) => $"(SELECT min(t.date) FROM draft_status t WHERE t.draft_id = {d}.id)";

    private int aliases;

    /// <summary>Whether the filter has a count the kept positions could answer (then worth reading them).</summary>
    public bool WantsKept { get; private set; }

    private static string Known(string condition) => $"COALESCE({condition}, 0)";


    /// <summary>The filter over the draft row aliased <paramref name="d"/> (d at the top; a fresh alias for each alternative's row).</summary>
    public string Of(DraftWhere? where, string d = "d")
    {
        if (where is null) return "1";
        var parts = new List<string>();
        if (where.Id is { } id) parts.Add($"{d}.id = {Param(id)}");
        if (where.IdIn is { } ids) parts.Add($"{d}.id IN {List(ids)}");
        if (where.Kind is { } kind) parts.Add($"{d}.kind = {Param(EnumNames.ToName(kind))}");
        if (where.KindIn is { } kinds) parts.Add($"{d}.kind IN {List(kinds.Select(k => EnumNames.ToName(k)))}");
        if (where.ForumId is { } forum) parts.Add(Known($"{d}.forum_id = {Param(forum)}"));
        if (where.ForumIdIn is { } forums) parts.Add(Known($"{d}.forum_id IN {List(forums)}"));
        if (where.SubjectId is { } subject) parts.Add(Known($"{d}.subject_id = {Param(subject)}"));
        if (where.SubjectIdIn is { } subjects) parts.Add(Known($"{d}.subject_id IN {List(subjects)}"));
        if (where.Title is { } title) parts.Add($"{d}.title = {Param(title)}");
        // instr compares characters exactly: the definition's ordinal Contains ('' is in every title).
        if (where.TitleContains is { } part) parts.Add($"instr({d}.title, {Param(part)}) > 0");
        if (where.TabledGte is { } tFrom) parts.Add(Known($"{Tabled(d)} >= {Param(DateParsing.Format(tFrom))}"));
        if (where.TabledLte is { } tTo) parts.Add(Known($"{Tabled(d)} <= {Param(DateParsing.Format(tTo))}"));
        if (where.And is { } and) parts.Add(All(and.Select(w => Of(w, d)).ToList()));
        if (where.Or is { } or) parts.Add(AnyOf(or.Select(w => Of(w, d))));
        if (where.Not is { } not) parts.Add($"NOT ({Of(not, d)})");
        // A filter that names its actors reads their positions by the actor's index, once (draft_id is never NULL, so
        // NOT IN is exactly "no such position"); any other reads each draft's own, by the draft's index.
        if (where.PositionsSome is { } some)
            parts.Add(NamesActors(some) ? $"{d}.id IN {DraftsWhere(Of(some))}" : $"EXISTS (SELECT 1 FROM {Positions(d)} p WHERE {Of(some)})");
        if (where.PositionsAll is { } all) parts.Add($"NOT EXISTS (SELECT 1 FROM {Positions(d)} p WHERE NOT ({Of(all)}))");
        if (where.PositionsNone is { } none)
            parts.Add(NamesActors(none) ? $"{d}.id NOT IN {DraftsWhere(Of(none))}" : $"NOT EXISTS (SELECT 1 FROM {Positions(d)} p WHERE {Of(none)})");
        if (where.PositionsAggregate is { } count) parts.Add(Of(count, d));
        if (where.AlternativesSome is { } alt)
        {
            // Alternatives.Of: ALTERNATIVE_TO in either direction, the draft at the other end.
            var n = ++aliases;
            string a = $"a{n}", r = $"r{n}";
            var alternativeTo = Param(EnumNames.ToName(DraftRelationKind.AlternativeTo));
            parts.Add($"EXISTS (SELECT 1 FROM draft_relation {r} JOIN draft {a} ON {a}.id = CASE WHEN {r}.from_id = {d}.id " +
                $"THEN {r}.to_id ELSE {r}.from_id END WHERE {r}.kind = {alternativeTo} AND ({r}.from_id = {d}.id OR {r}.to_id = {d}.id) AND {Of(alt, a)})");
        }
        if (where.HistorySome is { } hs) parts.Add($"EXISTS (SELECT 1 FROM draft_status h WHERE h.draft_id = {d}.id AND {Of(hs)})");
        if (where.HistoryNone is { } hn) parts.Add($"NOT EXISTS (SELECT 1 FROM draft_status h WHERE h.draft_id = {d}.id AND {Of(hn)})");
        return $"({All(parts)})";
    }

    /// <summary>A position filter over the position row p (of <see cref="Positions"/>).</summary>
    public string Of(PositionWhere? where) => Of(where, "p");

    /// <summary>A position filter over the position row aliased <paramref name="p"/> (a fresh alias for each position it reaches).</summary>
    public string Of(PositionWhere? where, string p)
    {
        if (where is null) return "1";
        var parts = new List<string>();
        if (where.ActorId is { } actor) parts.Add($"{p}.actor_id = {Param(actor)}");
        if (where.ActorIdIn is { } actors) parts.Add($"{p}.actor_id IN {List(actors)}");
        if (where.Stance is { } stance) parts.Add($"{p}.stance = {Param(EnumNames.ToName(stance))}");
        if (where.StanceIn is { } stances) parts.Add($"{p}.stance IN {List(stances.Select(s => EnumNames.ToName(s)))}");
        if (where.SinceGte is { } sinceFrom) parts.Add(Dated($"{p}.since", ">=", sinceFrom));
        if (where.SinceLte is { } sinceTo) parts.Add(Dated($"{p}.since", "<=", sinceTo));
        if (where.UntilGte is { } untilFrom) parts.Add(Dated($"{p}.until", ">=", untilFrom));
        if (where.UntilLte is { } untilTo) parts.Add(Dated($"{p}.until", "<=", untilTo));
        if (where.AsOf is { } day) parts.Add($"({SqlRules.Holds($"{p}.since", $"{p}.until", Param(DateParsing.Format(day)))})");
        // A member on the position's since; an undated position, a member at any time (Dates.Holds with no day).
        if (where.ActorMemberOf is { } alliance) parts.Add(SqlRules.MemberOn($"{p}.actor_id", Param(alliance), $"{p}.since"));
        if (where.DraftId is { } draft) parts.Add($"{p}.draft_id = {Param(draft)}");
        if (where.DraftIdIn is { } drafts) parts.Add($"{p}.draft_id IN {List(drafts)}");
        if (where.OnDraft is { } on) parts.Add($"{p}.draft_id IN {DraftsMatching(on)}");
        // PositionFilters.Precedes: both dated, the earlier begun on an earlier day.
        if (where.PrecededBy is { } before) parts.Add(SameActorAndDraft(p, q => $"{q}.since < {p}.since", before));
        if (where.FollowedBy is { } after) parts.Add(SameActorAndDraft(p, q => $"{q}.since > {p}.since", after));
        return $"({All(parts)})";
    }

    /// <summary>
    /// The ids of the drafts a whole draft filter keeps, as a list the position's draft is looked up in: uncorrelated, so
    /// SQLite reads it once per statement and then each position's draft from it.
    /// </summary>
    public string DraftsMatching(DraftWhere where)
    {
        var d = $"d{++aliases}";
        return $"(SELECT {d}.id FROM draft {d} WHERE {Of(where, d)})";
    }

    /// <summary>
    /// Another position that counts of the actor of <paramref name="p"/> on its draft, in the order given, matching the
    /// filter (a NULL since compares as false, so undated positions are in no order). The positions and the ballots are
    /// asked apart, each by its index (a union read once per position cost several times more), so the filter is written
    /// for each.
    /// </summary>
    private string SameActorAndDraft(string p, Func<string, string> order, PositionWhere where)
    {
        var q = $"q{++aliases}";
        var ballots = SqlRules.BallotPositions($"b.actor_id = {p}.actor_id AND v.draft_id = {p}.draft_id");
        // By the draft's index (a draft has at most one position per member, an actor thousands): the unary + keeps SQLite
        // from choosing the actor's.
        return $"(EXISTS (SELECT 1 FROM position {q} WHERE +{q}.actor_id = {p}.actor_id AND {q}.draft_id = {p}.draft_id " +
            $"AND {q}.id NOT IN {Schema.Retracted} AND {order(q)} AND {Of(where, q)}) " +
            $"OR EXISTS (SELECT 1 FROM {ballots} {q} WHERE {order(q)} AND {Of(where, q)}))";
    }

    private string Of(PositionCountWhere where, string d)
    {
        if (KeptPositions.ReadsRowAlone(where.Where))
        {
            WantsKept = true;
            if (kept is not null)
            {
                // Where a draft with no such position meets the comparison, the drafts that fail it are left out; else the
                // drafts that meet it are the list.
                var zeroMeets = DraftFilters.Matches(where, 0);
                var drafts = kept.Drafts(where, meeting: !zeroMeets);
                return zeroMeets ? $"{d}.id NOT IN {List(drafts)}" : $"{d}.id IN {List(drafts)}";
            }
        }
        var condition = Of(where.Where);
        var count = $"(SELECT COUNT(*) FROM {Positions(d)} p WHERE {condition})";
        // A comparison no draft without such positions meets, of named actors, is one grouped subquery over their
        // positions; any other counts each draft's own (a draft with none is in no group).
        string Compare(string op, int value, bool zeroMeets) => zeroMeets || !NamesActors(where.Where)
            ? $"{count} {op} {Param(value)}"
            : $"{d}.id IN (SELECT p.draft_id FROM {AllPositions} p WHERE {condition} GROUP BY p.draft_id HAVING COUNT(*) {op} {Param(value)})";
        var parts = new List<string>();
        if (where.Count is { } eq) parts.Add(Compare("=", eq, eq == 0));
        if (where.CountGt is { } gt) parts.Add(Compare(">", gt, 0 > gt));
        if (where.CountGte is { } gte) parts.Add(Compare(">=", gte, 0 >= gte));
        if (where.CountLt is { } lt) parts.Add(Compare("<", lt, 0 < lt));
        if (where.CountLte is { } lte) parts.Add(Compare("<=", lte, 0 <= lte));
        return $"({All(parts)})";
    }

    /// <summary>A status filter over the status row h.</summary>
    private string Of(StatusWhere where)
    {
        var parts = new List<string>();
        if (where.Status is { } status) parts.Add($"h.status = {Param(EnumNames.ToName(status))}");
        if (where.StatusIn is { } statuses) parts.Add($"h.status IN {List(statuses.Select(s => EnumNames.ToName(s)))}");
        if (where.AsOf is { } day) parts.Add($"(h.date IS NULL OR h.date <= {Param(DateParsing.Format(day))})");
        return $"({All(parts)})";
    }
}
