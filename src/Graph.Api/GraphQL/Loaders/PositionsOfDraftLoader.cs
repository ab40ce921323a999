namespace Graph.Api.GraphQL;

/// <summary>The positions taken on each draft, with their evidence only when the request selects it.</summary>
public sealed class PositionsOfDraftLoader(IGraphStore store)
    : KeyedLoader<(Stance? Stance, DateOnly? AsOf, bool Retracted, bool WithEvidence), IReadOnlyList<Position>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FetchAsync(IReadOnlyList<string> ids,
        (Stance? Stance, DateOnly? AsOf, bool Retracted, bool WithEvidence) args, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetPositionsAsync(new FactFilter(ObjectIds: ids, AsOf: args.AsOf, IncludeRetracted: args.Retracted,
            WithEvidence: args.WithEvidence), args.Stance, ct), p => p.DraftId);

    /// <summary>
    /// Whether the field's selection (fragments expanded, @skip and @include applied, as it will execute) reads a position's
    /// evidence; without a selection to look at, it is read.
    /// </summary>
    public static bool SelectsEvidence(IResolveFieldContext c) =>
        c.SubFields is not { } fields || fields.Values.Any(f => f.FieldType.Name == "evidence");
}
