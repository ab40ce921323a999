using System.Text.Json;
using Graph.Core;
using Xunit;

namespace Graph.Store.Tests;

/// <summary>
/// Actor filters, orders, an actor's matching positions and their counts as a store answers them must be what
/// <see cref="ActorScan"/> (the definition, over the same store's plain reads) answers: random trees over the drafts'
/// generated world, same actors in the same order, same positions, same counts. The position filter's reach beyond the
/// position (its draft, the same actor's earlier and later positions) is held to <see cref="DraftScan"/> on the draft side too.
/// </summary>
public abstract partial class StoreContract
{
    private static readonly string[] FilterActorIds = ["japan", "france", "taro-aso", "council"];

    [SkippableTheory]
    [InlineData(5)]
    [InlineData(23)]
    [InlineData(41)]
    public async Task Actor_filters_orders_positions_and_counts_are_those_of_the_scan_definition(int seed)
    {
        await SeedDraftWorldAsync(seed);
        var definition = new ActorScan(Store, Store);
        var drafts = new DraftScan(Store, Store);
        var random = new Random(seed * 104729);
        var matchedSome = 0;
        for (var i = 0; i < 80; i++)
        {
            var query = new ActorQuery(RandomActorWhere(random, 3), RandomActorOrder(random));
            var expected = await definition.QueryActorsAsync(query, new PageRequest(100, null));
            var actual = await Store.QueryActorsAsync(query, new PageRequest(100, null));
            Assert.True(expected.Items.Select(a => a.Id).SequenceEqual(actual.Items.Select(a => a.Id)),
                $"query {i}: expected [{string.Join(", ", expected.Items.Select(a => a.Id))}], got [{string.Join(", ", actual.Items.Select(a => a.Id))}] for {Show(query.Where)}");
            Assert.Equal(expected.TotalCount, actual.TotalCount);
            // A page with no rows still has the total: none asked for, or past the last.
            Assert.Equal(expected.TotalCount, (await Store.QueryActorsAsync(query, new PageRequest(0, null))).TotalCount);
            Assert.Equal(expected.TotalCount, (await Store.QueryActorsAsync(query, new PageRequest(5, Cursors.Encode(9)))).TotalCount);
            var second = new PageRequest(1, Cursors.Encode(0));
            Assert.Equal((await definition.QueryActorsAsync(query, second)).Items.Select(a => a.Id), (await Store.QueryActorsAsync(query, second)).Items.Select(a => a.Id));
            if (expected.TotalCount is > 0 and < 4) matchedSome++;

            var where = random.Next(5) == 0 ? null : RandomReachingPositionWhere(random, 2);
            string[] asked = [.. FilterActorIds, "nobody"];
            Assert.Equal(Show(await definition.FindPositionsAsync(asked, where)), Show(await Store.FindPositionsAsync(asked, where)));
            Assert.Equal(Show(await definition.AggregatePositionsAsync(asked, where)), Show(await Store.AggregatePositionsAsync(asked, where)));

            var draftQuery = new DraftQuery(new DraftWhere { PositionsSome = RandomReachingPositionWhere(random, 2) }, []);
            Assert.Equal((await drafts.QueryDraftsAsync(draftQuery, new PageRequest(100, null))).Items,
                (await Store.QueryDraftsAsync(draftQuery, new PageRequest(100, null))).Items);
            Assert.Equal(Show(await drafts.CountPositionsAsync(FilterDraftIds, where)), Show(await Store.CountPositionsAsync(FilterDraftIds, where)));
        }
        // The trees must tell actors apart, not only keep all or none.
        Assert.True(matchedSome > 10, $"only {matchedSome} of the random filters kept some actors but not all");
    }

    private static string Show<T>(T value) => JsonSerializer.Serialize(value);

    private static string Show<T>(IReadOnlyDictionary<string, T> values) =>
        JsonSerializer.Serialize(values.OrderBy(v => v.Key, StringComparer.Ordinal).ToList());

    private static IReadOnlyList<ActorOrder> RandomActorOrder(Random random) =>
        Enumerable.Range(0, random.Next(3)).Select(_ => new ActorOrder(Enum.GetValues<ActorOrderField>()[random.Next(3)], random.Next(2) == 0)).ToList();

    private static ActorWhere RandomActorWhere(Random random, int depth)
    {
        T Any<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        List<T> Some<T>(IReadOnlyList<T> items) => items.Where(_ => random.Next(2) == 0).ToList();
        var where = new ActorWhere();
        for (var n = random.Next(1, 3); n > 0; n--)
            where = random.Next(depth > 0 ? 14 : 10) switch
            {
                0 => where with { Id = Any(FilterActorIds) },
                1 => where with { IdIn = Some(FilterActorIds) },
                2 => where with { Kind = Any(Enum.GetValues<ActorKind>()) },
                3 => where with { KindIn = Some(Enum.GetValues<ActorKind>()) },
                4 => where with { Name = Any(["Japan", "France", "japan"]) },
                5 => where with { NameContains = Any(["a", "Fr", "fr", "", "Council"]) },
                6 => where with { MemberOf = Any(["p5", "g4", "nothing"]) },
                7 => where with { PositionsSome = RandomReachingPositionWhere(random, 2) },
                8 => where with { PositionsAll = RandomReachingPositionWhere(random, 1) },
                9 => where with { PositionsNone = RandomReachingPositionWhere(random, 1) },
                10 => where with { And = Enumerable.Range(0, random.Next(3)).Select(_ => RandomActorWhere(random, depth - 1)).ToList() },
                11 => where with { Or = Enumerable.Range(0, random.Next(3)).Select(_ => RandomActorWhere(random, depth - 1)).ToList() },
                12 => where with { Not = RandomActorWhere(random, depth - 1) },
                _ => where with { PositionsAggregate = RandomCountWhere(random) with { Where = RandomReachingPositionWhere(random, 1) } },
            };
        return where;
    }

    /// <summary>A position filter that may also reach its draft and the same actor's positions before and after it on that draft.</summary>
    private static PositionWhere RandomReachingPositionWhere(Random random, int depth)
    {
        var where = RandomPositionWhere(random);
        for (var n = random.Next(3); n > 0; n--)
            where = random.Next(depth > 0 ? 5 : 2) switch
            {
                0 => where with { DraftId = FilterDraftIds[random.Next(FilterDraftIds.Length)] },
                1 => where with { DraftIdIn = FilterDraftIds.Where(_ => random.Next(2) == 0).ToList() },
                2 => where with { OnDraft = RandomDraftWhere(random, 1) },
                3 => where with { PrecededBy = RandomReachingPositionWhere(random, depth - 1) },
                _ => where with { FollowedBy = RandomReachingPositionWhere(random, depth - 1) },
            };
        return where;
    }
}
