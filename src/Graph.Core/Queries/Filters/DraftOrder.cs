namespace Graph.Core;

public enum DraftOrderField { Id, Title, Tabled }

/// <summary>One key of a draft ordering; a query's keys are followed by the id, ascending, so the order is total.</summary>
public sealed record DraftOrder(DraftOrderField Field, bool Descending = false);

/// <summary>A filtered, ordered read of drafts (no keys: by title, then id, as <c>drafts</c> always listed them).</summary>
public sealed record DraftQuery(DraftWhere? Where = null, IReadOnlyList<DraftOrder>? OrderBy = null)
{
    public static readonly IReadOnlyList<DraftOrder> DefaultOrder = [new(DraftOrderField.Title)];

    /// <summary>The keys to sort by, the id tie-break last (dropped where an earlier key is already the id).</summary>
    public IReadOnlyList<DraftOrder> Keys() =>
        OrderKeys.IdLast(OrderBy, DefaultOrder, k => k.Field == DraftOrderField.Id, new DraftOrder(DraftOrderField.Id));
}
