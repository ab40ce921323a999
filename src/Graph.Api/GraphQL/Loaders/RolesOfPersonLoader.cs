namespace Graph.Api.GraphQL;

/// <summary>Whom each person speaks for.</summary>
public sealed class RolesOfPersonLoader(IGraphStore store) : KeyedLoader<(DateOnly? AsOf, bool Retracted), IReadOnlyList<Role>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Role>>> FetchAsync(IReadOnlyList<string> ids, (DateOnly? AsOf, bool Retracted) args, CancellationToken ct) =>
        Rows.GroupedBy(await store.GetRolesAsync(new FactFilter(SubjectIds: ids, AsOf: args.AsOf, IncludeRetracted: args.Retracted), ct), r => r.PersonId);
}
