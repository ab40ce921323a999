using Graph.Core;
using Q = Graph.Store.Neo4j.CypherStatements.Names;

namespace Graph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// All writes in one explicit transaction. Each is checked against what is stored (taken ids,
    /// missing references) inside that transaction, so a refused write rolls the whole batch back.
    /// </summary>
    public async Task ApplyAsync(IReadOnlyList<GraphWrite> writes, CancellationToken ct = default)
    {
        if (writes.Count == 0) return;
        RoundTrips.Record();
        try
        {
            await transport.InTransactionAsync(async (tx, token) =>
            {
                var batch = new Batch(tx, cypher);
                foreach (var write in writes) await batch.ApplyAsync(write, token);
                return 0;
            }, ct);
        }
        catch (Neo4jException e) when (Translate(e) is { } meaning)
        {
            throw meaning;
        }
    }

    private sealed class Batch(ICypherTransaction tx, CypherStatements cypher)
    {
        public Task ApplyAsync(GraphWrite write, CancellationToken ct) => write switch
        {
            CreateActor w => CreateNodeAsync(w.Actor.Id, NodeLabel.Actor, w.Mode, ct, CreateActorAsync(w.Actor)),
            UpdateActor w => UpdateAsync(Q.UpdateActor, "actor", w.Actor.Id, ct, ActorFields(w.Actor)),
            CreateSource w => CreateNodeAsync(w.Source.Id, NodeLabel.Source, w.Mode, ct, CreateSourceAsync(w.Source)),
            CreateDraft w => CreateNodeAsync(w.Draft.Id, NodeLabel.Draft, w.Mode, ct, CreateDraftAsync(w.Draft)),
            UpdateDraft w => UpdateDraftAsync(w.Draft, ct),
            CreateAlliance w => CreateNodeAsync(w.Alliance.Id, NodeLabel.Alliance, w.Mode, ct, CreateAllianceAsync(w.Alliance)),
            UpdateAlliance w => UpdateAllianceAsync(w.Alliance, ct),
            CreateStatement w => CreateNodeAsync(w.Statement.Id, NodeLabel.Statement, w.Mode, ct, CreateStatementAsync(w.Statement)),
            CreatePosition w => CreateFactAsync(w.Position, "position", w.Mode, ct, Q.CreatePosition,
                ("actorId", w.Position.ActorId), ("draftId", w.Position.DraftId), ("stance", EnumNames.ToName(w.Position.Stance))),
            CreateMembership w => CreateFactAsync(w.Membership, "membership", w.Mode, ct, Q.CreateMembership,
                ("actorId", w.Membership.ActorId), ("allianceId", w.Membership.AllianceId)),
            CreateRole w => CreateFactAsync(w.Role, "role", w.Mode, ct, Q.CreateRole,
                ("personId", w.Role.PersonId), ("representedId", w.Role.RepresentsId), ("title", w.Role.Title)),
            CreateVote w => CreateVoteAsync(w.Vote, w.Mode, ct),
            CreateBallot w => CreateBallotAsync(w.Ballot, w.Mode, ct),
            AddDraftStatus w => AddDraftStatusAsync(w.Change, ct),
            AddDraftRelation w => AddDraftRelationAsync(w.Relation, ct),
            EndFact w => EndFactAsync(w, ct),
            SetMarker w => RunAsync(cypher.Query(Q.SetMarker, ("key", w.Key), ("value", w.Value)), ct),
            RecordExtraction w => RecordExtractionAsync(w.Extraction, ct),
            Retract w => RetractAsync(w.Retraction, ct),
            _ => throw WriteRefusal.UnknownWrite("Neo4j", write),
        };

        private Task<CypherResult> RunAsync(CypherQuery query, CancellationToken ct) => tx.RunAsync(query, ct);

        /// <summary>Refuses (or, when seeding, skips) an id any node already has, then runs the creation.</summary>
        private async Task CreateNodeAsync(string id, NodeLabel label, CreateMode mode, CancellationToken ct, Func<CancellationToken, Task> create)
        {
            var existing = await RunAsync(cypher.Query(Q.GetLabels, ("ids", new[] { id })), ct);
            if (existing.Rows.Count > 0)
            {
                if (mode == CreateMode.SkipExisting) return;
                var taken = Enum.Parse<NodeLabel>((string)existing.Rows[0][1]!);
                throw WriteRefusal.NodeIdTaken(label, id, taken);
            }
            await create(ct);
        }

        private Func<CancellationToken, Task> CreateActorAsync(Actor a) => ct => RunAsync(cypher.Query(Q.CreateActor, ActorFields(a)), ct);

        private static (string, object?)[] ActorFields(Actor a) =>
            [("id", a.Id), ("kind", EnumNames.ToName(a.Kind)), ("name", a.Name), ("aliases", a.Aliases), ("description", a.Description)];

        private static (string, object?)[] AllianceFields(Alliance a) =>
            [("id", a.Id), ("kind", EnumNames.ToName(a.Kind)), ("name", a.Name), ("description", a.Description)];

        private static (string, object?)[] DraftFields(Draft d) =>
            [("id", d.Id), ("kind", EnumNames.ToName(d.Kind)), ("title", d.Title), ("description", d.Description)];

        private Func<CancellationToken, Task> CreateAllianceAsync(Alliance a) => async ct =>
        {
            await RunAsync(cypher.Query(Q.CreateAlliance, AllianceFields(a)), ct);
            await LinkBodyAsync(a, ct);
        };

        private async Task UpdateAllianceAsync(Alliance a, CancellationToken ct)
        {
            await UpdateAsync(Q.UpdateAlliance, "alliance", a.Id, ct, AllianceFields(a));
            await LinkBodyAsync(a, ct);
        }

        private Task LinkBodyAsync(Alliance a, CancellationToken ct) => a.BodyId is { } body
            ? LinkAsync(Q.LinkAllianceBody, $"writing alliance '{a.Id}'", $"its body '{body}'", ct, ("id", a.Id), ("bodyId", body))
            : Task.CompletedTask;

        private Func<CancellationToken, Task> CreateSourceAsync(Source s) => async ct =>
        {
            await RunAsync(cypher.Query(Q.CreateSource, ("id", s.Id), ("kind", EnumNames.ToName(s.Kind)), ("title", s.Title), ("date", s.Date),
                ("url", s.Url), ("document", s.Document)), ct);
            if (s.OutletId is { } outlet)
                await LinkAsync(Q.LinkSourceOutlet, $"creating source '{s.Id}'", $"its outlet '{outlet}'", ct, ("id", s.Id), ("outletId", outlet));
        };

        private Func<CancellationToken, Task> CreateDraftAsync(Draft d) => async ct =>
        {
            await RunAsync(cypher.Query(Q.CreateDraft, DraftFields(d)), ct);
            await LinkForumAndSubjectAsync(d, ct);
        };

        private async Task UpdateDraftAsync(Draft d, CancellationToken ct)
        {
            await UpdateAsync(Q.UpdateDraft, "draft", d.Id, ct, DraftFields(d));
            await LinkForumAndSubjectAsync(d, ct);
        }

        private async Task LinkForumAndSubjectAsync(Draft d, CancellationToken ct)
        {
            if (d.ForumId is { } forum)
                await LinkAsync(Q.LinkDraftForum, $"writing draft '{d.Id}'", $"its forum '{forum}'", ct, ("id", d.Id), ("forumId", forum));
            if (d.SubjectId is { } subject)
                await LinkAsync(Q.LinkDraftSubject, $"writing draft '{d.Id}'", $"its subject '{subject}'", ct, ("id", d.Id), ("subjectId", subject));
        }

        private async Task UpdateAsync(string statement, string what, string id, CancellationToken ct, (string, object?)[] fields)
        {
            var result = await RunAsync(cypher.Query(statement, fields), ct);
            if (Count(result) == 0)
                throw WriteRefusal.NotFound(what, id);
        }

        private Func<CancellationToken, Task> CreateStatementAsync(Statement s) => async ct =>
        {
            var about = s.AboutIds.Distinct().Select((id, ord) => new Dictionary<string, object?> { ["id"] = id, ["ord"] = ord }).ToList();
            var result = await RunAsync(cypher.Query(Q.CreateStatement, ("id", s.Id), ("speakerId", s.SpeakerId), ("sourceId", s.SourceId),
                ("date", s.Date), ("kind", EnumNames.ToName(s.Kind)), ("text", s.Text), ("setting", s.Setting), ("about", about)), ct);
            if (result.Rows.Count == 0 || Count(result) != about.Count)
                throw Missing($"creating statement '{s.Id}'", "its speaker, source and subjects");
            if (s.ViaId is { } via)
                await LinkAsync(Q.LinkStatementVia, $"creating statement '{s.Id}'", $"the agency '{via}'", ct, ("id", s.Id), ("viaId", via));
        };

        private Task CreateFactAsync(IDatedFact fact, string kind, CreateMode mode, CancellationToken ct, string statement,
            params (string, object?)[] ends) =>
            CreateAnyFactAsync(fact.Id, kind, fact.Evidence, mode, ct, statement, "the ids at both ends",
                [.. ends, ("since", fact.Since), ("until", fact.Until)]);

        private Task CreateVoteAsync(Vote v, CreateMode mode, CancellationToken ct) =>
            CreateAnyFactAsync(v.Id, "vote", v.Evidence, mode, ct, Q.CreateVote, $"that draft '{v.DraftId}' exists",
                [("draftId", v.DraftId), ("date", v.Date), ("result", EnumNames.ToName(v.Result)), ("yes", v.Yes), ("no", v.No), ("abstain", v.Abstain)]);

        /// <summary>One ballot per actor per vote, checked first in the embedded store's words; then a fact like any other.</summary>
        private async Task CreateBallotAsync(Ballot b, CreateMode mode, CancellationToken ct)
        {
            var cast = await RunAsync(BallotsQuery(cypher, new FactFilter([b.ActorId], [b.VoteId])), ct);
            if (cast.Rows.Select(r => Decode.Str(Decode.Map(r[0]), "id")).FirstOrDefault() is { } other && other != b.Id)
                throw Ballots.AlreadyCast(b, other); // the same id is a taken id, refused or skipped below
            await CreateAnyFactAsync(b.Id, "ballot", b.Evidence, mode, ct, Q.CreateBallot, $"that actor '{b.ActorId}' and vote '{b.VoteId}' exist",
                [("actorId", b.ActorId), ("voteId", b.VoteId), ("choice", EnumNames.ToName(b.Choice)), ("veto", b.Veto)]);
        }

        /// <summary>Claims the fact id (refusing or skipping a taken one), checks the evidence, then runs the creation with the evidence.</summary>
        private async Task CreateAnyFactAsync(string id, string kind, IReadOnlyList<Evidence> evidence, CreateMode mode, CancellationToken ct,
            string statement, string ends, (string, object?)[] fields)
        {
            var taken = await RunAsync(cypher.Query(Q.GetFactKind, ("id", id)), ct);
            if (taken.Rows.Count > 0)
            {
                if (mode == CreateMode.SkipExisting) return;
                throw WriteRefusal.FactIdTaken(kind, id, (string)taken.Rows[0][0]!);
            }
            await RequireEvidenceAsync(id, kind, evidence, ct);
            await RunAsync(cypher.Query(Q.RegisterFact, ("id", id), ("kind", kind)), ct);
            var result = await RunAsync(cypher.Query(statement, [.. fields, ("id", id),
                ("evidenceSources", evidence.Select(e => e.SourceId).ToList()),
                ("evidenceStatements", evidence.Select(e => e.StatementId ?? "").ToList()),
                ("evidenceExcerpts", evidence.Select(e => e.Excerpt ?? "").ToList())]), ct);
            if (result.Rows.Count == 0 || Count(result) == 0)
                throw Missing($"creating {kind} '{id}'", ends);
        }

        /// <summary>Evidence lives in properties, which Neo4j cannot check, so its sources and statements are checked here.</summary>
        private async Task RequireEvidenceAsync(string factId, string kind, IReadOnlyList<Evidence> evidence, CancellationToken ct)
        {
            var wanted = evidence.Select(e => (e.SourceId, NodeLabel.Source))
                .Concat(evidence.Where(e => e.StatementId is not null).Select(e => (e.StatementId!, NodeLabel.Statement))).ToList();
            var stored = await RunAsync(cypher.Query(Q.GetLabels, ("ids", wanted.Select(w => w.Item1).Distinct().ToList())), ct);
            var labels = stored.Rows.ToDictionary(r => (string)r[0]!, r => Enum.Parse<NodeLabel>((string)r[1]!));
            foreach (var (id, label) in wanted)
                if (!labels.TryGetValue(id, out var found) || found != label)
                    throw Missing($"creating {kind} '{factId}'", $"its evidence ({label.WithArticle()} '{id}')");
        }

        private async Task AddDraftStatusAsync(DraftStatusChange c, CancellationToken ct)
        {
            var result = await RunAsync(cypher.Query(Q.AddDraftStatus, ("draftId", c.DraftId), ("sourceId", c.Evidence.SourceId),
                ("key", CypherSeed.StatusKey(c)), ("status", EnumNames.ToName(c.Status)), ("date", c.Date), ("statementId", c.Evidence.StatementId), ("excerpt", c.Evidence.Excerpt)), ct);
            if (result.Rows.Count == 0 || Count(result) == 0)
                throw Missing($"recording a status of draft '{c.DraftId}'", "the draft and its source");
        }

        private async Task AddDraftRelationAsync(DraftRelation r, CancellationToken ct)
        {
            var result = await RunAsync(cypher.Query(Q.AddDraftRelation, ("fromId", r.FromId), ("toId", r.ToId), ("kind", EnumNames.ToName(r.Kind)),
                ("sourceId", r.Evidence.SourceId), ("statementId", r.Evidence.StatementId), ("excerpt", r.Evidence.Excerpt)), ct);
            if (result.Rows.Count == 0 || Count(result) == 0)
                throw Missing($"relating draft '{r.FromId}' to '{r.ToId}'", "both drafts");
        }

        private async Task EndFactAsync(EndFact w, CancellationToken ct)
        {
            var result = await RunAsync(cypher.Query(Q.EndFact, ("id", w.Id), ("until", w.Until)), ct);
            if (Count(result) == 0)
                throw WriteRefusal.NoDatedFact(w.Id);
        }

        /// <summary>
        /// The subject may be a node or a dated fact (a :FactId), so both are looked up; the source must be a
        /// :Source. The same checks, in the same order and words, as the embedded store.
        /// </summary>
        private async Task RecordExtractionAsync(Extraction e, CancellationToken ct)
        {
            ExtractionRules.Validate(e);
            var labels = (await RunAsync(cypher.Query(Q.GetLabels, ("ids", new[] { e.SubjectId, e.SourceId }.Distinct().ToList())), ct))
                .Rows.ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
            if (!labels.ContainsKey(e.SubjectId) && (await RunAsync(cypher.Query(Q.GetFactKind, ("id", e.SubjectId)), ct)).Rows.Count == 0)
                throw ExtractionRules.SubjectNotFound(e);
            if (labels.GetValueOrDefault(e.SourceId) != nameof(NodeLabel.Source))
                throw Missing(ExtractionRules.Describe(e), ExtractionRules.SourceReference(e));
            await RunAsync(cypher.Query(Q.RecordExtraction, ("subjectId", e.SubjectId), ("sourceId", e.SourceId), ("start", e.Start),
                ("length", e.Length), ("text", e.Text), ("confidence", e.Confidence), ("rule", e.Rule), ("created", e.Created)), ct);
        }

        /// <summary>The same checks, in the same words, as the embedded store: one retraction per fact, of a fact or statement that exists.</summary>
        private async Task RetractAsync(Retraction r, CancellationToken ct)
        {
            if ((await RunAsync(cypher.Query(Q.GetRetractions, ("ids", new[] { r.SubjectId })), ct)).Rows.Count > 0)
                throw WriteRefusal.RetractedBefore(r.SubjectId);
            var result = await RunAsync(cypher.Query(Q.Retract, ("subjectId", r.SubjectId), ("reason", r.Reason), ("by", r.By),
                ("at", DateParsing.FormatInstant(r.At))), ct);
            if (Count(result) == 0)
                throw WriteRefusal.NoRetractable(r.SubjectId);
        }

        private async Task LinkAsync(string statement, string what, string target, CancellationToken ct, params (string, object?)[] ids)
        {
            if (Count(await RunAsync(cypher.Query(statement, ids), ct)) == 0)
                throw Missing(what, target);
        }

        private static long Count(CypherResult result) => result.Rows.Count == 0 ? 0 : (long)result.Rows[0][0]!;

        private static GraphException Missing(string what, string references) => WriteRefusal.MissingReference(what, references);
    }
}
