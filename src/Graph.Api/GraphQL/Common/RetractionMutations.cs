namespace Graph.Api.GraphQL;

/// <summary>
/// Retracting keeps the fact (never deleted) and records why, who and when; the fact then leaves every list, search,
/// count and view unless includeRetracted. A fact retracted before is refused (ALREADY_RETRACTED): the first stands.
/// </summary>
internal static class RetractionMutations
{
    public static void AddRetractionMutations(this ObjectGraphType mutation)
    {
        mutation.AddRetract<PositionType>(RetractableKind.Position, StanceMutations.PositionAsync);
        mutation.AddRetract<MembershipType>(RetractableKind.Membership, AllianceMutations.MembershipAsync);
        mutation.AddRetract<RoleType>(RetractableKind.Role, RoleAsync);
        mutation.AddRetract<StatementType>(RetractableKind.Statement, StatementAsync);
        mutation.Field<NonNullGraphType<RetractionType>>("retractExtraction")
            .Description("Retracts a position, membership, role or statement that reading a report created (a curated one is refused: retract it by its kind).")
            .With(Args.SubjectId).With(Args.Reason).With(Args.By)
            .Resolve().WithServices<CurationService, ReportIngestion>().ResolveAsync(RetractExtractionAsync);
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RetractionType>>>>("retractReport")
            .Description("Retracts every position, membership, role and statement that reading the report (a source) created, in one transaction; " +
                "actors and drafts it created stay. Facts retracted before are left as they are; ALREADY_RETRACTED when all were.")
            .With(Args.SourceId).With(Args.Reason).With(Args.By)
            .Resolve().WithServices<CurationService, ReportIngestion>().ResolveAsync(RetractReportAsync);
    }

    /// <summary>retractPosition and its kin: retracts the fact, then answers it as it now stands (with its retraction).</summary>
    private static void AddRetract<TType>(this ObjectGraphType mutation, RetractableKind kind, Func<IGraphStore, string, CancellationToken, Task<object>> read)
        where TType : IGraphType
    {
        var what = kind.ToString();
        mutation.Field<NonNullGraphType<TType>>($"retract{what}")
            .Description($"Retracts a {what.ToLowerInvariant()}: it is kept, with why, who and when, but left out of every answer unless includeRetracted.")
            .With(Args.Id).With(Args.Reason).With(Args.By)
            .Resolve().WithServices<CurationService, IGraphStore, ReportIngestion>()
            .ResolveAsync((c, curation, store, ingestion) => RetractAsync(c, curation, store, ingestion, kind, read));
    }

    private static async Task<object?> RetractAsync(IResolveFieldContext<object?> c, CurationService curation, IGraphStore store,
        ReportIngestion ingestion, RetractableKind kind, Func<IGraphStore, string, CancellationToken, Task<object>> read)
    {
        var id = c.Get(Args.Id);
        await curation.RetractAsync(kind, id, Request(c), c.CancellationToken);
        if (kind == RetractableKind.Role) ingestion.ActorsChanged();
        return await read(store, id, c.CancellationToken);
    }

    // What reading a report created may include roles: the next report must no longer credit a person to a state.
    private static async Task<object?> RetractExtractionAsync(IResolveFieldContext<object?> c, CurationService curation, ReportIngestion ingestion)
    {
        var retraction = await curation.RetractExtractionAsync(c.Get(Args.SubjectId), Request(c), c.CancellationToken);
        ingestion.ActorsChanged();
        return retraction;
    }

    private static async Task<object?> RetractReportAsync(IResolveFieldContext<object?> c, CurationService curation, ReportIngestion ingestion)
    {
        var retractions = await curation.RetractReportAsync(c.Get(Args.SourceId), Request(c), c.CancellationToken);
        ingestion.ActorsChanged();
        return retractions;
    }

    /// <summary>Every mutation is let in by an API key (GraphQLEndpoint), so that is how the caller is recorded.</summary>
    private static RetractRequest Request(IResolveFieldContext c) => new(c.Get(Args.Reason), c.Get(Args.By), "API key");

    private static async Task<object> RoleAsync(IGraphStore store, string id, CancellationToken ct) =>
        (await store.GetRolesAsync(new FactFilter(FactIds: [id], IncludeRetracted: true), ct)).Single();

    private static async Task<object> StatementAsync(IGraphStore store, string id, CancellationToken ct) =>
        (await store.GetStatementsAsync([id], ct)).Single();
}
