using Graph.Core;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.GraphQL;

/// <summary>Curation. Each mutation is checked whole by the core and written in one transaction, or not at all.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<ActorType>>("createActor").Argument<NonNullGraphType<ActorInputType>>("input")
            .ResolveAsync(async c => await Curation(c).CreateActorAsync(ActorFrom(Input(c)), c.CancellationToken));
        Field<NonNullGraphType<ActorType>>("updateActor").Argument<NonNullGraphType<ActorInputType>>("input")
            .ResolveAsync(async c =>
            {
                var actor = await Curation(c).UpdateActorAsync(ActorFrom(Input(c)), c.CancellationToken);
                // A new name or alias must be known to the next report read (new actors are noticed by their number).
                c.RequestServices!.GetRequiredService<ReportIngestion>().ActorsChanged();
                return actor;
            });
        Field<NonNullGraphType<DraftType>>("createDraft").Argument<NonNullGraphType<DraftInputType>>("input")
            .ResolveAsync(async c => await Curation(c).CreateDraftAsync(DraftFrom(Input(c)), c.CancellationToken));
        Field<NonNullGraphType<DraftType>>("updateDraft").Argument<NonNullGraphType<DraftInputType>>("input")
            .ResolveAsync(async c => await Curation(c).UpdateDraftAsync(DraftFrom(Input(c)), c.CancellationToken));
        Field<NonNullGraphType<DraftType>>("recordDraftStatus").Argument<NonNullGraphType<DraftStatusInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = Input(c);
                var change = await Curation(c).RecordDraftStatusAsync(new DraftStatusChange(i.Str("draftId")!, i.Enum<DraftStatus>("status"),
                    i.Date("date"), EvidenceFrom(i.Dict("evidence")!)), c.CancellationToken);
                return c.Loaders().Draft(change.DraftId);
            });
        Field<NonNullGraphType<DraftType>>("relateDrafts").Argument<NonNullGraphType<DraftRelationInputType>>("input")
            .Description("Records that one draft revises, or is an alternative to, another; returns the 'from' draft.")
            .ResolveAsync(async c =>
            {
                var i = Input(c);
                var relation = await Curation(c).RelateDraftsAsync(new DraftRelation(i.Str("fromId")!, i.Enum<DraftRelationKind>("kind"),
                    i.Str("toId")!, EvidenceFrom(i.Dict("evidence")!)), c.CancellationToken);
                return c.Loaders().Draft(relation.FromId);
            });
        Field<NonNullGraphType<AllianceType>>("createAlliance").Argument<NonNullGraphType<AllianceInputType>>("input")
            .ResolveAsync(async c => await Curation(c).CreateAllianceAsync(AllianceFrom(Input(c)), c.CancellationToken));
        Field<NonNullGraphType<AllianceType>>("updateAlliance").Argument<NonNullGraphType<AllianceInputType>>("input")
            .ResolveAsync(async c => await Curation(c).UpdateAllianceAsync(AllianceFrom(Input(c)), c.CancellationToken));
        Field<NonNullGraphType<SourceType>>("createSource").Argument<NonNullGraphType<SourceInputType>>("input")
            .ResolveAsync(async c => await Curation(c).CreateSourceAsync(SourceFrom(Input(c)), c.CancellationToken));
        Field<NonNullGraphType<StatementType>>("recordStatement").Argument<NonNullGraphType<StatementInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = Input(c);
                var id = await Curation(c).RecordStatementAsync(new StatementInput(i.Str("id"), i.Str("speakerId")!, i.Date("date"),
                    i.Enum<StatementKind>("kind"), i.Str("text")!, i.Str("sourceId"), i.Dict("source") is { } s ? SourceFrom(s) : null,
                    i.Str("viaId"), i.Str("setting"), i.Strings("aboutIds")), c.CancellationToken);
                return c.Loaders().Statement(id);
            });
        Field<NonNullGraphType<PositionType>>("recordPosition").Argument<NonNullGraphType<PositionInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = Input(c);
                var id = await Curation(c).RecordPositionAsync(new PositionInput(i.Str("id"), i.Str("actorId")!, i.Str("draftId")!,
                    i.Enum<Stance>("stance"), i.Date("since"), i.Date("until"), EvidenceListFrom(i)), c.CancellationToken);
                return await PositionAsync(c, id);
            });
        Field<NonNullGraphType<PositionType>>("endPosition").Description("Ends a position: 'until' is the first day it no longer holds.")
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<DateScalar>>("until")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                await Curation(c).EndPositionAsync(id, c.GetArgument<DateOnly>("until"), c.CancellationToken);
                return await PositionAsync(c, id);
            });
        Field<NonNullGraphType<VoteType>>("recordVote").Argument<NonNullGraphType<VoteInputType>>("input")
            .Description("Records a vote on a draft with its result and tally; record each member's ballot with recordBallot.")
            .ResolveAsync(async c =>
            {
                var i = Input(c);
                var id = await Curation(c).RecordVoteAsync(new VoteInput(i.Str("id"), i.Str("draftId")!, i.Date("date"), i.Enum<VoteResult>("result"),
                    i.Int("yes"), i.Int("no"), i.Int("abstain"), EvidenceListFrom(i)), c.CancellationToken);
                return (await Store(c).GetVotesByIdAsync([id], c.CancellationToken)).Single();
            });
        Field<NonNullGraphType<BallotType>>("recordBallot").Argument<NonNullGraphType<BallotInputType>>("input")
            .Description("Records how one member voted in a vote (one ballot per member).")
            .ResolveAsync(async c =>
            {
                var i = Input(c);
                var id = await Curation(c).RecordBallotAsync(new BallotInput(i.Str("id"), i.Str("voteId")!, i.Str("actorId")!, i.Enum<BallotChoice>("choice"),
                    i.Bool("isVeto"), EvidenceListFrom(i)), c.CancellationToken);
                return (await Store(c).GetBallotsAsync(new FactFilter(FactIds: [id]), c.CancellationToken)).Single();
            });
        Field<NonNullGraphType<MembershipType>>("addMembership").Argument<NonNullGraphType<MembershipInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = Input(c);
                var id = await Curation(c).AddMembershipAsync(new MembershipInput(i.Str("id"), i.Str("actorId")!, i.Str("allianceId")!,
                    i.Date("since"), i.Date("until"), EvidenceListFrom(i)), c.CancellationToken);
                return await MembershipAsync(c, id);
            });
        Field<NonNullGraphType<MembershipType>>("endMembership").Description("Ends a membership: 'until' is the first day it no longer holds.")
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<DateScalar>>("until")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                await Curation(c).EndMembershipAsync(id, c.GetArgument<DateOnly>("until"), c.CancellationToken);
                return await MembershipAsync(c, id);
            });
        AddRetractions();
        Field<NonNullGraphType<IngestReportPayloadType>>("ingestReport").Argument<NonNullGraphType<ReportInputType>>("input")
            .Description("Reads a news report into the graph as `graph ingest` reads a file: actors, people, statements, stances " +
                "and drafts, each tied to the report and the span it was read from. The same text twice adds nothing. " +
                $"A report is at most {Graph.Ingest.ReportReader.MaxBytes:N0} bytes, but a request body at most 256 KiB by default.")
            .ResolveAsync(async c =>
            {
                var i = Input(c);
                return await c.RequestServices!.GetRequiredService<ReportIngestion>().IngestAsync(i.Str("text")!,
                    new Graph.Ingest.ReportMetadata(i.Str("outlet"), i.Str("title"), i.Date("date"), i.Str("url")), c.CancellationToken);
            });
    }

    /// <summary>
    /// Retracting keeps the fact (never deleted) and records why, who and when; the fact then leaves every list, search,
    /// count and view unless includeRetracted. A fact retracted before is refused (ALREADY_RETRACTED): the first stands.
    /// </summary>
    private void AddRetractions()
    {
        Retract<PositionType>(RetractableKind.Position, PositionAsync);
        Retract<MembershipType>(RetractableKind.Membership, MembershipAsync);
        Retract<RoleType>(RetractableKind.Role, async (c, id) =>
            (await Store(c).GetRolesAsync(new FactFilter(FactIds: [id], IncludeRetracted: true), c.CancellationToken)).Single());
        Retract<StatementType>(RetractableKind.Statement, async (c, id) => (await Store(c).GetStatementsAsync([id], c.CancellationToken)).Single());
        Field<NonNullGraphType<RetractionType>>("retractExtraction")
            .Description("Retracts a position, membership, role or statement that reading a report created (a curated one is refused: retract it by its kind).")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId").Argument<NonNullGraphType<StringGraphType>>("reason").Argument<StringGraphType>("by", ByHelp)
            .ResolveAsync(async c => await Curation(c).RetractExtractionAsync(c.GetArgument<string>("subjectId"), Request(c), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RetractionType>>>>("retractReport")
            .Description("Retracts every position, membership, role and statement that reading the report (a source) created, in one transaction; " +
                "actors and drafts it created stay. Facts retracted before are left as they are; ALREADY_RETRACTED when all were.")
            .Argument<NonNullGraphType<IdGraphType>>("sourceId").Argument<NonNullGraphType<StringGraphType>>("reason").Argument<StringGraphType>("by", ByHelp)
            .ResolveAsync(async c => await Curation(c).RetractReportAsync(c.GetArgument<string>("sourceId"), Request(c), c.CancellationToken));
    }

    private const string ByHelp = "Who retracts, as they wish to be named; recorded with the fact that an API key let them in (never the key).";

    private void Retract<TType>(RetractableKind kind, Func<IResolveFieldContext, string, Task<object>> read) where TType : IGraphType
    {
        var what = kind.ToString();
        Field<NonNullGraphType<TType>>($"retract{what}")
            .Description($"Retracts a {what.ToLowerInvariant()}: it is kept, with why, who and when, but left out of every answer unless includeRetracted.")
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<StringGraphType>>("reason").Argument<StringGraphType>("by", ByHelp)
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                await Curation(c).RetractAsync(kind, id, Request(c), c.CancellationToken);
                return await read(c, id);
            });
    }

    /// <summary>Every mutation is let in by an API key (GraphQLEndpoint), so that is how the caller is recorded.</summary>
    private static RetractRequest Request(IResolveFieldContext c) => new(c.GetArgument<string?>("reason"), c.GetArgument<string?>("by"), "API key");

    private static IGraphStore Store(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IGraphStore>();

    private static CurationService Curation(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<CurationService>();

    private static InputMap Input(IResolveFieldContext c) => new(c.GetArgument<Dictionary<string, object?>>("input"));

    // A fact just written, retracted or not.
    private static async Task<object> PositionAsync(IResolveFieldContext c, string id) =>
        (await Store(c).GetPositionsAsync(new FactFilter(FactIds: [id], IncludeRetracted: true), null, c.CancellationToken)).Single();

    private static async Task<object> MembershipAsync(IResolveFieldContext c, string id) =>
        (await Store(c).GetMembershipsAsync(new FactFilter(FactIds: [id], IncludeRetracted: true), c.CancellationToken)).Single();

    private static Actor ActorFrom(InputMap i) =>
        new(i.Str("id")!, i.Enum<ActorKind>("kind"), i.Str("name")!, i.Strings("aliases"), i.Str("description"));

    private static Draft DraftFrom(InputMap i) =>
        new(i.Str("id")!, i.Enum<DraftKind>("kind"), i.Str("title")!, i.Str("forumId"), i.Str("description")) { SubjectId = i.Str("subjectId") };

    private static Alliance AllianceFrom(InputMap i) =>
        new(i.Str("id")!, i.Enum<AllianceKind>("kind"), i.Str("name")!, i.Str("description")) { BodyId = i.Str("bodyId") };

    private static Source SourceFrom(InputMap i) =>
        new(i.Str("id")!, i.Has("kind") ? i.Enum<SourceKind>("kind") : SourceKind.Report, i.Str("title")!, i.Str("outletId"), i.Date("date"), i.Str("url"), null);

    private static Evidence EvidenceFrom(InputMap i) => new(i.Str("sourceId")!, i.Str("statementId"), i.Str("excerpt"));

    private static List<Evidence> EvidenceListFrom(InputMap i) => i.Dicts("evidence").Select(EvidenceFrom).ToList();

    /// <summary>An input object as graphql-dotnet parses it: field name to already-coerced value.</summary>
    private sealed class InputMap(IDictionary<string, object?> values)
    {
        public bool Has(string key) => values.TryGetValue(key, out var v) && v is not null;
        public string? Str(string key) => values.TryGetValue(key, out var v) ? v?.ToString() : null;
        public T Enum<T>(string key) where T : struct, System.Enum => (T)values[key]!;
        public DateOnly? Date(string key) => values.TryGetValue(key, out var v) ? (DateOnly?)v : null;
        public int? Int(string key) => values.TryGetValue(key, out var v) ? (int?)v : null;
        public bool Bool(string key) => values.TryGetValue(key, out var v) && v is true;
        public List<string> Strings(string key) => values.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? list.Select(x => x!.ToString()!).ToList() : [];
        public InputMap? Dict(string key) => values.TryGetValue(key, out var v) && v is IDictionary<string, object?> d ? new InputMap(d) : null;
        public IEnumerable<InputMap> Dicts(string key) => values.TryGetValue(key, out var v) && v is IEnumerable<object?> list
            ? list.OfType<IDictionary<string, object?>>().Select(d => new InputMap(d)) : [];
    }
}
