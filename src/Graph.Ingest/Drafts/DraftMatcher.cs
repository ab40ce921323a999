using System.Globalization;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>Which graph draft each of a report's drafts is, what it takes to write the new ones, and what the graph held.</summary>
internal sealed record MatchedDrafts(IReadOnlyDictionary<int, string> Ids, int Created, int Confirmed, IReadOnlyList<string> Notes,
    IReadOnlyDictionary<string, IReadOnlyList<Vote>> Votes);

/// <summary>
/// Finds, for each draft a report speaks of, the graph's draft under <see cref="DraftIdentity"/>, reading the graph's drafts on
/// the report's subjects (a few per subject); a draft the report takes a stance on or votes on and the graph does not hold is
/// created, with a title people recognise and its relations to the report's other drafts. A draft the report only mentions
/// (in a statement) is linked where the graph holds it, never created.
/// </summary>
internal sealed class DraftMatcher(IGraphStore store)
{
    public async Task<MatchedDrafts> MatchAsync(ExtractedReport found, string sourceId, Func<string, TextSpan, bool> ensureActor,
        List<GraphWrite> writes, HashSet<string> created, CancellationToken ct)
    {
        var reported = found.Report.Metadata.Date;
        var needed = found.Stances.Select(s => s.DraftIndex).Concat(found.Votes.Select(v => v.Draft)).ToHashSet();
        var mentioned = found.Statements.SelectMany(s => s.AboutDrafts).ToHashSet();
        var known = await KnownAsync(found.Drafts.Where(d => needed.Contains(d.Index) || mentioned.Contains(d.Index)).ToList(), reported, ct);
        var ids = new Dictionary<int, string>();
        var taken = new HashSet<string>();
        var notes = new List<string>();
        var made = 0;
        // Numbered drafts first (the surest matches), then the draft in play before its rivals; a recalled resolution last, so
        // that it never takes the draft the report is about.
        foreach (var draft in found.Drafts.OrderBy(d => d.Traits.HasFlag(DraftTraits.Recalled)).ThenBy(d => d.Number is null)
            .ThenBy(d => d.Traits.HasFlag(DraftTraits.Rival)).ThenBy(d => d.Index))
        {
            if (!needed.Contains(draft.Index) && !mentioned.Contains(draft.Index)) continue;
            var voted = found.Votes.FirstOrDefault(v => v.Draft == draft.Index)?.Date;
            var passing = known.Values.Select(k => k.Facts).Where(k => !taken.Contains(k.Draft.Id) && DraftIdentity.Same(draft, reported, voted, k))
                .Where(k => !draft.Traits.HasFlag(DraftTraits.Earlier) || RevisedByMatched(k, draft, ids))
                .Select(k => (Known: k, Fit: DraftIdentity.Fit(draft, reported, k)))
                .OrderByDescending(p => p.Fit.Owners).ThenByDescending(p => p.Fit.Role).ThenBy(p => p.Fit.Distance).ThenBy(p => p.Known.Draft.Id, StringComparer.Ordinal).ToList();
            if (passing.Count > 1 && passing[0].Fit == passing[1].Fit)
            {
                notes.Add($"The report's {Describe(found, draft)} could be any of the drafts {string.Join(", ", passing.Select(p => $"'{p.Known.Draft.Id}'"))}; " +
                    "it is kept as a draft of its own.");
            }
            else if (passing.Count > 0)
            {
                ids[draft.Index] = passing[0].Known.Draft.Id;
                taken.Add(passing[0].Known.Draft.Id);
                Record(writes, found, draft, sourceId, passing[0].Known.Draft.Id, false);
                // "The sponsors softened the text": the same draft, revised, on the report's day.
                if (draft.Traits.HasFlag(DraftTraits.Revised) && reported is not null && needed.Contains(draft.Index))
                    writes.Add(new AddDraftStatus(new DraftStatusChange(passing[0].Known.Draft.Id, DraftStatus.Revised, reported,
                        new Evidence(sourceId, null, Excerpt(found, draft)))));
                continue;
            }
            if (!needed.Contains(draft.Index)) continue;
            var id = await NewIdAsync(found, draft, known.Keys, created, ct);
            var subject = draft.SubjectId is { } s && ensureActor(s, draft.First.Span) ? s : null;
            var forum = draft.ForumId is { } f && ensureActor(f, draft.First.Span) ? f : null;
            writes.Add(new CreateDraft(new Draft(id, draft.Kind, DraftTitles.Title(found, draft), forum, $"Read from report {sourceId}.") { SubjectId = subject },
                CreateMode.SkipExisting));
            Record(writes, found, draft, sourceId, id, true);
            ids[draft.Index] = id;
            taken.Add(id);
            made++;
        }
        Relate(found, ids, known, sourceId, writes);
        return new MatchedDrafts(ids, made, ids.Count - made, notes,
            known.ToDictionary(k => k.Key, k => k.Value.Votes));
    }

    /// <summary>
    /// The graph's drafts on the subjects of the report's drafts, and, for a draft the report gives no subject, those its owners
    /// sponsored or proposed around the report's date; with their owners, dates, votes and relations: a few reads.
    /// </summary>
    private async Task<Dictionary<string, KnownWithVotes>> KnownAsync(IReadOnlyList<ReportDraft> drafts, DateOnly? reported, CancellationToken ct)
    {
        var candidates = new List<Draft>();
        var owners = drafts.Where(d => d.SubjectId is null).SelectMany(d => d.Owners).Distinct().ToList();
        if (owners.Count > 0 && reported is { } day)
        {
            var near = (await store.GetPositionsAsync(new FactFilter(SubjectIds: owners), null, ct))
                .Where(p => DraftIdentity.Owns(p.Stance) && p.Since is { } s && DraftIdentity.WithinWindow(day, s, s))
                .Select(p => p.DraftId).Distinct().ToList();
            if (near.Count > 0) candidates.AddRange(await store.GetDraftsAsync(near, ct));
        }
        foreach (var (subject, kind) in drafts.Where(d => d.SubjectId is not null).Select(d => (d.SubjectId!, d.Kind)).Distinct())
            candidates.AddRange(await Pages.AllAsync(page => store.FindDraftsAsync(new DraftFilter(Kind: kind, SubjectId: subject), page, ct)));
        if (candidates.Count == 0) return [];
        candidates = candidates.DistinctBy(d => d.Id).ToList();
        var ids = candidates.Select(d => d.Id).ToList();
        // Retracted positions too: a curator who withdrew a stance did not withdraw the draft, which the stance still dates.
        var positions = (await store.GetPositionsAsync(new FactFilter(ObjectIds: ids, IncludeRetracted: true), null, ct)).ToLookup(p => p.DraftId);
        var history = (await store.GetDraftStatusHistoryAsync(ids, ct)).ToLookup(h => h.DraftId);
        var votes = (await store.GetVotesAsync(ids, ct)).ToLookup(v => v.DraftId);
        var relations = await store.GetDraftRelationsAsync(ids, ct);
        return candidates.ToDictionary(d => d.Id, d =>
        {
            var dates = positions[d.Id].Select(p => p.Since).Concat(history[d.Id].Select(h => h.Date)).Concat(votes[d.Id].Select(v => v.Date))
                .OfType<DateOnly>().ToList();
            var owners = positions[d.Id].Where(p => DraftIdentity.Owns(p.Stance)).Select(p => p.ActorId).ToHashSet();
            var facts = new KnownDraft(d, owners, dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max(),
                votes[d.Id].Select(v => v.Date).OfType<DateOnly>().ToList(), relations.Where(r => r.FromId == d.Id || r.ToId == d.Id).ToList());
            return new KnownWithVotes(facts, votes[d.Id].ToList());
        });
    }

    private sealed record KnownWithVotes(KnownDraft Facts, IReadOnlyList<Vote> Votes);

    private static bool RevisedByMatched(KnownDraft earlier, ReportDraft draft, Dictionary<int, string> ids) =>
        draft.RevisedBy is { } by && ids.TryGetValue(by, out var revising)
        && earlier.Relations.Any(r => r.Kind == DraftRelationKind.Revises && r.FromId == revising && r.ToId == earlier.Draft.Id);

    /// <summary>The report's own word for how its drafts relate, written where this report made one end: a rival is an
    /// alternative to the draft it rivals, an alternative proposed beside a resolution too, and a draft revises its earlier versions.</summary>
    private static void Relate(ExtractedReport found, Dictionary<int, string> ids, Dictionary<string, KnownWithVotes> known, string sourceId,
        List<GraphWrite> writes)
    {
        var primary = ReportDraft.PrimaryResolution(found.Drafts);
        foreach (var draft in found.Drafts)
        {
            if (!ids.TryGetValue(draft.Index, out var id) || known.ContainsKey(id)) continue; // relations are written with a new draft
            var evidence = new Evidence(sourceId, null, Excerpt(found, draft));
            var rivalOf = draft.AlternativeTo ?? (draft.Kind != DraftKind.Resolution && primary is not null
                && found.Stances.Any(s => s.DraftIndex == draft.Index && s.Stance == Stance.Proposes) ? primary.Index : null);
            if (rivalOf is { } r && ids.TryGetValue(r, out var other) && other != id)
                writes.Add(new AddDraftRelation(new DraftRelation(id, DraftRelationKind.AlternativeTo, other, evidence)));
            if (draft.RevisedBy is { } by && ids.TryGetValue(by, out var revising) && revising != id)
                writes.Add(new AddDraftRelation(new DraftRelation(revising, DraftRelationKind.Revises, id, evidence)));
        }
    }

    private static void Record(List<GraphWrite> writes, ExtractedReport found, ReportDraft draft, string sourceId, string id, bool creates) =>
        writes.Add(new RecordExtraction(new Extraction(id, sourceId, draft.First.Span.Start, draft.First.Span.Length, Excerpt(found, draft), 0.7,
            draft.Number is not null ? "draft:numbered" : draft.Owners.Count > 0 ? "draft:owned" : "draft:named", creates)));

    /// <summary>The sentence that first names the draft.</summary>
    private static string Excerpt(ExtractedReport found, ReportDraft draft) =>
        Ingestor.Excerpt(found.Report.Text, found.Layout.Sentences[draft.First.Sentence].Span);

    /// <summary>"north-korea-resolution-japan-2006-07": subject, kind, first owner, month; then -2, -3 past ids in use.</summary>
    private async Task<string> NewIdAsync(ExtractedReport found, ReportDraft draft, IEnumerable<string> known, HashSet<string> created,
        CancellationToken ct)
    {
        var month = found.Report.Metadata.Date?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "undated";
        var owner = draft.Number is { } n ? $"resolution-{n.Replace('/', '-')}" : (draft.Owners is [{ } firstOwner, ..] ? firstOwner : draft.OwnerGroups is [{ } firstGroup, ..] ? firstGroup : "unattributed");
        var stem = Ids.Slugify($"{draft.SubjectId ?? "draft"} {EnumNames.ToName(draft.Kind)} {(draft.Traits.HasFlag(DraftTraits.Earlier) ? "earlier " : "")}{owner} {month}");
        var taken = known.ToHashSet();
        for (var i = 1; ; i++)
        {
            var id = i == 1 ? stem : $"{stem}-{i}";
            if (taken.Contains(id) || created.Contains(id) || (await store.GetDraftsAsync([id], ct)).Count > 0) continue;
            created.Add(id);
            return id;
        }
    }

    private static string Describe(ExtractedReport found, ReportDraft draft) =>
        $"\"{found.Report.Text[draft.First.Span.Start..draft.First.Span.End]}\"";
}
