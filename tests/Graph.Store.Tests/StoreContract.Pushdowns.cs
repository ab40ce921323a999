using Graph.Core;
using Xunit;

namespace Graph.Store.Tests;

/// <summary>
/// A store that pushes a Core rule into its queries must answer as the rule's Core definition does: on a generated graph
/// (ties on a day, undated and ended positions, ballots with and without a side, retractions, repeated edges), each
/// pushdown is compared with the definition run over the same store's plain reads.
/// </summary>
public abstract partial class StoreContract
{
    private static readonly string[] WorldActors = ["japan", "france", "taro-aso", "council"];
    private static readonly string[] WorldDrafts = ["draft-a", "draft-b", "draft-c"];

    /// <summary>The basics and a random, seeded mix of every fact an alignment or an edge is made from.</summary>
    private async Task SeedWorldAsync(int seed)
    {
        await SeedBasicsAsync();
        var random = new Random(seed);
        var days = new DateOnly?[] { null, Day(2019, 1, 1), Day(2020, 1, 1), Day(2020, 6, 1), Day(2021, 1, 1) };
        T Any<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var writes = new List<GraphWrite>
        {
            new CreateDraft(new Draft("draft-c", DraftKind.Resolution, "Gamma resolution", "council", null)),
            new CreateAlliance(new Alliance("p5", AllianceKind.StandingGroup, "Permanent Five", null)),
        };
        for (var i = 0; i < 60; i++)
        {
            var since = Any(days);
            var until = random.Next(3) == 0 && since is { } s ? s.AddDays(100 + random.Next(500)) : (DateOnly?)null;
            // Random ids, so that on a tied day the latest is told by id alone.
            writes.Add(new CreatePosition(new Position($"pos-{random.Next(1000):000}-{i}", Any(WorldActors), Any(WorldDrafts),
                Any(Enum.GetValues<Stance>()), since, until, [Cite("report-1")])));
        }
        for (var v = 0; v < 4; v++)
        {
            writes.Add(new CreateVote(VoteOn($"vote-{v}", Any(WorldDrafts), Any(days))));
            foreach (var actor in WorldActors.Where(_ => random.Next(4) > 0))
            {
                var choice = Any(Enum.GetValues<BallotChoice>());
                writes.Add(new CreateBallot(Cast($"ballot-{random.Next(1000):000}-{v}-{actor}", $"vote-{v}", actor, choice,
                    veto: choice == BallotChoice.No && random.Next(2) == 0)));
            }
        }
        for (var i = 0; i < 8; i++)
        {
            // The same edge twice now and then: two memberships or roles alike.
            var since = Any(days);
            DateOnly? Until() => random.Next(2) == 0 && since is { } s ? s.AddDays(random.Next(2) == 0 ? 0 : 200) : null;
            writes.Add(new CreateMembership(new Membership($"mem-{i}", Any(WorldActors), Any(new[] { "g4", "p5" }), since, Until(), [Cite("report-1")])));
            writes.Add(new CreateRole(new Role($"role-{i}", "taro-aso", Any(new[] { "japan", "france", "council" }), "Envoy", since, Until(), [Cite("report-1")])));
        }
        for (var i = 0; i < 6; i++)
            writes.Add(new CreateStatement(Said($"st-{i}", Any(WorldActors), $"Words {i}", "report-1", Day(2020, 1, 1 + i),
                WorldDrafts.Concat(WorldActors).Where(_ => random.Next(3) == 0).Distinct().ToArray())));
        await Store.ApplyAsync(writes);
        var positions = await Store.GetPositionsAsync(new FactFilter());
        await Store.ApplyAsync(positions.Where(_ => random.Next(6) == 0)
            .Select(p => (GraphWrite)new Retract(new Retraction(p.Id, "Misread", "Tests", Noon))).ToList());
    }

    private static void AssertSameCounts(AgreementCounts expected, AgreementCounts actual, string because)
    {
        Assert.True(expected.ActorIds.SequenceEqual(actual.ActorIds), $"actors, {because}");
        Assert.True(expected.DraftIds.SequenceEqual(actual.DraftIds), $"drafts, {because}");
        Assert.Equal(expected.Pairs.OrderBy(p => p.Key.A, StringComparer.Ordinal).ThenBy(p => p.Key.B, StringComparer.Ordinal),
            actual.Pairs.OrderBy(p => p.Key.A, StringComparer.Ordinal).ThenBy(p => p.Key.B, StringComparer.Ordinal));
    }

    private async Task AssertAgreementsAsDefinedAsync(string when)
    {
        var definition = new FactScanAlignment(Store);
        var windows = new (DateOnly? From, DateOnly? To)[]
        {
            (null, null), (Day(2019, 6, 1), Day(2019, 6, 1)), (Day(2020, 1, 1), Day(2021, 12, 31)), (null, Day(2019, 1, 1)),
            (Day(2020, 1, 1), null), (Day(2020, 6, 1), Day(2020, 6, 1)),
        };
        // A store may answer from what it keeps: some actors are asked for before every actor is (nothing kept yet, or
        // kept before the last write), then again after.
        string[][] some = [WorldActors, WorldActors[..2], ["france"], ["japan", "nobody", "council"]];
        var actorSets = some.Append(null).Concat(some);
        foreach (var actors in actorSets)
            foreach (var (from, to) in windows)
                AssertSameCounts(await definition.GetAgreementsAsync(actors, from, to), await Store.GetAgreementsAsync(actors, from, to),
                    $"{when}, actors {(actors is null ? "all" : string.Join(",", actors))}, {from}..{to}");

        // A timeline's input: within its window, every day counts and changes as the definition's history does.
        foreach (var (from, to) in new[] { (Day(2019, 1, 1), Day(2021, 6, 1)), (Day(2020, 1, 1), Day(2020, 1, 1)), (Day(2018, 1, 1), Day(2024, 1, 1)) })
        {
            var expected = await definition.GetSideHistoryAsync(from, to);
            var actual = await Store.GetSideHistoryAsync(from, to);
            Assert.Equal(expected.ChangesWithin(from, to), actual.ChangesWithin(from, to));
            foreach (var day in expected.ChangesWithin(from, to).Prepend(from).Append(to))
                AssertSameCounts(expected.Counts(day, day), actual.Counts(day, day), $"{when}, the history of {from}..{to} on {day}");
            AssertSameCounts(expected.Counts(from, to), actual.Counts(from, to), $"{when}, the history of {from}..{to} over it");
        }
    }

    [SkippableTheory]
    [InlineData(3)]
    [InlineData(11)]
    public async Task Agreement_counts_are_those_of_the_fact_scan_definition_before_and_after_writes(int seed)
    {
        await SeedWorldAsync(seed);
        await AssertAgreementsAsDefinedAsync("as seeded");

        // Each write below moves the sides an all-time read may have kept.
        await Store.ApplyAsync([new CreatePosition(new Position("pos-late", "france", "draft-a", Stance.Opposes, Day(2022, 1, 1), null, [Cite("report-1")]))]);
        await AssertAgreementsAsDefinedAsync("after a position");
        await Store.ApplyAsync([
            new CreateVote(VoteOn("vote-late", "draft-b", Day(2023, 1, 1))),
            new CreateBallot(Cast("ballot-late", "vote-late", "japan", BallotChoice.No, veto: true)),
        ]);
        await AssertAgreementsAsDefinedAsync("after a ballot");
        await Store.ApplyAsync([new Retract(new Retraction("pos-late", "Misread", "Tests", Noon))]);
        await AssertAgreementsAsDefinedAsync("after a retraction");
        await Store.ApplyAsync([new EndFact((await Store.GetPositionsAsync(new FactFilter()))[0].Id, Day(2020, 3, 1))]);
        await AssertAgreementsAsDefinedAsync("after an end");
    }

    [SkippableTheory]
    [InlineData(3)]
    [InlineData(11)]
    public async Task Positions_as_of_a_day_are_those_that_hold_on_it(int seed)
    {
        await SeedWorldAsync(seed);
        var all = await Store.GetPositionsAsync(new FactFilter());
        var retracted = await Store.GetPositionsAsync(new FactFilter(IncludeRetracted: true));
        foreach (var day in new DateOnly?[] { Day(2018, 1, 1), Day(2019, 1, 1), Day(2019, 12, 31), Day(2020, 1, 1), Day(2020, 6, 1), Day(2022, 1, 1) })
        {
            Assert.Equal(all.Where(p => Dates.Holds(p.Since, p.Until, day)).Select(p => p.Id).Order(StringComparer.Ordinal),
                (await Store.GetPositionsAsync(new FactFilter(AsOf: day))).Select(p => p.Id).Order(StringComparer.Ordinal));
            Assert.Equal(retracted.Where(p => Dates.Holds(p.Since, p.Until, day)).Select(p => p.Id).Order(StringComparer.Ordinal),
                (await Store.GetPositionsAsync(new FactFilter(AsOf: day, IncludeRetracted: true))).Select(p => p.Id).Order(StringComparer.Ordinal));
            var ballots = await Store.GetBallotsAsync(new FactFilter());
            var votes = (await Store.GetVotesByIdAsync(ballots.Select(b => b.VoteId).Distinct().ToList())).ToDictionary(v => v.Id);
            Assert.Equal(ballots.Where(b => Dates.Holds(votes[b.VoteId].Date, null, day)).Select(b => b.Id).Order(StringComparer.Ordinal),
                (await Store.GetBallotsAsync(new FactFilter(AsOf: day))).Select(b => b.Id).Order(StringComparer.Ordinal));
        }
    }

    [SkippableTheory]
    [InlineData(3)]
    [InlineData(11)]
    public async Task Memberships_and_roles_as_of_a_day_are_those_that_hold_on_it(int seed)
    {
        await SeedWorldAsync(seed);
        var memberships = await Store.GetMembershipsAsync(new FactFilter());
        var roles = await Store.GetRolesAsync(new FactFilter());
        foreach (var day in new DateOnly?[] { Day(2018, 1, 1), Day(2019, 1, 1), Day(2019, 7, 20), Day(2020, 1, 1), Day(2020, 6, 1), Day(2022, 1, 1) })
        {
            Assert.Equal(memberships.Where(m => Dates.Holds(m.Since, m.Until, day)).Select(m => m.Id).Order(StringComparer.Ordinal),
                (await Store.GetMembershipsAsync(new FactFilter(AsOf: day))).Select(m => m.Id).Order(StringComparer.Ordinal));
            Assert.Equal(roles.Where(r => Dates.Holds(r.Since, r.Until, day)).Select(r => r.Id).Order(StringComparer.Ordinal),
                (await Store.GetRolesAsync(new FactFilter(AsOf: day))).Select(r => r.Id).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// The port lets a store limit in its query which of a node's many edges it reads (a speaker's newest statements), so
    /// which edges a cut node keeps is pinned only in number; which nodes are cut, that every kept edge is an edge, and the
    /// whole sample of nodes that are not cut are the definition's.
    /// </summary>
    [SkippableTheory]
    [InlineData(3)]
    [InlineData(11)]
    public async Task Sampled_edges_are_those_of_the_edge_scan_definition(int seed)
    {
        await SeedWorldAsync(seed);
        var definition = new EdgeScanTraversal(Store);
        string[] nodes = [.. WorldActors, .. WorldDrafts, "g4", "p5", "st-0", "st-3", "nothing"];
        foreach (var maxPerNode in new[] { 1, 2, 3, 5, 100 })
            foreach (var ids in new[] { nodes, WorldActors, ["draft-a", "st-0"], ["g4"], ["p5", "st-3"] })
            {
                var expected = await definition.SampleEdgesAsync(ids, maxPerNode);
                var actual = await Store.SampleEdgesAsync(ids, maxPerNode);
                var because = $"max {maxPerNode} of {string.Join(",", ids)}";
                Assert.True(expected.CutNodeIds.Order(StringComparer.Ordinal).SequenceEqual(actual.CutNodeIds.Order(StringComparer.Ordinal)),
                    $"cut: {string.Join(",", expected.CutNodeIds)} but {string.Join(",", actual.CutNodeIds)}, {because}");
                var edges = (await Store.GetEdgesAsync(ids)).ToHashSet();
                Assert.Subset(edges, actual.Edges.ToHashSet());
                Assert.Equal(actual.Edges.Count, actual.Edges.Distinct().Count());
                foreach (var id in ids.Distinct())
                {
                    bool Touches(GraphEdge e) => e.FromId == id || e.ToId == id;
                    // Another node may keep an edge of this one too, so at least its share is kept.
                    Assert.InRange(actual.Edges.Count(Touches), Math.Min(maxPerNode, edges.Count(Touches)), edges.Count(Touches));
                }
                if (expected.CutNodeIds.Count == 0) Assert.True(expected.Edges.ToHashSet().SetEquals(actual.Edges), because);
            }
    }
}
