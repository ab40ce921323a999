using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Core;
using Xunit.Abstractions;

namespace Graph.Api.Tests;

/// <summary>
/// Several writers and readers at once, over HTTP, against the embedded store (one pooled connection per store
/// call, WAL): writers race to create the same actor, alliance and membership ids and update the same actors
/// while readers query all the time. Every read answers without error; each raced id is created exactly once
/// (one writer's create succeeds, every other gets DUPLICATE_ID); no acknowledged write is lost and no update is
/// torn; and the final state is what was sent.
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Writers = 6;
    private const int Readers = 3;
    private const int Contested = 3; // actors every writer updates
    private const int Owned = 2;     // actors per writer that only that writer updates
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(6);

    private ApiHost api = null!;

    public Task InitializeAsync()
    {
        api = ApiHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    private sealed record Outcome(int Writer, int Step, string? Code, string? Message)
    {
        public bool Succeeded => Code is null;
    }

    /// <summary>One update of an actor: name, aliases and description all say who wrote it and when, so a torn write shows.</summary>
    private sealed record ActorState(string Name, string[] Aliases, string Description)
    {
        public static ActorState Written(string id, int writer, int step) =>
            new($"{id} by writer {writer} step {step}", [$"w{writer}", $"s{step}"], $"{writer}:{step}");

        public static ActorState Read(JsonElement actor) => new(actor.Str("name"),
            actor.GetProperty("aliases").Items().Select(a => a.GetString()!).ToArray(), actor.Str("description"));

        public bool SameAs(ActorState other) => Name == other.Name && Aliases.SequenceEqual(other.Aliases) && Description == other.Description;

        public override string ToString() => $"{Name} [{string.Join(", ", Aliases)}] {Description}";
    }

    [Fact]
    public async Task Racing_writers_create_each_id_once_lose_no_acknowledged_update_and_readers_never_fail()
    {
        string ContestedId(int j) => $"contested-{j}";
        string OwnedId(int w, int j) => $"owned-w{w}-{j}";
        string RaceActor(int n) => $"race-actor-{n}";
        string RaceAlliance(int n) => $"race-alliance-{n}";

        // Actors to update, created before the race.
        var setup = Enumerable.Range(0, Contested).Select(ContestedId)
            .Concat(Enumerable.Range(0, Writers).SelectMany(w => Enumerable.Range(0, Owned).Select(j => OwnedId(w, j))));
        foreach (var id in setup)
            await api.QueryAsync("mutation($id: ID!, $name: String!) { createActor(input: { id: $id, kind: PERSON, name: $name }) { id } }", new { id, name = id });

        var creates = new ConcurrentDictionary<string, ConcurrentBag<Outcome>>();        // raced id -> every writer's create
        var updates = new ConcurrentDictionary<string, ConcurrentBag<(Outcome Outcome, ActorState Sent)>>();
        var memberships = new ConcurrentDictionary<string, ConcurrentBag<(Outcome Outcome, string AllianceId)>>();
        var unexpected = new ConcurrentQueue<string>();
        var reads = new ConcurrentQueue<string>(); // failed reads
        var readCount = 0;
        var torn = new ConcurrentQueue<string>();
        var highest = new int[Writers];           // the last step each writer began, for readers to aim at

        using var stop = new CancellationTokenSource(Duration);
        var clock = Stopwatch.StartNew();

        async Task<Outcome> WriteAsync(int writer, int step, string mutation, object variables)
        {
            using var response = await api.Http.PostAsJsonAsync("/graphql", new { query = mutation, variables });
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) return new Outcome(writer, step, $"HTTP {(int)response.StatusCode}", body);
            var document = JsonDocument.Parse(body).RootElement;
            if (!document.TryGetProperty("errors", out var errors)) return new Outcome(writer, step, null, null);
            var error = errors[0];
            var code = error.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : "(no code)";
            return new Outcome(writer, step, code, error.Message());
        }

        void Expect(Outcome outcome, string what, params string[] allowedCodes)
        {
            if (!outcome.Succeeded && !allowedCodes.Contains(outcome.Code))
                unexpected.Enqueue($"writer {outcome.Writer} step {outcome.Step} {what}: {outcome.Code} {outcome.Message}");
        }

        async Task WriterAsync(int w)
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                Volatile.Write(ref highest[w], n);
                // Every writer creates the same actor and alliance ids, step by step: one create of each id wins.
                var actor = RaceActor(n);
                var created = await WriteAsync(w, n, "mutation($id: ID!, $name: String!) { createActor(input: { id: $id, kind: STATE, name: $name }) { id } }",
                    new { id = actor, name = $"Race actor {n} by writer {w}" });
                creates.GetOrAdd(actor, _ => []).Add(created);
                Expect(created, $"createActor {actor}", ErrorCodes.DuplicateId);
                var alliance = RaceAlliance(n);
                created = await WriteAsync(w, n, "mutation($id: ID!, $name: String!) { createAlliance(input: { id: $id, kind: COALITION, name: $name }) { id } }",
                    new { id = alliance, name = $"Race alliance {n} by writer {w}" });
                creates.GetOrAdd(alliance, _ => []).Add(created);
                Expect(created, $"createAlliance {alliance}", ErrorCodes.DuplicateId);

                // Both exist now (this writer made them or was told they exist): a membership of its own must succeed,
                // and one with an id every writer uses must be created once.
                foreach (var (membershipId, allowed) in new[] { ($"membership-{n}-w{w}", Array.Empty<string>()), ($"membership-{n}-shared", new[] { ErrorCodes.DuplicateId }) })
                {
                    var added = await WriteAsync(w, n, """
                        mutation($id: ID!, $actor: ID!, $alliance: ID!) { addMembership(input: { id: $id, actorId: $actor, allianceId: $alliance,
                          since: "2006-07-01", evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
                        """, new { id = membershipId, actor, alliance });
                    memberships.GetOrAdd(membershipId, _ => []).Add((added, alliance));
                    Expect(added, $"addMembership {membershipId}", allowed);
                }

                // Updates: a contested actor (every writer) and one of this writer's own.
                foreach (var id in new[] { ContestedId(n % Contested), OwnedId(w, n % Owned) })
                {
                    var sent = ActorState.Written(id, w, n);
                    var updated = await WriteAsync(w, n, """
                        mutation($id: ID!, $name: String!, $aliases: [String!], $description: String) {
                          updateActor(input: { id: $id, kind: PERSON, name: $name, aliases: $aliases, description: $description }) { id } }
                        """, new { id, name = sent.Name, aliases = sent.Aliases, description = sent.Description });
                    updates.GetOrAdd(id, _ => []).Add((updated, sent));
                    Expect(updated, $"updateActor {id}");
                }
            }
        }

        async Task ReaderAsync(int r)
        {
            var random = new Random(r);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var n = Math.Max(0, Volatile.Read(ref highest[random.Next(Writers)]) - random.Next(3));
                var (query, variables) = (i % 4) switch
                {
                    0 => ("query($a: ID!) { actor(id: $a) { name aliases description memberships { id alliance { id name } } } }",
                        (object)new { a = ContestedId(random.Next(Contested)) }),
                    1 => ("query($l: ID!) { alliance(id: $l) { name members(asOf: \"2006-07-02\") { id actor { id name } } } }", new { l = RaceAlliance(n) }),
                    2 => ("query($s: String) { actors(search: $s, first: 100) { totalCount nodes { id name } } alliances(search: $s) { totalCount } }",
                        new { s = $"Race actor {n}" }),
                    _ => ("query($a: ID!) { path(from: $a, to: \"japan\", maxHops: 4) { length } statements(speaker: \"taro-aso\", first: 5) { totalCount nodes { text } } }",
                        new { a = OwnedId(random.Next(Writers), random.Next(Owned)) }),
                };
                using var response = await api.Http.PostAsJsonAsync("/graphql", new { query, variables });
                var body = await response.Content.ReadAsStringAsync();
                Interlocked.Increment(ref readCount);
                if (!response.IsSuccessStatusCode || body.Contains("\"errors\""))
                {
                    reads.Enqueue($"HTTP {(int)response.StatusCode}: {body}");
                    continue;
                }
                // An update writes name, aliases and description in one transaction: a read sees all of one update.
                if (i % 4 == 0 && JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("actor") is var a && a.Str("description") is { } d
                    && d.Contains(':') && !ActorState.Read(a).SameAs(ActorState.Written(a.Str("name").Split(" by ")[0], int.Parse(d.Split(':')[0]), int.Parse(d.Split(':')[1]))))
                    torn.Enqueue(ActorState.Read(a).ToString());
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriterAsync(w)))
            .Concat(Enumerable.Range(0, Readers).Select(r => Task.Run(() => ReaderAsync(r)))));
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {creates.Values.Sum(b => b.Count)} creates of {creates.Count} ids, " +
                         $"{memberships.Values.Sum(b => b.Count)} membership adds, {updates.Values.Sum(b => b.Count)} updates, {readCount} reads");

        // No write failed except as designed (a SQLITE_BUSY would show here as STORE_UNAVAILABLE), no read failed, no update was torn.
        Assert.True(unexpected.IsEmpty, $"{unexpected.Count} writes failed unexpectedly, e.g.:\n{string.Join("\n", unexpected.Take(5))}");
        Assert.True(reads.IsEmpty, $"{reads.Count} of {readCount} reads failed, e.g.:\n{string.Join("\n", reads.Take(5))}");
        Assert.True(torn.IsEmpty, $"Torn updates read: {string.Join("; ", torn.Take(5))}");
        Assert.True(readCount > 50, $"Only {readCount} reads in {Duration}.");

        // Each raced id was created exactly once, and holds what the winning writer sent.
        foreach (var (id, outcomes) in creates)
        {
            var winners = outcomes.Where(o => o.Succeeded).ToList();
            Assert.True(winners.Count == 1, $"{id}: {winners.Count} creates succeeded ({string.Join(", ", outcomes.Select(o => o.Code ?? "ok"))}).");
            Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(ErrorCodes.DuplicateId, o.Code));
        }
        var raced = creates.Keys.ToList();
        var stored = await NodesAsync(raced);
        foreach (var id in raced)
        {
            var winner = creates[id].Single(o => o.Succeeded).Writer;
            var kind = id.StartsWith("race-actor-", StringComparison.Ordinal) ? "actor" : "alliance";
            Assert.Equal($"Race {kind} {id.Split('-')[^1]} by writer {winner}", stored[id].Str("name"));
        }
        // And nothing else was created under those names: one actor per raced actor id.
        var racedActors = (await api.QueryAsync("{ actors(search: \"Race actor\", first: 0) { totalCount } }")).GetProperty("actors").GetProperty("totalCount").GetInt32();
        Assert.Equal(raced.Count(id => id.StartsWith("race-actor-", StringComparison.Ordinal)), racedActors);

        // Updates: an actor only one writer updates holds exactly that writer's last acknowledged update. An actor
        // every writer updates holds the last acknowledged update of one of them (which one won the last commit is
        // not visible to clients), never an older one, never a refused one.
        var updated = await NodesAsync(updates.Keys.ToList());
        foreach (var (id, writes) in updates)
        {
            var final = ActorState.Read(updated[id]);
            var lastByWriter = writes.Where(u => u.Outcome.Succeeded).GroupBy(u => u.Outcome.Writer)
                .Select(g => g.MaxBy(u => u.Outcome.Step).Sent).ToList();
            if (id.StartsWith("owned-", StringComparison.Ordinal))
                Assert.True(lastByWriter.Single().SameAs(final), $"{id}: last acknowledged {lastByWriter.Single()}, stored {final}");
            else
                Assert.True(lastByWriter.Any(s => s.SameAs(final)), $"{id}: stored {final}, not the last acknowledged update of any writer: {string.Join("; ", lastByWriter)}");
        }

        // Memberships: every acknowledged one is there, once; a shared id was added by exactly one writer.
        foreach (var (id, adds) in memberships.Where(m => m.Key.EndsWith("-shared", StringComparison.Ordinal)))
            Assert.True(adds.Count(a => a.Outcome.Succeeded) == 1, $"{id}: {adds.Count(a => a.Outcome.Succeeded)} adds succeeded.");
        var expected = memberships.SelectMany(m => m.Value.Where(a => a.Outcome.Succeeded).Select(a => (Id: m.Key, a.AllianceId)))
            .GroupBy(m => m.AllianceId).ToDictionary(g => g.Key, g => g.Select(m => m.Id).Order(StringComparer.Ordinal).ToList());
        var members = await NodesAsync(expected.Keys.ToList(), "... on Alliance { members { id } }");
        foreach (var (alliance, ids) in expected)
            Assert.Equal(ids, members[alliance].GetProperty("members").Items().Select(m => m.Str("id")).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A connection's totalCount and its nodes come from one state of the graph while others write. (They used to be read
    /// by two statements outside a transaction, each from its own WAL snapshot: about one read in 150 disagreed.)
    /// </summary>
    [Fact]
    public async Task A_page_and_its_total_count_agree_while_writers_write()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        var mismatches = new ConcurrentQueue<string>();
        var reads = 0;
        async Task WriterAsync(int w)
        {
            for (var n = 0; n < 45 && !stop.IsCancellationRequested; n++)
                await api.QueryAsync("mutation($id: ID!, $name: String!) { createActor(input: { id: $id, kind: STATE, name: $name }) { id } }",
                    new { id = $"snapshot-{w}-{n}", name = $"Snapshot {w} {n}" });
        }
        async Task ReaderAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                var page = (await api.QueryAsync("{ actors(search: \"Snapshot\", first: 100) { totalCount nodes { id } } }")).GetProperty("actors");
                Interlocked.Increment(ref reads);
                var (total, nodes) = (page.GetProperty("totalCount").GetInt32(), page.GetProperty("nodes").GetArrayLength());
                if (nodes != Math.Min(100, total)) mismatches.Enqueue($"totalCount {total} with {nodes} nodes");
            }
        }
        await Task.WhenAll(Task.Run(() => WriterAsync(0)), Task.Run(() => WriterAsync(1)), Task.Run(ReaderAsync), Task.Run(ReaderAsync), Task.Run(ReaderAsync));
        output.WriteLine($"{reads} reads, {mismatches.Count} disagreed");
        Assert.True(mismatches.IsEmpty, $"{mismatches.Count} of {reads} pages disagreed with their totalCount, e.g. {string.Join("; ", mismatches.Take(5))}");
    }

    /// <summary>Reads nodes by id in a few requests (aliased node lookups), keyed by id.</summary>
    private async Task<Dictionary<string, JsonElement>> NodesAsync(IReadOnlyList<string> ids,
        string selection = "id ... on Actor { name aliases description } ... on Alliance { name }")
    {
        var result = new Dictionary<string, JsonElement>();
        foreach (var chunk in ids.Chunk(50))
        {
            var fields = string.Join(" ", chunk.Select((id, i) => $"n{i}: node(id: \"{id}\") {{ id {selection} }}"));
            var data = await api.QueryAsync($"{{ {fields} }}");
            for (var i = 0; i < chunk.Length; i++)
            {
                var node = data.GetProperty($"n{i}");
                Assert.True(node.ValueKind == JsonValueKind.Object, $"{chunk[i]} is missing.");
                result[chunk[i]] = node;
            }
        }
        return result;
    }
}
