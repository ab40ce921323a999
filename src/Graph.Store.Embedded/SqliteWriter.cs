using Graph.Core;
using Microsoft.Data.Sqlite;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>Every write call in one transaction: each write's rows, and the refusals Core words when an id is taken or a target missing.</summary>
internal sealed class SqliteWriter(SqliteDatabase database, BulkMode bulk) : IGraphWriter
{
    /// <summary>
    /// All writes in one IMMEDIATE transaction (the write lock is taken up front, so two writers queue
    /// rather than fail half-way). Foreign keys are checked per statement, so a failure names its write.
    /// </summary>
    public async Task ApplyAsync(IReadOnlyList<GraphWrite> writes, CancellationToken ct = default)
    {
        if (writes.Count == 0) return;
        await using var connection = await database.OpenAsync(ct, interrupt: false);
        if (bulk.Loading)
            await SqliteDatabase.ExecuteAsync(connection, null, BulkMode.Pragmas, ct);
        // Disposing the transaction without a commit rolls everything back.
        await using var tx = connection.BeginTransaction(deferred: false);
        await using var batch = new WriteBatch(tx);
        foreach (var write in writes)
        {
            try
            {
                await ApplyOneAsync(batch, write, ct);
            }
            catch (SqliteException e)
            {
                throw WriteFailures.Translate(e, write);
            }
        }
        try
        {
            await tx.CommitAsync(ct);
        }
        catch (SqliteException e)
        {
            throw WriteFailures.NotSaved(e);
        }
    }

    private static Task ApplyOneAsync(WriteBatch tx, GraphWrite write, CancellationToken ct) => write switch
    {
        CreateActor(var a, var mode) => CreateNodeAsync(tx, a.Id, NodeLabel.Actor, mode, ct,
            "INSERT INTO actor(id, kind, name, aliases, description) VALUES ($id, $kind, $name, $aliases, $description);",
            ("$id", a.Id), ("$kind", EnumNames.ToName(a.Kind)), ("$name", a.Name), ("$aliases", Json(a.Aliases ?? [])), ("$description", a.Description)),
        UpdateActor(var a) => UpdateAsync(tx, "actor", a.Id, ct,
            "UPDATE actor SET kind = $kind, name = $name, aliases = $aliases, description = $description WHERE id = $id;",
            ("$id", a.Id), ("$kind", EnumNames.ToName(a.Kind)), ("$name", a.Name), ("$aliases", Json(a.Aliases ?? [])), ("$description", a.Description)),
        CreateSource(var s, var mode) => CreateNodeAsync(tx, s.Id, NodeLabel.Source, mode, ct,
            "INSERT INTO source(id, kind, title, outlet_id, date, url, document) VALUES ($id, $kind, $title, $outlet, $date, $url, $document);",
            ("$id", s.Id), ("$kind", EnumNames.ToName(s.Kind)), ("$title", s.Title), ("$outlet", s.OutletId), ("$date", DateText(s.Date)),
            ("$url", s.Url), ("$document", s.Document)),
        CreateDraft(var d, var mode) => CreateNodeAsync(tx, d.Id, NodeLabel.Draft, mode, ct,
            "INSERT INTO draft(id, kind, title, forum_id, description, subject_id) VALUES ($id, $kind, $title, $forum, $description, $subject);",
            ("$id", d.Id), ("$kind", EnumNames.ToName(d.Kind)), ("$title", d.Title), ("$forum", d.ForumId), ("$description", d.Description),
            ("$subject", d.SubjectId)),
        UpdateDraft(var d) => UpdateAsync(tx, "draft", d.Id, ct,
            "UPDATE draft SET kind = $kind, title = $title, forum_id = $forum, description = $description, subject_id = $subject WHERE id = $id;",
            ("$id", d.Id), ("$kind", EnumNames.ToName(d.Kind)), ("$title", d.Title), ("$forum", d.ForumId), ("$description", d.Description),
            ("$subject", d.SubjectId)),
        CreateAlliance(var l, var mode) => CreateNodeAsync(tx, l.Id, NodeLabel.Alliance, mode, ct,
            "INSERT INTO alliance(id, kind, name, description, body_id) VALUES ($id, $kind, $name, $description, $body);",
            ("$id", l.Id), ("$kind", EnumNames.ToName(l.Kind)), ("$name", l.Name), ("$description", l.Description), ("$body", l.BodyId)),
        UpdateAlliance(var l) => UpdateAsync(tx, "alliance", l.Id, ct,
            "UPDATE alliance SET kind = $kind, name = $name, description = $description, body_id = $body WHERE id = $id;",
            ("$id", l.Id), ("$kind", EnumNames.ToName(l.Kind)), ("$name", l.Name), ("$description", l.Description), ("$body", l.BodyId)),
        // Recording the same status or relation again is a no-op (see the unique indexes).
        AddDraftStatus(var c) => tx.ExecuteAsync("""
            INSERT INTO draft_status(draft_id, status, date, source_id, statement_id, excerpt)
            VALUES ($draft, $status, $date, $source, $statement, $excerpt) ON CONFLICT DO NOTHING;
            """, ct, ("$draft", c.DraftId), ("$status", EnumNames.ToName(c.Status)), ("$date", DateText(c.Date)),
            ("$source", c.Evidence.SourceId), ("$statement", c.Evidence.StatementId), ("$excerpt", c.Evidence.Excerpt)),
        AddDraftRelation(var r) => tx.ExecuteAsync("""
            INSERT INTO draft_relation(from_id, kind, to_id, source_id, statement_id, excerpt)
            VALUES ($from, $kind, $to, $source, $statement, $excerpt) ON CONFLICT DO NOTHING;
            """, ct, ("$from", r.FromId), ("$kind", EnumNames.ToName(r.Kind)), ("$to", r.ToId),
            ("$source", r.Evidence.SourceId), ("$statement", r.Evidence.StatementId), ("$excerpt", r.Evidence.Excerpt)),
        CreateStatement(var s, var mode) => CreateStatementAsync(tx, s, mode, ct),
        CreatePosition(var p, var mode) => CreateFactAsync(tx, p.Id, "position", p.Evidence, mode, ct,
            "INSERT INTO position(id, actor_id, draft_id, stance, since, until) VALUES ($id, $subject, $object, $stance, $since, $until);",
            ("$id", p.Id), ("$subject", p.ActorId), ("$object", p.DraftId), ("$stance", EnumNames.ToName(p.Stance)),
            ("$since", DateText(p.Since)), ("$until", DateText(p.Until))),
        CreateMembership(var m, var mode) => CreateFactAsync(tx, m.Id, "membership", m.Evidence, mode, ct,
            "INSERT INTO membership(id, actor_id, alliance_id, since, until) VALUES ($id, $subject, $object, $since, $until);",
            ("$id", m.Id), ("$subject", m.ActorId), ("$object", m.AllianceId), ("$since", DateText(m.Since)), ("$until", DateText(m.Until))),
        CreateRole(var r, var mode) => CreateFactAsync(tx, r.Id, "role", r.Evidence, mode, ct,
            "INSERT INTO role(id, person_id, represents_id, title, since, until) VALUES ($id, $subject, $object, $title, $since, $until);",
            ("$id", r.Id), ("$subject", r.PersonId), ("$object", r.RepresentsId), ("$title", r.Title),
            ("$since", DateText(r.Since)), ("$until", DateText(r.Until))),
        CreateVote(var v, var mode) => CreateFactAsync(tx, v.Id, "vote", v.Evidence, mode, ct,
            """INSERT INTO vote(id, draft_id, date, result, yes, "no", abstain) VALUES ($id, $draft, $date, $result, $yes, $no, $abstain);""",
            ("$id", v.Id), ("$draft", v.DraftId), ("$date", DateText(v.Date)), ("$result", EnumNames.ToName(v.Result)),
            ("$yes", v.Yes), ("$no", v.No), ("$abstain", v.Abstain)),
        CreateBallot(var b, var mode) => CreateBallotAsync(tx, b, mode, ct),
        EndFact(var id, var until) => EndFactAsync(tx, id, until, ct),
        SetMarker(var key, var value) => tx.ExecuteAsync(
            "INSERT INTO marker(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value;",
            ct, ("$key", key), ("$value", value)),
        RecordExtraction(var e) => RecordExtractionAsync(tx, e, ct),
        Retract(var r) => RetractAsync(tx, r, ct),
        _ => throw WriteRefusal.UnknownWrite("embedded", write),
    };

    /// <summary>Registers the id in <c>node</c> (refusing or skipping one already taken, by any label), then inserts the typed row.</summary>
    private static async Task<bool> TryRegisterNodeAsync(WriteBatch tx, string id, NodeLabel label, CreateMode mode, CancellationToken ct)
    {
        // Claim the id; only when it is taken is its label read, to say by what.
        if (await tx.ExecuteAsync("INSERT INTO node(id, label) VALUES ($id, $label) ON CONFLICT(id) DO NOTHING;", ct,
                ("$id", id), ("$label", EnumNames.ToName(label))) == 1)
            return true;
        if (mode == CreateMode.SkipExisting) return false;
        var existing = (string)(await tx.Command("SELECT label FROM node WHERE id = $id;", ("$id", id)).ExecuteScalarAsync(ct))!;
        throw WriteRefusal.NodeIdTaken(label, id, EnumNames.Parse<NodeLabel>(existing));
    }

    private static async Task CreateNodeAsync(WriteBatch tx, string id, NodeLabel label, CreateMode mode, CancellationToken ct,
        string insert, params (string, object?)[] args)
    {
        if (await TryRegisterNodeAsync(tx, id, label, mode, ct))
            await tx.ExecuteAsync(insert, ct, args);
    }

    /// <summary>The statement row (its text reaches the FTS index by trigger) and its about-list in order; ReportedOn is the source's date, not stored.</summary>
    private static async Task CreateStatementAsync(WriteBatch tx, Statement s, CreateMode mode, CancellationToken ct)
    {
        if (!await TryRegisterNodeAsync(tx, s.Id, NodeLabel.Statement, mode, ct)) return;
        await tx.ExecuteAsync("""
            INSERT INTO statement(id, speaker_id, date, kind, text, source_id, via_id, setting, effective_date)
            VALUES ($id, $speaker, $date, $kind, $text, $source, $via, $setting, COALESCE($date, (SELECT date FROM source WHERE id = $source)));
            """, ct, ("$id", s.Id), ("$speaker", s.SpeakerId), ("$date", DateText(s.Date)), ("$kind", EnumNames.ToName(s.Kind)),
            ("$text", s.Text), ("$source", s.SourceId), ("$via", s.ViaId), ("$setting", s.Setting));
        var about = s.AboutIds ?? [];
        for (var i = 0; i < about.Count; i++)
            await tx.ExecuteAsync("INSERT INTO statement_about(statement_id, target_id, ord) VALUES ($id, $target, $ord) ON CONFLICT DO NOTHING;", ct,
                ("$id", s.Id), ("$target", about[i]), ("$ord", i));
    }

    /// <summary>Registers the fact id in <c>fact</c>, inserts the fact's row and its evidence in the order given.</summary>
    private static async Task CreateFactAsync(WriteBatch tx, string id, string kind, IReadOnlyList<Evidence>? evidence, CreateMode mode,
        CancellationToken ct, string insert, params (string, object?)[] args)
    {
        if (await tx.ExecuteAsync("INSERT INTO fact(id, kind) VALUES ($id, $kind) ON CONFLICT(id) DO NOTHING;", ct, ("$id", id), ("$kind", kind)) == 0)
        {
            if (mode == CreateMode.SkipExisting) return;
            var existing = (string)(await tx.Command("SELECT kind FROM fact WHERE id = $id;", ("$id", id)).ExecuteScalarAsync(ct))!;
            throw WriteRefusal.FactIdTaken(kind, id, existing);
        }
        await tx.ExecuteAsync(insert, ct, args);
        // Row by row in the order given, as a statement's about-list is: the command is prepared once a batch.
        var items = evidence ?? [];
        for (var i = 0; i < items.Count; i++)
            await tx.ExecuteAsync("INSERT INTO evidence(fact_id, ord, source_id, statement_id, excerpt) VALUES ($id, $ord, $source, $statement, $excerpt);",
                ct, ("$id", id), ("$ord", i), ("$source", items[i].SourceId), ("$statement", items[i].StatementId), ("$excerpt", items[i].Excerpt));
    }

    /// <summary>One ballot per actor per vote: a second is refused in words (the unique index would only say "repeated").</summary>
    private static async Task CreateBallotAsync(WriteBatch tx, Ballot b, CreateMode mode, CancellationToken ct)
    {
        var other = await tx.Command("SELECT id FROM ballot WHERE vote_id = $vote AND actor_id = $actor;", ("$vote", b.VoteId), ("$actor", b.ActorId))
            .ExecuteScalarAsync(ct) as string;
        if (other is not null && other != b.Id) throw Ballots.AlreadyCast(b, other); // the same id is a taken id, below
        await CreateFactAsync(tx, b.Id, "ballot", b.Evidence, mode, ct,
            "INSERT INTO ballot(id, vote_id, actor_id, choice, veto) VALUES ($id, $vote, $actor, $choice, $veto);",
            ("$id", b.Id), ("$vote", b.VoteId), ("$actor", b.ActorId), ("$choice", EnumNames.ToName(b.Choice)), ("$veto", b.Veto));
    }

    private static async Task UpdateAsync(WriteBatch tx, string what, string id, CancellationToken ct, string update,
        params (string, object?)[] args)
    {
        if (await tx.ExecuteAsync(update, ct, args) == 0)
            throw WriteRefusal.NotFound(what, id);
    }

    /// <summary>Fact ids are unique across the three tables, so at most one of these updates touches a row.</summary>
    private static async Task EndFactAsync(WriteBatch tx, string id, DateOnly until, CancellationToken ct)
    {
        var changed = await tx.ExecuteAsync("""
            UPDATE position SET until = $until WHERE id = $id;
            UPDATE membership SET until = $until WHERE id = $id;
            UPDATE role SET until = $until WHERE id = $id;
            """, ct, ("$id", id), ("$until", DateParsing.Format(until)));
        if (changed == 0)
            throw WriteRefusal.NoDatedFact(id);
    }

    /// <summary>
    /// No foreign key can point into both node and fact, so the insert looks the subject up itself; the source is checked by
    /// its foreign key. Recording the same subject, source and span again is a no-op. Only an insert that wrote nothing (a
    /// repeat, or a subject not found) looks again to tell which, so the common case is one statement, not two.
    /// </summary>
    private static async Task RecordExtractionAsync(WriteBatch tx, Extraction e, CancellationToken ct)
    {
        ExtractionRules.Validate(e);
        if (await tx.ExecuteAsync("""
            INSERT INTO extraction(subject_id, source_id, start, length, text, confidence, rule, created)
            SELECT $subject, $source, $start, $length, $text, $confidence, $rule, $created
            WHERE EXISTS(SELECT 1 FROM node WHERE id = $subject) OR EXISTS(SELECT 1 FROM fact WHERE id = $subject)
            ON CONFLICT DO NOTHING;
            """, ct, ("$subject", e.SubjectId), ("$source", e.SourceId), ("$start", e.Start), ("$length", e.Length), ("$text", e.Text),
            ("$confidence", e.Confidence), ("$rule", e.Rule), ("$created", e.Created)) == 1)
            return;
        var found = await tx.Command(
            "SELECT EXISTS(SELECT 1 FROM node WHERE id = $id) OR EXISTS(SELECT 1 FROM fact WHERE id = $id);", ("$id", e.SubjectId)).ExecuteScalarAsync(ct);
        if (found is not 1L) throw ExtractionRules.SubjectNotFound(e);
    }

    /// <summary>The subject is a fact or a statement (no foreign key can say so); the primary key keeps the first retraction.</summary>
    private static async Task RetractAsync(WriteBatch tx, Retraction r, CancellationToken ct)
    {
        // Votes and ballots are facts but not retractable (yet).
        var found = await tx.Command("""
            SELECT EXISTS(SELECT 1 FROM fact WHERE id = $id AND kind IN ('position', 'membership', 'role'))
                OR EXISTS(SELECT 1 FROM statement WHERE id = $id);
            """,
            ("$id", r.SubjectId)).ExecuteScalarAsync(ct);
        if (found is not 1L)
            throw WriteRefusal.NoRetractable(r.SubjectId);
        if (await tx.ExecuteAsync("""INSERT INTO retraction(subject_id, reason, "by", at) VALUES ($id, $reason, $by, $at) ON CONFLICT DO NOTHING;""",
                ct, ("$id", r.SubjectId), ("$reason", r.Reason), ("$by", r.By), ("$at", DateParsing.FormatInstant(r.At))) == 0)
            throw WriteRefusal.RetractedBefore(r.SubjectId);
    }
}
