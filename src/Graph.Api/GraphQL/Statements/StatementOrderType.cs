namespace Graph.Api.GraphQL;

public sealed class StatementOrderType : InputObjectGraphType
{
    public StatementOrderType()
    {
        Name = "StatementOrder";
        Description = "One key of the order; the keys are followed by the id, ascending, so pages never overlap. A missing date sorts before every date.";
        Field<NonNullGraphType<GraphEnum<StatementOrderField>>>("field").Description("DATE: the date said, else reported; REPORTED_ON: the source's date.");
        Field<GraphEnum<OrderDirection>>("direction").DefaultValue(OrderDirection.Asc);
    }

    public static IReadOnlyList<StatementOrder>? Read(IEnumerable<object?>? keys) =>
        keys?.OfType<IDictionary<string, object?>>().Select(k => new StatementOrder((StatementOrderField)k["field"]!,
            k.TryGetValue("direction", out var d) && d is OrderDirection.Desc)).ToList();
}
