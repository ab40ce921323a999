namespace Graph.Api.GraphQL;

/// <summary>
/// The positions taken on each draft, with their evidence only when the request selects it, and their actors fetched in the
/// same pass when it selects those.
/// </summary>
public sealed class PositionsOfDraftLoader(IGraphStore store, ActorLoader actors)
    : KeyedLoader<(Stance? Stance, DateOnly? AsOf, bool Retracted, bool WithEvidence, bool WithActors), IReadOnlyList<Position>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FetchAsync(IReadOnlyList<string> ids,
        (Stance? Stance, DateOnly? AsOf, bool Retracted, bool WithEvidence, bool WithActors) args, CancellationToken ct)
    {
        var positions = await store.GetPositionsAsync(new FactFilter(ObjectIds: ids, AsOf: args.AsOf, IncludeRetracted: args.Retracted,
            WithEvidence: args.WithEvidence), args.Stance, ct);
        if (args.WithActors) await actors.PrimeAsync(positions.Select(p => p.ActorId), ct);
        return Rows.GroupedBy(positions, p => p.DraftId);
    }

    /// <summary>
    /// Whether the field's selection (fragments expanded, @skip and @include applied, as it will execute) reads a position's
    /// evidence; without a selection to look at, it is read.
    /// </summary>
    public static bool SelectsEvidence(IResolveFieldContext c) =>
        c.SubFields is not { } fields || fields.Values.Any(f => f.FieldType.Name == "evidence");

    /// <summary>Whether the field's selection, as it will execute, reads a position's actor.</summary>
    public static bool SelectsActor(IResolveFieldContext c) =>
        c.SubFields is { } fields && fields.Values.Any(f => f.FieldType.Name == "actor");
}
