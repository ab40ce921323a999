namespace Graph.Core;

/// <summary>
/// Curation: checks every input completely (ids, required fields, dates, references) before one
/// transactional write, so a refused change writes nothing and says exactly what was wrong.
/// </summary>
public sealed class CurationService(INodeReader nodes, IFactReader facts, IGraphWriter writer, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public Task<Actor> CreateActorAsync(Actor actor, CancellationToken ct = default) =>
        WriteAsync(Normalize(actor), a => new CreateActor(a), _ => [], ct);

    public Task<Actor> UpdateActorAsync(Actor actor, CancellationToken ct = default) =>
        WriteAsync(Normalize(actor), a => new UpdateActor(a), a => [(a.Id, NodeLabel.Actor, "id")], ct);

    public Task<Draft> CreateDraftAsync(Draft draft, CancellationToken ct = default) =>
        WriteAsync(Normalize(draft), d => new CreateDraft(d), d => [(d.ForumId, NodeLabel.Actor, "forumId"), (d.SubjectId, NodeLabel.Actor, "subjectId")], ct);

    public Task<Draft> UpdateDraftAsync(Draft draft, CancellationToken ct = default) =>
        WriteAsync(Normalize(draft), d => new UpdateDraft(d),
            d => [(d.Id, NodeLabel.Draft, "id"), (d.ForumId, NodeLabel.Actor, "forumId"), (d.SubjectId, NodeLabel.Actor, "subjectId")], ct);

    public async Task<DraftStatusChange> RecordDraftStatusAsync(DraftStatusChange change, CancellationToken ct = default)
    {
        Ids.Require(change.DraftId, "draftId");
        var evidence = NormalizeEvidence([change.Evidence], "evidence")[0];
        await RequireEvidenceAsync(ct, [evidence], (change.DraftId, NodeLabel.Draft, "draftId"));
        change = change with { Evidence = evidence };
        await writer.ApplyAsync([new AddDraftStatus(change)], ct);
        return change;
    }

    public async Task<DraftRelation> RelateDraftsAsync(DraftRelation relation, CancellationToken ct = default)
    {
        Ids.Require(relation.FromId, "fromId");
        Ids.Require(relation.ToId, "toId");
        if (relation.FromId == relation.ToId)
            throw new GraphException(ErrorCodes.BadUserInput, $"A draft cannot relate to itself ('{relation.FromId}').");
        var evidence = NormalizeEvidence([relation.Evidence], "evidence")[0];
        await RequireEvidenceAsync(ct, [evidence], (relation.FromId, NodeLabel.Draft, "fromId"), (relation.ToId, NodeLabel.Draft, "toId"));
        relation = relation with { Evidence = evidence };
        await writer.ApplyAsync([new AddDraftRelation(relation)], ct);
        return relation;
    }

    public Task<Alliance> CreateAllianceAsync(Alliance alliance, CancellationToken ct = default) =>
        WriteAsync(Normalize(alliance), a => new CreateAlliance(a), a => [(a.BodyId, NodeLabel.Actor, "bodyId")], ct);

    public Task<Alliance> UpdateAllianceAsync(Alliance alliance, CancellationToken ct = default) =>
        WriteAsync(Normalize(alliance), a => new UpdateAlliance(a), a => [(a.Id, NodeLabel.Alliance, "id"), (a.BodyId, NodeLabel.Actor, "bodyId")], ct);

    public Task<Source> CreateSourceAsync(Source source, CancellationToken ct = default) =>
        WriteAsync(Normalize(source), x => new CreateSource(x), x => [(x.OutletId, NodeLabel.Actor, "outletId")], ct);

    /// <summary>A node written as given, once the nodes it names are checked (in one store call).</summary>
    private async Task<T> WriteAsync<T>(T value, Func<T, GraphWrite> write, Func<T, (string? Id, NodeLabel Label, string Field)[]> references,
        CancellationToken ct)
    {
        await RequireOptionalAsync(ct, references(value));
        await writer.ApplyAsync([write(value)], ct);
        return value;
    }

    /// <summary>Records a statement with its source: an existing one by id, or a new one created in the same transaction.</summary>
    public async Task<string> RecordStatementAsync(StatementInput input, CancellationToken ct = default)
    {
        Ids.Require(input.SpeakerId, "speakerId");
        var text = RequireText(input.Text, "text");
        if ((input.SourceId is null) == (input.NewSource is null))
            throw new GraphException(ErrorCodes.BadUserInput, "Give exactly one of 'sourceId' (an existing source) or 'source' (a new one).");
        var about = (input.AboutIds ?? []).Distinct().ToList();
        for (var i = 0; i < about.Count; i++) Ids.Require(about[i], $"aboutIds[{i}]");

        var writes = new List<GraphWrite>();
        var checks = new List<(string? Id, NodeLabel Label, string Field)>
        {
            (input.SpeakerId, NodeLabel.Actor, "speakerId"), (input.ViaId, NodeLabel.Actor, "viaId"),
        };
        string sourceId;
        if (input.NewSource is { } newSource)
        {
            newSource = Normalize(newSource);
            checks.Add((newSource.OutletId, NodeLabel.Actor, "source.outletId"));
            writes.Add(new CreateSource(newSource));
            sourceId = newSource.Id;
        }
        else
        {
            sourceId = Ids.Require(input.SourceId, "sourceId");
            checks.Add((sourceId, NodeLabel.Source, "sourceId"));
        }
        await RequireOptionalAsync(ct, [.. checks]);
        await RequireExistAsync(about, "aboutIds", ct);

        var id = input.Id is null ? GeneratedId("statement", input.SpeakerId) : Ids.Require(input.Id, "id");
        writes.Add(new CreateStatement(new Statement(id, input.SpeakerId, input.Date, null, input.Kind, text, sourceId,
            input.ViaId, Blank(input.Setting, "setting"), about)));
        await writer.ApplyAsync(writes, ct);
        return id;
    }

    public async Task<string> RecordPositionAsync(PositionInput input, CancellationToken ct = default)
    {
        Ids.Require(input.ActorId, "actorId");
        Ids.Require(input.DraftId, "draftId");
        DateParsing.RequireOrder(input.Since, input.Until, "position");
        var evidence = NormalizeEvidence(input.Evidence, "evidence");
        await RequireEvidenceAsync(ct, evidence, (input.ActorId, NodeLabel.Actor, "actorId"), (input.DraftId, NodeLabel.Draft, "draftId"));
        var id = input.Id is null ? GeneratedId("position", input.ActorId) : Ids.Require(input.Id, "id");
        await writer.ApplyAsync([new CreatePosition(new Position(id, input.ActorId, input.DraftId, input.Stance, input.Since, input.Until, evidence))], ct);
        return id;
    }

    public async Task<string> RecordVoteAsync(VoteInput input, CancellationToken ct = default)
    {
        Ids.Require(input.DraftId, "draftId");
        var evidence = NormalizeEvidence(input.Evidence, "evidence");
        var id = input.Id is null ? GeneratedId("vote", input.DraftId) : Ids.Require(input.Id, "id");
        var vote = new Vote(id, input.DraftId, input.Date, input.Result, input.Yes, input.No, input.Abstain, evidence);
        if (Ballots.Problem(vote) is { } problem) throw new GraphException(ErrorCodes.BadUserInput, $"Refused vote '{id}': {problem}.");
        await RequireEvidenceAsync(ct, evidence, (input.DraftId, NodeLabel.Draft, "draftId"));
        await writer.ApplyAsync([new CreateVote(vote)], ct);
        return id;
    }

    public async Task<string> RecordBallotAsync(BallotInput input, CancellationToken ct = default)
    {
        Ids.Require(input.VoteId, "voteId");
        Ids.Require(input.ActorId, "actorId");
        var evidence = NormalizeEvidence(input.Evidence, "evidence");
        var id = input.Id is null ? GeneratedId("ballot", input.ActorId) : Ids.Require(input.Id, "id");
        var ballot = new Ballot(id, input.VoteId, input.ActorId, input.Choice, input.Veto, evidence);
        if (Ballots.Problem(ballot) is { } problem) throw new GraphException(ErrorCodes.BadUserInput, $"Refused ballot '{id}': {problem}.");
        // A vote is not a node, so it is looked up on its own.
        if ((await facts.GetVotesByIdAsync([input.VoteId], ct)).Count == 0)
            throw new GraphException(ErrorCodes.NotFound, $"'voteId': there is no vote with id '{input.VoteId}'.");
        await RequireEvidenceAsync(ct, evidence, (input.ActorId, NodeLabel.Actor, "actorId"));
        await writer.ApplyAsync([new CreateBallot(ballot)], ct);
        return id;
    }

    public async Task<string> AddMembershipAsync(MembershipInput input, CancellationToken ct = default)
    {
        Ids.Require(input.ActorId, "actorId");
        Ids.Require(input.AllianceId, "allianceId");
        DateParsing.RequireOrder(input.Since, input.Until, "membership");
        var evidence = NormalizeEvidence(input.Evidence, "evidence");
        await RequireEvidenceAsync(ct, evidence, (input.ActorId, NodeLabel.Actor, "actorId"), (input.AllianceId, NodeLabel.Alliance, "allianceId"));
        var id = input.Id is null ? GeneratedId("membership", input.ActorId) : Ids.Require(input.Id, "id");
        await writer.ApplyAsync([new CreateMembership(new Membership(id, input.ActorId, input.AllianceId, input.Since, input.Until, evidence))], ct);
        return id;
    }

    /// <summary>Ends a position on a date after it began; an already ended position is refused, not silently moved.</summary>
    public async Task EndPositionAsync(string id, DateOnly until, CancellationToken ct = default)
    {
        Ids.Require(id, "id");
        var found = (await facts.GetPositionsAsync(new FactFilter(FactIds: [id]), null, ct)).SingleOrDefault();
        await EndAsync(found, id, until, "position", ct);
    }

    public async Task EndMembershipAsync(string id, DateOnly until, CancellationToken ct = default)
    {
        Ids.Require(id, "id");
        var found = (await facts.GetMembershipsAsync(new FactFilter(FactIds: [id]), ct)).SingleOrDefault();
        await EndAsync(found, id, until, "membership", ct);
    }

    private async Task EndAsync(IDatedFact? fact, string id, DateOnly until, string what, CancellationToken ct)
    {
        if (fact is null)
            throw WriteRefusal.NotFound(what, id);
        if (fact.Until is { } ended)
            throw new GraphException(ErrorCodes.BadUserInput, $"The {what} '{id}' already ended on {DateParsing.Format(ended)}.");
        DateParsing.RequireOrder(fact.Since, until, $"{what} '{id}'");
        await writer.ApplyAsync([new EndFact(id, until)], ct);
    }

    // ---- Retraction ----

    /// <summary>Retracts one fact of the kind named: NOT_FOUND when the id names no such fact.</summary>
    public async Task<Retraction> RetractAsync(RetractableKind kind, string id, RetractRequest request, CancellationToken ct = default)
    {
        Ids.Require(id, "id");
        var retraction = NewRetraction(id, request);
        if (!(await KindsOfAsync([id], ct)).TryGetValue(id, out var found) || found != kind)
            throw WriteRefusal.NotFound(Lower(kind), id);
        await RefuseRetractedAsync([id], ct);
        await writer.ApplyAsync([new Retract(retraction)], ct);
        return retraction;
    }

    /// <summary>
    /// Retracts a fact the extractor created (of any kind); one a curator entered, or an actor or draft the extractor
    /// created, is refused: curated facts are retracted by kind, and only facts are retracted.
    /// </summary>
    public async Task<Retraction> RetractExtractionAsync(string subjectId, RetractRequest request, CancellationToken ct = default)
    {
        Ids.Require(subjectId, "subjectId");
        var retraction = NewRetraction(subjectId, request);
        var extractions = await facts.GetExtractionsAsync(new ExtractionFilter(SubjectIds: [subjectId], IncludeRetracted: true), ct);
        var isFact = (await KindsOfAsync([subjectId], ct)).Count > 0;
        if (extractions.Count == 0 && !isFact)
            throw WriteRefusal.NoRetractable(subjectId);
        if (!extractions.Any(e => e.Created))
            throw new GraphException(ErrorCodes.BadUserInput, $"'{subjectId}' was not created by an extraction: retract a curated fact by its kind (retractPosition, ...).");
        if (!isFact)
            throw new GraphException(ErrorCodes.BadUserInput, $"'{subjectId}' is not a position, membership, role or statement: only facts are retracted.");
        await RefuseRetractedAsync([subjectId], ct);
        await writer.ApplyAsync([new Retract(retraction)], ct);
        return retraction;
    }

    /// <summary>
    /// Retracts every fact (position, membership, role, statement) that reading the report created, in one transaction;
    /// those retracted before are left as they are. Actors and drafts it created stay: they are not facts, and others
    /// may have used them since. ALREADY_RETRACTED when every fact it created was retracted before.
    /// </summary>
    public async Task<IReadOnlyList<Retraction>> RetractReportAsync(string sourceId, RetractRequest request, CancellationToken ct = default)
    {
        Ids.Require(sourceId, "sourceId");
        var template = NewRetraction(sourceId, request);
        await RequireAsync(ct, (sourceId, NodeLabel.Source, "sourceId"));
        var created = (await facts.GetExtractionsAsync(new ExtractionFilter(SourceIds: [sourceId], IncludeRetracted: true), ct))
            .Where(e => e.Created).Select(e => e.SubjectId).Distinct().ToList();
        var createdFacts = (await KindsOfAsync(created, ct)).Keys.ToHashSet();
        var retracted = (await facts.GetRetractionsAsync(createdFacts, ct)).Select(r => r.SubjectId).ToHashSet();
        if (createdFacts.Count > 0 && createdFacts.All(retracted.Contains))
            throw new GraphException(ErrorCodes.AlreadyRetracted, $"Every fact read from '{sourceId}' was retracted before.");
        var retractions = created.Where(id => createdFacts.Contains(id) && !retracted.Contains(id)).Select(id => template with { SubjectId = id }).ToList();
        if (retractions.Count > 0) await writer.ApplyAsync(retractions.Select(r => new Retract(r)).ToList(), ct);
        return retractions;
    }

    private Retraction NewRetraction(string subjectId, RetractRequest request)
    {
        var reason = RequireText(request.Reason, "reason");
        var by = Blank(request.By, "by") is { } name ? $"{name} ({request.Via})" : request.Via;
        // Whole seconds: what both stores keep exactly.
        var now = clock.GetUtcNow();
        return new Retraction(subjectId, reason, by, now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
    }

    private async Task RefuseRetractedAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (await facts.GetRetractionsAsync(ids, ct) is [{ } before, ..])
            throw new GraphException(ErrorCodes.AlreadyRetracted,
                $"'{before.SubjectId}' was retracted on {DateParsing.Format(DateOnly.FromDateTime(before.At.UtcDateTime))} by {before.By}: {before.Reason}");
    }

    /// <summary>Which of the ids name a fact that can be retracted, and of what kind, retracted or not.</summary>
    private async Task<Dictionary<string, RetractableKind>> KindsOfAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var kinds = new Dictionary<string, RetractableKind>();
        if (ids.Count == 0) return kinds;
        var filter = new FactFilter(FactIds: ids, IncludeRetracted: true);
        foreach (var p in await facts.GetPositionsAsync(filter, null, ct)) kinds[p.Id] = RetractableKind.Position;
        foreach (var m in await facts.GetMembershipsAsync(filter, ct)) kinds[m.Id] = RetractableKind.Membership;
        foreach (var r in await facts.GetRolesAsync(filter, ct)) kinds[r.Id] = RetractableKind.Role;
        foreach (var s in await nodes.GetStatementsAsync(ids, ct)) kinds[s.Id] = RetractableKind.Statement;
        return kinds;
    }

    private static string Lower(RetractableKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>An id for a fact the user did not name: readable prefix, random suffix.</summary>
    private static string GeneratedId(string kind, string subject) => Ids.Slugify($"{kind}-{subject}-{Guid.NewGuid().ToString("N")[..12]}");

    private static Actor Normalize(Actor actor)
    {
        Ids.Require(actor.Id, "id");
        var aliases = (actor.Aliases ?? []).Select(a => a?.Trim() ?? "").ToList();
        if (aliases.Any(a => a.Length == 0))
            throw new GraphException(ErrorCodes.BadUserInput, "'aliases' must not contain empty names.");
        foreach (var alias in aliases) RefuseNul(alias, "aliases");
        return actor with { Name = RequireText(actor.Name, "name"), Aliases = aliases.Distinct().ToList(), Description = Blank(actor.Description, "description") };
    }

    private static Draft Normalize(Draft draft)
    {
        Ids.Require(draft.Id, "id");
        if (draft.ForumId is not null) Ids.Require(draft.ForumId, "forumId");
        if (draft.SubjectId is not null) Ids.Require(draft.SubjectId, "subjectId");
        return draft with { Title = RequireText(draft.Title, "title"), Description = Blank(draft.Description, "description") };
    }

    private static Alliance Normalize(Alliance alliance)
    {
        Ids.Require(alliance.Id, "id");
        if (alliance.BodyId is not null) Ids.Require(alliance.BodyId, "bodyId");
        return alliance with { Name = RequireText(alliance.Name, "name"), Description = Blank(alliance.Description, "description") };
    }

    private static Source Normalize(Source source)
    {
        Ids.Require(source.Id, "source id");
        if (source.OutletId is not null) Ids.Require(source.OutletId, "outletId");
        return source with { Title = RequireText(source.Title, "title"), Url = Blank(source.Url, "url"), Document = Blank(source.Document, "document") };
    }

    private static List<Evidence> NormalizeEvidence(IReadOnlyList<Evidence>? evidence, string field)
    {
        if (evidence is null || evidence.Count == 0)
            throw new GraphException(ErrorCodes.BadUserInput, $"'{field}' needs at least one source: every fact carries its evidence.");
        return evidence.Select((e, i) =>
        {
            Ids.Require(e.SourceId, $"{field}[{i}].sourceId");
            if (e.StatementId is not null) Ids.Require(e.StatementId, $"{field}[{i}].statementId");
            return e with { Excerpt = Blank(e.Excerpt, $"{field}[{i}].excerpt") };
        }).ToList();
    }

    private static string RequireText(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? throw new GraphException(ErrorCodes.BadUserInput, $"'{field}' is required and must not be blank.")
            : RefuseNul(text.Trim(), field);

    private static string? Blank(string? text, string field) => string.IsNullOrWhiteSpace(text) ? null : RefuseNul(text.Trim(), field);

    /// <summary>U+0000 ends a string in SQLite's C interface and in many tools downstream, so text may not carry it.</summary>
    private static string RefuseNul(string text, string field) => text.Contains('\0')
        ? throw new GraphException(ErrorCodes.BadUserInput, $"'{field}' must not contain the NUL character (U+0000).")
        : text;

    private Task RequireEvidenceAsync(CancellationToken ct, IReadOnlyList<Evidence> evidence, params (string? Id, NodeLabel Label, string Field)[] more)
    {
        var checks = more.ToList();
        for (var i = 0; i < evidence.Count; i++)
        {
            checks.Add((evidence[i].SourceId, NodeLabel.Source, $"evidence[{i}].sourceId"));
            checks.Add((evidence[i].StatementId, NodeLabel.Statement, $"evidence[{i}].statementId"));
        }
        return RequireOptionalAsync(ct, [.. checks]);
    }

    private Task RequireAsync(CancellationToken ct, params (string Id, NodeLabel Label, string Field)[] checks) =>
        RequireOptionalAsync(ct, checks.Select(c => ((string?)c.Id, c.Label, c.Field)).ToArray());

    /// <summary>Checks in one store call that each given id names a node of the expected label; null ids are skipped.</summary>
    private async Task RequireOptionalAsync(CancellationToken ct, params (string? Id, NodeLabel Label, string Field)[] checks)
    {
        var present = checks.Where(c => c.Id is not null).ToList();
        if (present.Count == 0) return;
        foreach (var c in present) Ids.Require(c.Id, c.Field);
        var labels = await nodes.GetLabelsAsync(present.Select(c => c.Id!).Distinct().ToList(), ct);
        foreach (var (id, label, field) in present)
        {
            if (!labels.TryGetValue(id!, out var found))
                throw new GraphException(ErrorCodes.NotFound, $"'{field}': there is no {label.ToString().ToLowerInvariant()} with id '{id}'.");
            if (found != label)
                throw new GraphException(ErrorCodes.BadUserInput, $"'{field}': '{id}' is {found.WithArticle()}, not {label.WithArticle()}.");
        }
    }

    private async Task RequireExistAsync(IReadOnlyList<string> ids, string field, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        var labels = await nodes.GetLabelsAsync(ids, ct);
        var missing = ids.Where(id => !labels.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            throw new GraphException(ErrorCodes.NotFound, $"'{field}': no node with id {string.Join(", ", missing.Select(m => $"'{m}'"))}.");
    }
}
