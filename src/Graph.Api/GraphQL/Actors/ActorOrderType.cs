namespace Graph.Api.GraphQL;

public sealed class ActorOrderType : InputObjectGraphType
{
    public ActorOrderType()
    {
        Name = "ActorOrder";
        Description = "One key of the order; the keys are followed by the id, ascending, so pages never overlap.";
        Field<NonNullGraphType<GraphEnum<ActorOrderField>>>("field");
        Field<GraphEnum<OrderDirection>>("direction").DefaultValue(OrderDirection.Asc);
    }

    public static IReadOnlyList<ActorOrder>? Read(IEnumerable<object?>? keys) =>
        keys?.OfType<IDictionary<string, object?>>().Select(k => new ActorOrder((ActorOrderField)k["field"]!,
            k.TryGetValue("direction", out var d) && d is OrderDirection.Desc)).ToList();
}
