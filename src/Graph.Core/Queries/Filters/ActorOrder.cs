namespace Graph.Core;

public enum ActorOrderField { Id, Name, Kind }

/// <summary>One key of an actor ordering; a query's keys are followed by the id, ascending, so the order is total.</summary>
public sealed record ActorOrder(ActorOrderField Field, bool Descending = false);

/// <summary>A filtered, ordered read of actors (no keys: by name, then id, as <c>actors</c> always listed them).</summary>
public sealed record ActorQuery(ActorWhere? Where = null, IReadOnlyList<ActorOrder>? OrderBy = null)
{
    public static readonly IReadOnlyList<ActorOrder> DefaultOrder = [new(ActorOrderField.Name)];

    /// <summary>The keys to sort by, the id tie-break last (dropped where an earlier key is already the id).</summary>
    public IReadOnlyList<ActorOrder> Keys() =>
        OrderKeys.IdLast(OrderBy, DefaultOrder, k => k.Field == ActorOrderField.Id, new ActorOrder(ActorOrderField.Id));
}
