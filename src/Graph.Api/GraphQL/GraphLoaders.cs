using System.Collections.Concurrent;
using Graph.Core;
using GraphQL.DataLoader;

namespace Graph.Api.GraphQL;

/// <summary>
/// The batch loaders of one GraphQL request. A loader is keyed by what it reads and by its
/// arguments, so fields asked with the same arguments on one level share one store call.
/// </summary>
public sealed class GraphLoaders(IGraphStore store)
{
    private readonly ConcurrentDictionary<string, object> loaders = new();

    private BatchLoader<string, T> Loader<T>(string key, Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch) =>
        (BatchLoader<string, T>)loaders.GetOrAdd(key, _ => new BatchLoader<string, T>(fetch));

    private static IReadOnlyDictionary<string, IReadOnlyList<T>> GroupBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());

    public IDataLoaderResult<Actor?> Actor(string id) => ActorLoader.Load(id);

    public IDataLoaderResult<IReadOnlyList<Actor>> Actors(IEnumerable<string> ids) => ActorLoader.LoadMany(ids);

    private BatchLoader<string, Actor> ActorLoader =>
        Loader<Actor>("actor", async (ids, ct) => (await store.GetActorsAsync(ids, ct)).ToDictionary(a => a.Id));

    public IDataLoaderResult<Draft?> Draft(string id) => DraftLoader.Load(id);

    public IDataLoaderResult<IReadOnlyList<Draft>> Drafts(IEnumerable<string> ids) => DraftLoader.LoadMany(ids);

    private BatchLoader<string, Draft> DraftLoader =>
        Loader<Draft>("draft", async (ids, ct) => (await store.GetDraftsAsync(ids, ct)).ToDictionary(d => d.Id));

    public IDataLoaderResult<Alliance?> Alliance(string id) =>
        Loader<Alliance>("alliance", async (ids, ct) => (await store.GetAlliancesAsync(ids, ct)).ToDictionary(a => a.Id)).Load(id);

    public IDataLoaderResult<Statement?> Statement(string id) =>
        Loader<Statement>("statement", async (ids, ct) => (await store.GetStatementsAsync(ids, ct)).ToDictionary(s => s.Id)).Load(id);

    public IDataLoaderResult<Source?> Source(string id) =>
        Loader<Source>("source", async (ids, ct) => (await store.GetSourcesAsync(ids, ct)).ToDictionary(s => s.Id)).Load(id);

    /// <summary>Any node by id, whatever its label: one call for the labels, then one per label present.</summary>
    public IDataLoaderResult<object?> Node(string id) => NodeLoader.Load(id);

    public IDataLoaderResult<IReadOnlyList<object>> Nodes(IEnumerable<string> ids) => NodeLoader.LoadMany(ids);

    private BatchLoader<string, object> NodeLoader => Loader<object>("node", async (ids, ct) =>
    {
        var labels = await store.GetLabelsAsync(ids, ct);
        IEnumerable<string> With(NodeLabel label) => labels.Where(l => l.Value == label).Select(l => l.Key).ToList();
        async Task<IEnumerable<(string, object)>> Read<T>(NodeLabel label, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<T>>> read, Func<T, string> id)
        {
            var wanted = With(label).ToList();
            return wanted.Count == 0 ? [] : (await read(wanted, ct)).Select(x => (id(x), (object)x!));
        }
        var parts = await Task.WhenAll(
            Read(NodeLabel.Actor, store.GetActorsAsync, a => a.Id),
            Read(NodeLabel.Draft, store.GetDraftsAsync, d => d.Id),
            Read(NodeLabel.Alliance, store.GetAlliancesAsync, a => a.Id),
            Read(NodeLabel.Statement, store.GetStatementsAsync, s => s.Id),
            Read(NodeLabel.Source, store.GetSourcesAsync, s => s.Id));
        return parts.SelectMany(p => p).ToDictionary(p => p.Item1, p => p.Item2);
    });

    public IDataLoaderResult<IReadOnlyList<Position>?> PositionsOfDraft(string draftId, Stance? stance, DateOnly? asOf, bool retracted) =>
        Loader<IReadOnlyList<Position>>($"positions-of-draft|{stance}|{asOf}|{retracted}", async (ids, ct) =>
            GroupBy(await store.GetPositionsAsync(new FactFilter(ObjectIds: ids, AsOf: asOf, IncludeRetracted: retracted), stance, ct), p => p.DraftId)).Load(draftId);

    public IDataLoaderResult<IReadOnlyList<Position>?> PositionsOfActor(string actorId, Stance? stance, DateOnly? asOf, bool retracted) =>
        Loader<IReadOnlyList<Position>>($"positions-of-actor|{stance}|{asOf}|{retracted}", async (ids, ct) =>
            GroupBy(await store.GetPositionsAsync(new FactFilter(SubjectIds: ids, AsOf: asOf, IncludeRetracted: retracted), stance, ct), p => p.ActorId)).Load(actorId);

    public IDataLoaderResult<IReadOnlyList<Membership>?> MembershipsOfActor(string actorId, DateOnly? asOf, bool retracted) =>
        Loader<IReadOnlyList<Membership>>($"memberships-of-actor|{asOf}|{retracted}", async (ids, ct) =>
            GroupBy(await store.GetMembershipsAsync(new FactFilter(SubjectIds: ids, AsOf: asOf, IncludeRetracted: retracted), ct), m => m.ActorId)).Load(actorId);

    public IDataLoaderResult<IReadOnlyList<Membership>?> MembersOfAlliance(string allianceId, DateOnly? asOf, bool retracted) =>
        Loader<IReadOnlyList<Membership>>($"members-of-alliance|{asOf}|{retracted}", async (ids, ct) =>
            GroupBy(await store.GetMembershipsAsync(new FactFilter(ObjectIds: ids, AsOf: asOf, IncludeRetracted: retracted), ct), m => m.AllianceId)).Load(allianceId);

    public IDataLoaderResult<IReadOnlyList<Role>?> RolesOfPerson(string personId, DateOnly? asOf, bool retracted) =>
        Loader<IReadOnlyList<Role>>($"roles-of-person|{asOf}|{retracted}", async (ids, ct) =>
            GroupBy(await store.GetRolesAsync(new FactFilter(SubjectIds: ids, AsOf: asOf, IncludeRetracted: retracted), ct), r => r.PersonId)).Load(personId);

    public IDataLoaderResult<IReadOnlyList<Role>?> RolesRepresenting(string actorId, DateOnly? asOf, bool retracted) =>
        Loader<IReadOnlyList<Role>>($"roles-representing|{asOf}|{retracted}", async (ids, ct) =>
            GroupBy(await store.GetRolesAsync(new FactFilter(ObjectIds: ids, AsOf: asOf, IncludeRetracted: retracted), ct), r => r.RepresentsId)).Load(actorId);

    public IDataLoaderResult<IReadOnlyList<Vote>?> VotesOnDraft(string draftId) =>
        Loader<IReadOnlyList<Vote>>("votes-on-draft", async (ids, ct) => GroupBy(await store.GetVotesAsync(ids, ct), v => v.DraftId)).Load(draftId);

    public IDataLoaderResult<Vote?> Vote(string id) =>
        Loader<Vote>("vote", async (ids, ct) => (await store.GetVotesByIdAsync(ids, ct)).ToDictionary(v => v.Id)).Load(id);

    public IDataLoaderResult<IReadOnlyList<Ballot>?> BallotsInVote(string voteId) =>
        Loader<IReadOnlyList<Ballot>>("ballots-in-vote", async (ids, ct) =>
            GroupBy(await store.GetBallotsAsync(new FactFilter(ObjectIds: ids), ct), b => b.VoteId)).Load(voteId);

    public IDataLoaderResult<IReadOnlyList<Ballot>?> BallotsOfActor(string actorId, DateOnly? asOf) =>
        Loader<IReadOnlyList<Ballot>>($"ballots-of-actor|{asOf}", async (ids, ct) =>
            GroupBy(await store.GetBallotsAsync(new FactFilter(SubjectIds: ids, AsOf: asOf), ct), b => b.ActorId)).Load(actorId);

    /// <summary>The retraction of a fact or statement, or null: all of a level in one call.</summary>
    public IDataLoaderResult<Retraction?> Retraction(string subjectId) =>
        Loader<Retraction>("retraction", async (ids, ct) => (await store.GetRetractionsAsync(ids, ct)).ToDictionary(r => r.SubjectId)).Load(subjectId);

    public IDataLoaderResult<IReadOnlyList<DraftStatusChange>?> StatusHistory(string draftId) =>
        Loader<IReadOnlyList<DraftStatusChange>>("status-history", async (ids, ct) =>
            GroupBy(await store.GetDraftStatusHistoryAsync(ids, ct), s => s.DraftId)).Load(draftId);

    /// <summary>Relations with the draft at either end, listed under both ends.</summary>
    public IDataLoaderResult<IReadOnlyList<DraftRelation>?> Relations(string draftId) =>
        Loader<IReadOnlyList<DraftRelation>>("draft-relations", async (ids, ct) =>
        {
            var wanted = ids.ToHashSet();
            var relations = await store.GetDraftRelationsAsync(ids, ct);
            return relations.SelectMany(r => new[] { (r.FromId, r), (r.ToId, r) }.Distinct())
                .Where(x => wanted.Contains(x.Item1))
                .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => (IReadOnlyList<DraftRelation>)g.Select(x => x.r).ToList());
        }).Load(draftId);

    /// <summary>The extractions of a node or fact (by source, then offset): all subjects of a level in one call. A retracted
    /// fact's too: it is asked for by id, and says where it came from.</summary>
    public IDataLoaderResult<IReadOnlyList<Extraction>?> ExtractionsOf(string subjectId) =>
        Loader<IReadOnlyList<Extraction>>("extractions-of", async (ids, ct) =>
            GroupBy(await store.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ids, IncludeRetracted: true), ct), x => x.SubjectId)).Load(subjectId);

    /// <summary>What the extractor read in a source (by offset): all sources of a level in one call.</summary>
    public IDataLoaderResult<IReadOnlyList<Extraction>?> ExtractionsFrom(string sourceId, bool retracted) =>
        Loader<IReadOnlyList<Extraction>>($"extractions-from|{retracted}", async (ids, ct) =>
            GroupBy(await store.GetExtractionsAsync(new ExtractionFilter(SourceIds: ids, IncludeRetracted: retracted), ct), x => x.SourceId)).Load(sourceId);

    public IDataLoaderResult<Page<Statement>?> StatementsOfSpeaker(string speakerId, StatementFilter filter, PageRequest page) =>
        Loader<Page<Statement>>($"statements-of-speaker|{filter}|{page}", async (ids, ct) =>
            await store.FindStatementsBySpeakersAsync(ids, filter, page, ct)).Load(speakerId);
}
