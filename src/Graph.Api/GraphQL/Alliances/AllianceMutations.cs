namespace Graph.Api.GraphQL;

/// <summary>Curating alliances and who belongs to them.</summary>
internal static class AllianceMutations
{
    public static void AddAllianceMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AllianceType>>("createAlliance").With(Args.Input<AllianceInputType>())
            .Resolve().WithService<CurationService>().ResolveAsync(CreateAllianceAsync);
        mutation.Field<NonNullGraphType<AllianceType>>("updateAlliance").With(Args.Input<AllianceInputType>())
            .Resolve().WithService<CurationService>().ResolveAsync(UpdateAllianceAsync);
    }

    public static void AddMembershipMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MembershipType>>("addMembership").With(Args.Input<MembershipInputType>())
            .Resolve().WithServices<CurationService, IGraphStore>().ResolveAsync(AddMembershipAsync);
        mutation.Field<NonNullGraphType<MembershipType>>("endMembership").Description("Ends a membership: 'until' is the first day it no longer holds.")
            .With(Args.Id).With(Args.Until)
            .Resolve().WithServices<CurationService, IGraphStore>().ResolveAsync(EndMembershipAsync);
    }

    private static async Task<object?> CreateAllianceAsync(IResolveFieldContext<object?> c, CurationService curation) =>
        await curation.CreateAllianceAsync(AllianceFrom(InputMap.Of(c)), c.CancellationToken);

    private static async Task<object?> UpdateAllianceAsync(IResolveFieldContext<object?> c, CurationService curation) =>
        await curation.UpdateAllianceAsync(AllianceFrom(InputMap.Of(c)), c.CancellationToken);

    private static async Task<object?> AddMembershipAsync(IResolveFieldContext<object?> c, CurationService curation, IGraphStore store)
    {
        var i = InputMap.Of(c);
        var id = await curation.AddMembershipAsync(new MembershipInput(i.Str("id"), i.Str("actorId")!, i.Str("allianceId")!,
            i.Date("since"), i.Date("until"), StatementMutations.EvidenceListFrom(i)), c.CancellationToken);
        return await MembershipAsync(store, id, c.CancellationToken);
    }

    private static async Task<object?> EndMembershipAsync(IResolveFieldContext<object?> c, CurationService curation, IGraphStore store)
    {
        var id = c.Get(Args.Id);
        await curation.EndMembershipAsync(id, c.Get(Args.Until), c.CancellationToken);
        return await MembershipAsync(store, id, c.CancellationToken);
    }

    /// <summary>A membership just written, retracted or not.</summary>
    public static async Task<object> MembershipAsync(IGraphStore store, string id, CancellationToken ct) =>
        (await store.GetMembershipsAsync(new FactFilter(FactIds: [id], IncludeRetracted: true), ct)).Single();

    private static Alliance AllianceFrom(InputMap i) =>
        new(i.Str("id")!, i.Enum<AllianceKind>("kind"), i.Str("name")!, i.Str("description")) { BodyId = i.Str("bodyId") };
}
