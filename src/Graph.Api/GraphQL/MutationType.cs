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

    private static CurationService Curation(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<CurationService>();

    private static InputMap Input(IResolveFieldContext c) => new(c.GetArgument<Dictionary<string, object?>>("input"));

    private static async Task<Position> PositionAsync(IResolveFieldContext c, string id) =>
        (await c.RequestServices!.GetRequiredService<IGraphStore>().GetPositionsAsync(new FactFilter(FactIds: [id]), null, c.CancellationToken)).Single();

    private static async Task<Membership> MembershipAsync(IResolveFieldContext c, string id) =>
        (await c.RequestServices!.GetRequiredService<IGraphStore>().GetMembershipsAsync(new FactFilter(FactIds: [id]), c.CancellationToken)).Single();

    private static Actor ActorFrom(InputMap i) =>
        new(i.Str("id")!, i.Enum<ActorKind>("kind"), i.Str("name")!, i.Strings("aliases"), i.Str("description"));

    private static Draft DraftFrom(InputMap i) =>
        new(i.Str("id")!, i.Enum<DraftKind>("kind"), i.Str("title")!, i.Str("forumId"), i.Str("description"));

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
        public List<string> Strings(string key) => values.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? list.Select(x => x!.ToString()!).ToList() : [];
        public InputMap? Dict(string key) => values.TryGetValue(key, out var v) && v is IDictionary<string, object?> d ? new InputMap(d) : null;
        public IEnumerable<InputMap> Dicts(string key) => values.TryGetValue(key, out var v) && v is IEnumerable<object?> list
            ? list.OfType<IDictionary<string, object?>>().Select(d => new InputMap(d)) : [];
    }
}
