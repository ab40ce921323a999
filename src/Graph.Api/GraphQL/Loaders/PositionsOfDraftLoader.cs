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

    /// <summary>Whether the field's selection reads a position's evidence; without a selection to look at, it is read.</summary>
    public static bool SelectsEvidence(IResolveFieldContext c) => Selection.Reads(c, "evidence") != false;

    /// <summary>Whether the field's selection reads a position's actor (only fetched ahead when it surely does).</summary>
    public static bool SelectsActor(IResolveFieldContext c) => Selection.Reads(c, "actor") == true;
}
