using Graph.Core;

namespace Graph.Store.Embedded;

/// <summary>
/// An actor filter tree (<see cref="ActorFilters"/>, its definition) as one SQL condition over the actor a, its position
/// filters written by <see cref="DraftWhereSql"/> (whose parameters this shares): every value a numbered parameter, every
/// column and operator constant text. Each condition is two-valued, so NOT and positions_ALL mean what the definition means.
/// </summary>
internal sealed class ActorWhereSql
{
    /// <summary>The positions that count and the ballots as positions (<see cref="SqlRules.SideFacts"/>) of the actor row a, by the actor's indexes.</summary>
    public static string Positions(string a) => SqlRules.SideFacts($"actor_id = {a}.id", $"b.actor_id = {a}.id");

    /// <summary>The position filters, and the parameters of the whole statement.</summary>
    public DraftWhereSql Sql { get; } = new();

    /// <summary>
    /// The drafts a position filter names (by id, or by a draft filter), as a list of ids; null if it names none. SQLite does
    /// not push a list read by a subquery into the branches of the positions' union, so the branches are given it.
    /// </summary>
    private string? NamedDrafts(PositionWhere where) => where switch
    {
        { DraftId: { } id } => $"({Sql.Param(id)})",
        { DraftIdIn: { } ids } => Sql.List(ids),
        { OnDraft: { } on } => Sql.DraftsMatching(on),
        _ => null,
    };

    public string Of(ActorWhere? where, string a = "a")
    {
        if (where is null) return "1";
        var parts = new List<string>();
        if (where.Id is { } id) parts.Add($"{a}.id = {Sql.Param(id)}");
        if (where.IdIn is { } ids) parts.Add($"{a}.id IN {Sql.List(ids)}");
        if (where.Kind is { } kind) parts.Add($"{a}.kind = {Sql.Param(EnumNames.ToName(kind))}");
        if (where.KindIn is { } kinds) parts.Add($"{a}.kind IN {Sql.List(kinds.Select(k => EnumNames.ToName(k)))}");
        if (where.Name is { } name) parts.Add($"{a}.name = {Sql.Param(name)}");
        // instr compares characters exactly: the definition's ordinal Contains ('' is in every name).
        if (where.NameContains is { } part) parts.Add($"instr({a}.name, {Sql.Param(part)}) > 0");
        if (where.MemberOf is { } alliance)
            parts.Add($"{a}.id IN (SELECT m.actor_id FROM membership m WHERE m.alliance_id = {Sql.Param(alliance)} AND m.id NOT IN {Schema.Retracted})");
        if (where.And is { } and) parts.Add(Rows.All(and.Select(w => Of(w, a)).ToList()));
        if (where.Or is { } or) parts.Add(FilterSql.AnyOf(or.Select(w => Of(w, a))));
        if (where.Not is { } not) parts.Add($"NOT ({Of(not, a)})");
        // A filter that names its drafts reads their positions once, by the drafts' index (actor_id is never NULL, so NOT IN
        // is exactly "no such position"); any other reads each actor's own, by the actor's indexes.
        if (where.PositionsSome is { } some)
            parts.Add(NamedDrafts(some) is { } drafts ? $"{a}.id IN {ActorsWhere(drafts, some)}" : $"EXISTS (SELECT 1 FROM {Positions(a)} p WHERE {Sql.Of(some)})");
        if (where.PositionsAll is { } all) parts.Add($"NOT EXISTS (SELECT 1 FROM {Positions(a)} p WHERE NOT ({Sql.Of(all)}))");
        if (where.PositionsNone is { } none)
            parts.Add(NamedDrafts(none) is { } drafts ? $"{a}.id NOT IN {ActorsWhere(drafts, none)}" : $"NOT EXISTS (SELECT 1 FROM {Positions(a)} p WHERE {Sql.Of(none)})");
        if (where.PositionsAggregate is { } count) parts.Add(Of(count, a));
        return $"({Rows.All(parts)})";
    }

    /// <summary>The actors with a position (or ballot) on one of the <paramref name="drafts"/> that the filter keeps.</summary>
    private string ActorsWhere(string drafts, PositionWhere where) =>
        $"(SELECT p.actor_id FROM {SqlRules.SideFacts($"draft_id IN {drafts}", $"v.draft_id IN {drafts}")} p WHERE {Sql.Of(where)})";

    private string Of(PositionCountWhere where, string a)
    {
        var count = $"(SELECT COUNT(*) FROM {Positions(a)} p WHERE {Sql.Of(where.Where)})";
        var parts = new List<string>();
        if (where.Count is { } eq) parts.Add($"{count} = {Sql.Param(eq)}");
        if (where.CountGt is { } gt) parts.Add($"{count} > {Sql.Param(gt)}");
        if (where.CountGte is { } gte) parts.Add($"{count} >= {Sql.Param(gte)}");
        if (where.CountLt is { } lt) parts.Add($"{count} < {Sql.Param(lt)}");
        if (where.CountLte is { } lte) parts.Add($"{count} <= {Sql.Param(lte)}");
        return $"({Rows.All(parts)})";
    }
}
