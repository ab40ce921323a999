using Graph.Core;

namespace Graph.Store.Embedded;

/// <summary>
/// One kind of edge: the table it is stored in and, as SQL over that table, its two ends and its relation (a name or a
/// column). <see cref="RetractedBy"/> names the column a retraction of its fact or statement would name;
/// <see cref="StatementEnd"/> the end that is a statement, which path search steps over by statement links instead.
/// </summary>
internal sealed record EdgeKind(string Table, string From, string Relation, string To)
{
    public string? RetractedBy { get; init; }
    public string? Condition { get; init; }
    public string? StatementEnd { get; init; }

    /// <summary>Whether two rows may be the same edge (two positions alike), so a limited read must count distinct ones.</summary>
    public bool MayRepeat { get; init; }

    /// <summary>The order a read from the <see cref="From"/> end takes before its limit, when not the index's own.</summary>
    public string? FromOrder { get; init; }

    public string Select => $"SELECT {From}, {Relation}, {To} FROM {Table}";

    /// <summary>At most $limit of the edges found by the condition, in the order given or the index's.</summary>
    public string Limited(string condition, string? order = null) =>
        $"SELECT * FROM (SELECT {(MayRepeat ? "DISTINCT " : "")}{From}, {Relation}, {To} FROM {Table} WHERE {Where(condition)}" +
        (order is null ? "" : $" ORDER BY {order}") + " LIMIT $limit)";

    /// <summary>The kind's own conditions (not retracted, any condition of its table) after the given one.</summary>
    public string Where(string condition) =>
        string.Join(" AND ", new[] { condition, RetractedBy is null ? null : $"{RetractedBy} NOT IN {Schema.Retracted}", Condition }.OfType<string>());
}

/// <summary>
/// The graph's edges, each in its stored direction: REPRESENTS (roles), MADE and ABOUT (statements), the stances
/// (positions), MEMBER_OF, the draft relations and IN_FORUM. Sources, evidence and 'via' are provenance, not relations.
/// Every query over edges is made from <see cref="Kinds"/>, so a kind added there reaches all of them.
/// </summary>
internal static class EdgeVocabulary
{
    // The relations' names are Core's (Relations); a position's stance and a draft relation's kind are stored by those names.
    public static readonly IReadOnlyList<EdgeKind> Kinds =
    [
        new("role", "person_id", $"'{Relations.Represents}'", "represents_id") { RetractedBy = "id", MayRepeat = true },
        new("statement", "speaker_id", $"'{Relations.Made}'", "id") { RetractedBy = "id", StatementEnd = "id", FromOrder = "effective_date DESC, id" },
        new("statement_about", "statement_id", $"'{Relations.About}'", "target_id") { RetractedBy = "statement_id", StatementEnd = "statement_id" },
        new("position", "actor_id", "stance", "draft_id") { RetractedBy = "id", MayRepeat = true },
        new("membership", "actor_id", $"'{Relations.MemberOf}'", "alliance_id") { RetractedBy = "id", MayRepeat = true },
        new("draft_relation", "from_id", "kind", "to_id"),
        new("draft", "id", $"'{Relations.InForum}'", "forum_id") { Condition = "forum_id IS NOT NULL" },
    ];

    /// <summary>
    /// Every edge with an end in the CTE ids(id), ordered. One branch per table rather than a view, because SQLite does not
    /// push an IN (subquery) filter into a UNION view and would scan every table; UNION also drops an edge found from both
    /// ends or repeated by two facts.
    /// </summary>
    public static readonly string OfNodes = Union(k => $"({k.From} IN ids OR {k.To} IN ids)");

    /// <summary>
    /// As <see cref="OfNodes"/>, but an edge to a statement only from the statement itself, or from a node when the statement
    /// is in the CTE keep(id) (path search reaches the other statements by their links).
    /// </summary>
    public static readonly string PathStep = Union(k => k.StatementEnd is { } s
        ? $"({s} IN ids OR ({s} IN keep AND {(s == k.From ? k.To : k.From)} IN ids))"
        : $"({k.From} IN ids OR {k.To} IN ids)");

    /// <summary>
    /// The edges of the node $id, at most $limit distinct ones of each kind from each end, read from that end's index (a
    /// speaker's newest statements first), so a node with a hundred thousand edges costs as little as one with ten.
    /// </summary>
    public static readonly string OfOneNode = string.Join("\nUNION ALL ",
        Kinds.SelectMany(k => new[] { k.Limited($"{k.From} = $id", k.FromOrder), k.Limited($"{k.To} = $id") })) + ";";

    private static string Union(Func<EdgeKind, string> ends) =>
        string.Join("\nUNION ", Kinds.Select(k => $"{k.Select} WHERE {k.Where(ends(k))}")) + "\nORDER BY 1, 2, 3;";
}
