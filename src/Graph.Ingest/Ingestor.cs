using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>
/// Turns an extracted report into graph writes and applies them in one transaction, so a report lands
/// whole or not at all. The report becomes a source whose id is a hash of its text: ingesting the same
/// text again adds nothing. Only creates are written, and each skips what exists, so extraction never
/// overwrites a curated fact; a stance the graph already holds is confirmed (an extraction that
/// created nothing), not duplicated. Every node and fact written records where it was read.
/// <para>
/// The graph's actors are read once and kept (see <see cref="IndexAsync"/>), so a folder of reports, or many
/// mutations, do not page through every actor per report. One ingestor reads one report at a time: it is not
/// safe to call from two threads at once.
/// </para>
/// </summary>
public sealed class Ingestor(IGraphStore store, Lexicon lexicon)
{
    private readonly Extractor extractor = new(lexicon);
    private readonly DraftMatcher draftMatcher = new(store);

    /// <summary>The graph's actors as last read from the store, plus those this ingestor wrote since; null until first needed.</summary>
    private ActorIndex? known;
    /// <summary>How many actors the store held when <see cref="known"/> was read, plus those written since.</summary>
    private int knownCount;
    private volatile bool stale;

    /// <summary>
    /// Says that actors or roles changed other than through this ingestor (a curator renamed an actor or retracted a role,
    /// say): the next report reads them again. Actors added elsewhere are noticed without this, by their number; a change
    /// that adds no actor (a rename, a role retracted or added for a known person) is not, in this process or another.
    /// </summary>
    public void ForgetActors() => stale = true;

    public static string SourceIdOf(string text) =>
        "report-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    public async Task<IngestResult> IngestAsync(Report report, CancellationToken ct = default)
    {
        var sourceId = SourceIdOf(report.Text);
        if ((await store.GetSourcesAsync([sourceId], ct)).Count > 0)
            return AlreadyIngested(report, sourceId);

        var index = await IndexAsync(ct);
        var found = extractor.Extract(report, index, ct);
        var writes = new List<GraphWrite>();
        var extractions = new Dictionary<(string, int, int), Extraction>();
        var created = new HashSet<string>();
        void Record(string subject, TextSpan span, double confidence, string rule, bool creates) =>
            extractions.TryAdd((subject, span.Start, span.Length), new Extraction(subject, sourceId, span.Start, span.Length,
                Excerpt(report.Text, span), Math.Clamp(confidence, 0, 1), rule, creates));

        // Actors: every one the report names that the graph does not hold yet (gazetteer entries, new people).
        void EnsureActor(string id, TextSpan span, string rule)
        {
            var actor = found.Actors.TryGetValue(id, out var a) ? a : index.Actors[id];
            if (actor.InGraph || !created.Add(id)) return;
            writes.Add(new CreateActor(new Actor(id, actor.Kind, actor.Name, actor.Aliases.Where(x => x != actor.Name).Distinct().ToList(),
                $"Read from report {sourceId}."), CreateMode.SkipExisting));
            Record(id, span, 0.8, rule, true);
        }
        foreach (var m in found.Mentions) EnsureActor(m.ActorId, m.Span, $"actor:{m.Kind.ToString().ToLowerInvariant()}");

        var outletId = OutletId(report.Metadata.Outlet, index, writes, created);
        var title = report.Metadata.Title ?? Headline(found) ?? report.Document ?? $"Report {sourceId}";
        writes.Insert(0, new CreateSource(new Source(sourceId, SourceKind.Report, title, outletId, report.Metadata.Date, report.Metadata.Url,
            report.Document)));
        foreach (var p in found.People)
        {
            var person = found.Actors[p.PersonId];
            if (p.RepresentsId is { } represents && person.Title is { } personTitle && !person.InGraph)
            {
                EnsureActor(represents, p.Span, "actor:represented");
                var roleId = Ids.Slugify($"role-{p.PersonId}-{represents}");
                if (created.Add(roleId))
                {
                    writes.Add(new CreateRole(new Role(roleId, p.PersonId, represents, personTitle, null, null,
                        [new Evidence(sourceId, null, Excerpt(report.Text, p.Span))]), CreateMode.SkipExisting));
                    Record(roleId, p.Span, p.Confidence, p.Rule, true);
                }
            }
        }

        bool ActorFor(string id, TextSpan span, string rule)
        {
            if (!found.Actors.ContainsKey(id) && !index.Actors.ContainsKey(id)) return false;
            EnsureActor(id, span, rule);
            return true;
        }
        var drafts = await draftMatcher.MatchAsync(found, sourceId, (id, span) => ActorFor(id, span, "actor:draft"), writes, created, ct);
        var statements = 0;
        var statementsConfirmed = 0;
        var notes = found.Notes.Concat(drafts.Notes).ToList();
        var usedIds = new HashSet<string>();
        // Each statement's first choice of id, read in one call rather than one each: most are free.
        var stems = found.Statements.Select(s => StatementStem(s, report)).ToList();
        var heldStems = stems.Count == 0 ? [] : (await store.GetStatementsAsync(stems.Distinct().ToList(), ct)).ToDictionary(h => h.Id);
        for (var i = 0; i < found.Statements.Count; i++)
        {
            var s = found.Statements[i];
            EnsureActor(s.SpeakerId, s.Span, "actor:speaker");
            var text = Trim(s.Text, 2000);
            var (id, held, passedOver) = await StatementIdAsync(stems[i], heldStems, text, usedIds, ct);
            if (held)
            {
                Record(id, s.Span, s.Confidence, s.Rule, false); // the graph holds this very statement: confirmed, not rewritten
                statementsConfirmed++;
                continue;
            }
            if (passedOver is not null)
                notes.Add($"A different statement in the graph already has the id '{passedOver}'; this one is stored as '{id}'.");
            var about = s.AboutActorIds.Where(a => found.Actors.ContainsKey(a)).Concat(s.AboutDrafts.Select(d => drafts.Ids.GetValueOrDefault(d)).OfType<string>()).Distinct().ToList();
            writes.Add(new CreateStatement(new Statement(id, s.SpeakerId, s.Date, report.Metadata.Date, s.Kind, text, sourceId, s.ViaId,
                null, about), CreateMode.SkipExisting));
            Record(id, s.Span, s.Confidence, s.Rule, true);
            statements++;
        }

        var positions = 0;
        var confirmed = 0;
        // Retracted ones too: a stance a curator retracted is confirmed as read again, never created anew, so it stays retracted.
        // Only the drafts this report's stances are on: a state of decades holds thousands of positions on others.
        var stanceDrafts = found.Stances.Select(s => drafts.Ids.GetValueOrDefault(s.DraftIndex)).OfType<string>().Distinct().ToList();
        var holding = (stanceDrafts.Count == 0 ? [] : await store.GetPositionsAsync(new FactFilter(
                SubjectIds: found.Stances.Select(s => s.ActorId).Distinct().ToList(), ObjectIds: stanceDrafts, IncludeRetracted: true), null, ct))
            .ToLookup(p => (p.ActorId, p.DraftId, p.Stance));
        foreach (var stance in found.Stances)
        {
            if (!drafts.Ids.TryGetValue(stance.DraftIndex, out var draftId)) continue;
            EnsureActor(stance.ActorId, stance.Evidence, "actor:stance");
            if (holding[(stance.ActorId, draftId, stance.Stance)].FirstOrDefault() is { } existing)
            {
                Record(existing.Id, stance.Evidence, stance.Confidence, stance.Rule, false); // confirms, never rewrites
                confirmed++;
                continue;
            }
            var id = Ids.Slugify($"{stance.ActorId}-{EnumNames.ToName(stance.Stance)}-{draftId}-{sourceId}");
            if (!created.Add(id)) continue;
            writes.Add(new CreatePosition(new Position(id, stance.ActorId, draftId, stance.Stance, report.Metadata.Date, null,
                [new Evidence(sourceId, null, Excerpt(report.Text, stance.Evidence))]), CreateMode.SkipExisting));
            Record(id, stance.Evidence, stance.Confidence, stance.Rule, true);
            positions++;
        }

        var (votes, ballots) = Votes(found, drafts, sourceId, (id, span) => ActorFor(id, span, "actor:ballot"), writes, Record);

        foreach (var m in found.Mentions) Record(m.ActorId, m.Span, m.Confidence, $"mention:{m.Kind.ToString().ToLowerInvariant()}", false);
        writes.AddRange(extractions.Values.Select(e => new RecordExtraction(e)));
        // What others point to goes first: actors, the source, drafts, then the facts and where they were read.
        try
        {
            await store.ApplyAsync(writes.OrderBy(Rank).ToList(), ct);
        }
        catch (GraphException e) when (e.Code == ErrorCodes.DuplicateId)
        {
            // Another writer (a second process on the same database) ingested the same text meanwhile: its source is
            // the one duplicate a report's writes can meet, and nothing was written here.
            if ((await store.GetSourcesAsync([sourceId], ct)).Count == 0) throw;
            return AlreadyIngested(report, sourceId);
        }
        Remember(writes);

        var createdActors = writes.OfType<CreateActor>().Select(w => w.Actor).ToList();
        var confirmedActors = found.Mentions.Select(m => m.ActorId).Distinct().Select(id => found.Actors.TryGetValue(id, out var a) ? a : index.Actors[id])
            .Where(a => a.InGraph).ToList();
        return new IngestResult(report.Name, sourceId, false,
            new IngestCount(createdActors.Count(a => a.Kind != ActorKind.Person), confirmedActors.Count(a => a.Kind != ActorKind.Person)),
            new IngestCount(createdActors.Count(a => a.Kind == ActorKind.Person), confirmedActors.Count(a => a.Kind == ActorKind.Person)),
            new IngestCount(statements, statementsConfirmed), new IngestCount(drafts.Created, drafts.Confirmed),
            new IngestCount(positions, confirmed), found.Mentions.Count, notes) { Votes = votes, Ballots = ballots };
    }

    private static IngestResult AlreadyIngested(Report report, string sourceId) =>
        new(report.Name, sourceId, true, IngestCount.None, IngestCount.None, IngestCount.None, IngestCount.None, IngestCount.None, 0,
            ["already ingested; nothing added"]);

    private static int Rank(GraphWrite write) => write switch
    {
        CreateActor => 0,
        CreateSource => 1,
        CreateDraft => 2,
        CreateRole => 3,
        CreateStatement => 4,
        CreatePosition => 5,
        AddDraftRelation or AddDraftStatus => 6,
        CreateVote => 7,
        CreateBallot => 8,
        _ => 9,
    };

    /// <summary>
    /// Every actor the graph holds, with the role of each person, for names and misspellings to resolve against. Read
    /// from the store once, then kept and told of the actors this ingestor writes (<see cref="Remember"/>), so that
    /// each report costs one count, not a walk through every actor. It is read again when the number of actors in the
    /// store is not what it should be (another writer added some) or after <see cref="ForgetActors"/>. Each report
    /// gets a fork: reading a report sets what it learns on the actors it finds, which must not reach the next report.
    /// </summary>
    private async Task<ActorIndex> IndexAsync(CancellationToken ct)
    {
        var count = (await store.FindActorsAsync(new ActorFilter(), new PageRequest(0, null), ct)).TotalCount;
        if (known is null || stale || count != knownCount)
        {
            stale = false; // before reading, so that a ForgetActors while reading is not lost
            known = await ReadIndexAsync(ct);
            knownCount = count; // counted before reading: an actor added between the two is read again next time
        }
        return known.Fork();
    }

    /// <summary>
    /// Adds to the kept index the actors and roles just written, as reading them back from the store would: a new
    /// actor's names come after the graph's others, and a name it could take from another was already that other's
    /// (a report makes a new actor only of names the index does not hold).
    /// </summary>
    private void Remember(IReadOnlyList<GraphWrite> writes)
    {
        if (known is null) return;
        var roles = writes.OfType<CreateRole>().Select(w => w.Role).ToLookup(r => r.PersonId);
        var actors = writes.OfType<CreateActor>().Select(w => w.Actor).ToList();
        // Which of a person's roles the store lists first is the store's own order; an actor already in the index or a
        // role for a person not written here should not happen. In those cases read everything again.
        if (roles.Any(g => g.Count() > 1 || actors.All(a => a.Id != g.Key)) || actors.Any(a => known.Actors.TryGetValue(a.Id, out var k) && k.InGraph))
        {
            known = null;
            return;
        }
        foreach (var actor in actors) known.AddGraphActor(actor, roles[actor.Id].FirstOrDefault());
        knownCount += actors.Count;
    }

    private async Task<ActorIndex> ReadIndexAsync(CancellationToken ct)
    {
        var actors = await Pages.AllAsync(page => store.FindActorsAsync(new ActorFilter(), page, ct));
        var people = actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Id).ToList();
        var roles = people.Count == 0 ? [] : await store.GetRolesAsync(new FactFilter(SubjectIds: people), ct);
        return ActorIndex.Build(lexicon, actors, ActorIndex.FirstRoles(roles));
    }

    /// <summary>
    /// The votes the report tells of, each on its graph draft: a vote the graph holds on that draft within a day is confirmed
    /// (the ballots it lacks are added), else written with its result as the draft's status that day. Ballots name states only.
    /// </summary>
    private static (IngestCount Votes, IngestCount Ballots) Votes(ExtractedReport found, MatchedDrafts drafts, string sourceId,
        Func<string, TextSpan, bool> ensureActor, List<GraphWrite> writes, Action<string, TextSpan, double, string, bool> record)
    {
        int made = 0, held = 0, cast = 0;
        foreach (var vote in found.Votes)
        {
            if (!drafts.Ids.TryGetValue(vote.Draft, out var draftId)) continue;
            var evidence = new Evidence(sourceId, null, Excerpt(found.Report.Text, vote.Evidence));
            var existing = drafts.Votes.GetValueOrDefault(draftId)?.FirstOrDefault(v =>
                v.Date is { } d && vote.Date is { } e ? DraftIdentity.SameVoteDay(d, e) : v.Date == vote.Date);
            var voteId = existing?.Id ?? Ids.Slugify($"vote-{draftId}-{vote.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? sourceId}");
            if (existing is null)
            {
                writes.Add(new CreateVote(new Vote(voteId, draftId, vote.Date, vote.Result, vote.Yes, vote.No, vote.Abstain, [evidence]), CreateMode.SkipExisting));
                var status = vote.Result switch { VoteResult.Adopted => DraftStatus.Adopted, VoteResult.Vetoed => DraftStatus.Vetoed, _ => DraftStatus.PutToVote };
                writes.Add(new AddDraftStatus(new DraftStatusChange(draftId, status, vote.Date, evidence)));
                made++;
            }
            else held++;
            record(voteId, vote.Evidence, 0.8, vote.Rule, existing is null);
            foreach (var ballot in vote.Ballots)
            {
                if (!ensureActor(ballot.ActorId, ballot.Evidence)) continue;
                var id = Ids.Slugify($"ballot-{voteId}-{ballot.ActorId}");
                writes.Add(new CreateBallot(new Ballot(id, voteId, ballot.ActorId, ballot.Choice, ballot.Veto,
                    [new Evidence(sourceId, null, Excerpt(found.Report.Text, ballot.Evidence))]), CreateMode.SkipExisting));
                record(id, ballot.Evidence, 0.8, $"ballot:{EnumNames.ToName(ballot.Choice).ToLowerInvariant()}", true);
                cast++;
            }
        }
        return (new IngestCount(made, held), new IngestCount(cast, 0));
    }

    private static string? OutletId(string? outlet, ActorIndex index, List<GraphWrite> writes, HashSet<string> created)
    {
        if (string.IsNullOrWhiteSpace(outlet)) return null;
        if (index.Match(outlet, 0) is { } m && m.End == outlet.Length)
        {
            var known = index.Actors[m.ActorId];
            if (!known.InGraph && created.Add(known.Id))
                writes.Insert(0, new CreateActor(new Actor(known.Id, known.Kind, known.Name, known.Aliases.Distinct().ToList(), null), CreateMode.SkipExisting));
            return known.Id;
        }
        var id = Ids.Slugify(outlet);
        if (id.Length == 0) return null;
        if (!index.Actors.ContainsKey(id) && created.Add(id))
            writes.Insert(0, new CreateActor(new Actor(id, ActorKind.Media, outlet.Trim(), [], null), CreateMode.SkipExisting));
        return id;
    }

    private static string? Headline(ExtractedReport found) =>
        found.Layout.Paragraphs.FirstOrDefault(p => !p.IsFurniture && p.Span.Length < 160 && !found.Report.Text[p.Span.Start..p.Span.End].TrimEnd().EndsWith('.'))
            is { } p ? found.Report.Text[p.Span.Start..p.Span.End] : null;

    /// <summary>
    /// A statement's id: speaker, date and its first words; then -2, -3, ... for the next free one, in that order, so
    /// the same report read into the same graph gets the same ids. An id another statement of this report took, or a
    /// different statement in the graph holds, is passed over; an id the graph holds for a statement of the same text is
    /// this statement (read again, from another report), which is then confirmed rather than dropped or duplicated.
    /// </summary>
    private async Task<(string Id, bool Held, string? PassedOver)> StatementIdAsync(string stem, IReadOnlyDictionary<string, Statement> heldStems,
        string text, HashSet<string> used, CancellationToken ct)
    {
        string? passedOver = null;
        for (var n = 1; ; n++)
        {
            var id = n == 1 ? stem : $"{stem}-{n}";
            if (!used.Add(id)) continue;
            var held = n == 1 ? heldStems.GetValueOrDefault(id) : await store.GetStatementsAsync([id], ct) is [var first, ..] ? first : null;
            if (held is null) return (id, false, passedOver);
            if (held.Text == text) return (id, true, null);
            passedOver ??= id;
        }
    }

    /// <summary>A statement's first choice of id: speaker, date and its first words (see <see cref="StatementIdAsync"/>).</summary>
    private static string StatementStem(ExtractedStatement s, Report report)
    {
        var words = string.Join(' ', Ids.Slugify(ActorIndex.Normalize(s.Text)).Split('-').Take(6));
        var date = (s.Date ?? report.Metadata.Date)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        return Ids.Slugify($"{s.SpeakerId} {date} {words}");
    }

    /// <summary>The evidence excerpt of a span: its text, cut short where long.</summary>
    internal static string Excerpt(string text, TextSpan span) => Trim(text[span.Start..span.End], 500);

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
