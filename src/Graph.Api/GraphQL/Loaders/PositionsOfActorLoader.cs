namespace Graph.Api.GraphQL;

/// <summary>The positions each actor takes.</summary>
public sealed class PositionsOfActorLoader(IGraphStore store) : KeyedLoader<(Stance? Stance, DateOnly? AsOf, bool Retracted), IReadOnlyList<Position>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FetchAsync(IReadOnlyList<string> ids, (Stance? Stance, DateOnly? AsOf, bool Retracted) args, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetPositionsAsync(new FactFilter(SubjectIds: ids, AsOf: args.AsOf, IncludeRetracted: args.Retracted), args.Stance, ct), p => p.ActorId);
}
