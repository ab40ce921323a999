namespace Graph.Api.GraphQL;

public enum OrderDirection { Asc, Desc }

public sealed class DraftOrderType : InputObjectGraphType
{
    public DraftOrderType()
    {
        Name = "DraftOrder";
        Description = "One key of the order; the keys are followed by the id, ascending, so pages never overlap. A missing date sorts before every date.";
        Field<NonNullGraphType<GraphEnum<DraftOrderField>>>("field").Description("TABLED: the draft's earliest dated status change.");
        Field<GraphEnum<OrderDirection>>("direction").DefaultValue(OrderDirection.Asc);
    }

    public static IReadOnlyList<DraftOrder>? Read(IEnumerable<object?>? keys) =>
        keys?.OfType<IDictionary<string, object?>>().Select(k => new DraftOrder((DraftOrderField)k["field"]!,
            k.TryGetValue("direction", out var d) && d is OrderDirection.Desc)).ToList();
}
