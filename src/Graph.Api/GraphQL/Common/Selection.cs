namespace Graph.Api.GraphQL;

/// <summary>What a field's selection reads, as it will execute: fragments expanded, aliases resolved, @skip and @include applied.</summary>
public static class Selection
{
    /// <summary>Whether the selection reads the named field of its type; null when the executor gives no selection to look at.</summary>
    public static bool? Reads(IResolveFieldContext c, string field) =>
        c.SubFields?.Values.Any(f => f.FieldType.Name == field);
}
