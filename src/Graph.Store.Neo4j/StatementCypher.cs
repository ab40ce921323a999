using Graph.Core;
using static Graph.Store.Neo4j.CypherComposer;

namespace Graph.Store.Neo4j;

/// <summary>
/// A statement query as one Cypher statement, composed of cypher/filters' parts (statement-where.cypher over s, speaker, src
/// and day; statement-order.cypher), the search through the full-text index in the same statement. What each part means is
/// <see cref="StatementFilters"/>; the store contract pins them together.
/// </summary>
internal sealed class StatementCypher(CypherComposer c)
{
    private const string WhereFile = "statement-where", OrderFile = "statement-order";

    private static readonly (string Name, Func<StatementWhere, object?> Value)[] StatementValues =
    [
        (nameof(StatementWhere.Id), w => w.Id), (nameof(StatementWhere.IdIn), w => w.IdIn),
        (nameof(StatementWhere.Kind), w => Name(w.Kind)), (nameof(StatementWhere.KindIn), w => Names(w.KindIn)),
        (nameof(StatementWhere.SpeakerId), w => w.SpeakerId), (nameof(StatementWhere.SpeakerIdIn), w => w.SpeakerIdIn),
        (nameof(StatementWhere.SpeakerKind), w => Name(w.SpeakerKind)), (nameof(StatementWhere.SpeakerKindIn), w => Names(w.SpeakerKindIn)),
        (nameof(StatementWhere.SpeakerRepresents), w => w.SpeakerRepresents), (nameof(StatementWhere.SpeakerMemberOf), w => w.SpeakerMemberOf),
        (nameof(StatementWhere.AboutId), w => w.AboutId), (nameof(StatementWhere.AboutIdIn), w => w.AboutIdIn),
        (nameof(StatementWhere.SourceId), w => w.SourceId), (nameof(StatementWhere.SourceIdIn), w => w.SourceIdIn),
        (nameof(StatementWhere.DateGte), w => w.DateGte), (nameof(StatementWhere.DateLte), w => w.DateLte),
        (nameof(StatementWhere.TextContains), w => w.TextContains),
    ];

    /// <summary>Every part this translator names, by file: all must be there at start.</summary>
    public static IEnumerable<(string File, string Name)> Required() =>
        StatementValues.Select(v => v.Name).Append(nameof(StatementWhere.Not)).Select(n => (WhereFile, n))
            .Concat(Enum.GetNames<StatementOrderField>().Select(n => (OrderFile, n)));

    /// <summary>A page of the statements the query keeps, in its order, and how many (at most the count limit): rows (total, page).</summary>
    /// <param name="search">The words searched for as a Lucene query (quoted words and prefixes only), or null for no search.</param>
    public CypherQuery Query(StatementQuery query, string? search, PageRequest page)
    {
        var order = c.Order(OrderFile, query.Keys().Select(k => (k.Field.ToString(), k.Descending)));
        return c.Query(c.Statement("query-statements", inner: Where(query.Where), order: order), ("search", search),
            ("includeRetracted", query.IncludeRetracted), ("countLimit", query.CountLimit), ("offset", page.Offset), ("first", page.First));
    }

    private string Where(StatementWhere? where)
    {
        if (where is null) return "true";
        var found = c.Values(WhereFile, StatementValues, where, []);
        c.Logic(found, WhereFile, where.And, where.Or, where.Not, Where);
        return All(found);
    }
}
