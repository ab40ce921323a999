using Graph.Core;
using Xunit;

namespace Graph.Store.Tests;

/// <summary>
/// Draft filters, orders and position counts as a store answers them must be what <see cref="DraftScan"/> (the definition,
/// over the same store's plain reads) answers: random filter trees over the generated world, same drafts in the same order.
/// </summary>
public abstract partial class StoreContract
{
    private static readonly string[] FilterDraftIds = ["draft-a", "draft-b", "draft-c", "draft-d", "draft-e"];
    private static readonly DateOnly?[] FilterDays = [Day(2019, 1, 1), Day(2020, 1, 1), Day(2020, 3, 1), Day(2020, 6, 1), Day(2021, 1, 1)];

    /// <summary>The world, plus drafts with a subject, titles that tie, and status histories dated, undated and absent.</summary>
    private async Task SeedDraftWorldAsync(int seed)
    {
        await SeedWorldAsync(seed);
        var random = new Random(seed);
        var writes = new List<GraphWrite>
        {
            new CreateDraft(new Draft("draft-d", DraftKind.PresidentialStatement, "Alpha resolution", "council", null) { SubjectId = "japan" }),
            new CreateDraft(new Draft("draft-e", DraftKind.Proposal, "Épsilon proposal", null, null) { SubjectId = "france" }),
        };
        var statuses = Enum.GetValues<DraftStatus>();
        for (var i = 0; i < 8; i++)
            writes.Add(new AddDraftStatus(new DraftStatusChange(FilterDraftIds[random.Next(4)], statuses[random.Next(statuses.Length)],
                random.Next(4) == 0 ? null : FilterDays[random.Next(FilterDays.Length)], Cite("report-1"))));
        // Alternatives both ways round, a draft its own now and then, and revisions that are no alternatives.
        var relations = new HashSet<(string, DraftRelationKind, string)>();
        for (var i = 0; i < 5; i++)
            relations.Add((FilterDraftIds[random.Next(5)], random.Next(4) == 0 ? DraftRelationKind.Revises : DraftRelationKind.AlternativeTo, FilterDraftIds[random.Next(5)]));
        writes.AddRange(relations.Select(r => new AddDraftRelation(new DraftRelation(r.Item1, r.Item2, r.Item3, Cite("report-1")))));
        await Store.ApplyAsync(writes);
    }

    [SkippableTheory]
    [InlineData(5)]
    [InlineData(23)]
    [InlineData(41)]
    public async Task Draft_filters_orders_and_counts_are_those_of_the_scan_definition(int seed)
    {
        await SeedDraftWorldAsync(seed);
        var definition = new DraftScan(Store, Store);
        var random = new Random(seed * 7919);
        var matchedSome = 0;
        for (var i = 0; i < 120; i++)
        {
            var query = new DraftQuery(RandomDraftWhere(random, 3), RandomOrder(random));
            var expected = await definition.QueryDraftsAsync(query, new PageRequest(100, null));
            var actual = await Store.QueryDraftsAsync(query, new PageRequest(100, null));
            Assert.True(expected.Items.Select(d => d.Id).SequenceEqual(actual.Items.Select(d => d.Id)),
                $"query {i}: expected [{string.Join(", ", expected.Items.Select(d => d.Id))}], got [{string.Join(", ", actual.Items.Select(d => d.Id))}] for {query}");
            Assert.Equal(expected.TotalCount, actual.TotalCount);
            var second = new PageRequest(2, Cursors.Encode(0));
            Assert.Equal((await definition.QueryDraftsAsync(query, second)).Items, (await Store.QueryDraftsAsync(query, second)).Items);
            if (expected.TotalCount is > 0 and < 5) matchedSome++;

            var where = random.Next(4) == 0 ? null : RandomPositionWhere(random);
            Assert.Equal((await definition.CountPositionsAsync(FilterDraftIds, where)).OrderBy(c => c.Key, StringComparer.Ordinal),
                (await Store.CountPositionsAsync(FilterDraftIds, where)).OrderBy(c => c.Key, StringComparer.Ordinal));
        }
        // The trees must tell drafts apart, not only keep all or none.
        Assert.True(matchedSome > 10, $"only {matchedSome} of the random filters kept some drafts but not all");

        // Every comparison of a count, of no actors, one, some, with and without a stance (a store may count differently
        // when the filter names its actors, or when a draft with none meets the comparison).
        foreach (var actors in new[] { null, ["japan"], WorldActors[..2] })
            foreach (var stance in new Stance?[] { null, Stance.Backs })
                for (var value = 0; value <= 3; value++)
                    foreach (var count in new[]
                    {
                        new PositionCountWhere { Count = value }, new PositionCountWhere { CountGt = value }, new PositionCountWhere { CountGte = value },
                        new PositionCountWhere { CountLt = value }, new PositionCountWhere { CountLte = value },
                    })
                    {
                        var query = new DraftQuery(new DraftWhere { PositionsAggregate = count with { Where = new PositionWhere { ActorIdIn = actors, Stance = stance } } }, []);
                        Assert.True((await definition.QueryDraftsAsync(query, new PageRequest(100, null))).Items.Select(d => d.Id)
                            .SequenceEqual((await Store.QueryDraftsAsync(query, new PageRequest(100, null))).Items.Select(d => d.Id)), $"for {query}");
                    }
    }

    private static IReadOnlyList<DraftOrder> RandomOrder(Random random) =>
        Enumerable.Range(0, random.Next(3)).Select(_ => new DraftOrder(Enum.GetValues<DraftOrderField>()[random.Next(3)], random.Next(2) == 0)).ToList();

    private static DraftWhere RandomDraftWhere(Random random, int depth)
    {
        T Any<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        List<T> Some<T>(IReadOnlyList<T> items) => items.Where(_ => random.Next(2) == 0).ToList();
        var where = new DraftWhere();
        for (var n = random.Next(1, 3); n > 0; n--)
            where = random.Next(depth > 0 ? 20 : 12) switch
            {
                0 => where with { Id = Any(FilterDraftIds) },
                1 => where with { IdIn = Some(FilterDraftIds) },
                2 => where with { Kind = Any(Enum.GetValues<DraftKind>()) },
                3 => where with { KindIn = Some(Enum.GetValues<DraftKind>()) },
                4 => where with { ForumId = "council" },
                5 => where with { ForumIdIn = Some(["council", "japan"]) },
                6 => where with { SubjectId = Any(["japan", "france"]) },
                7 => where with { SubjectIdIn = Some(["japan", "france", "council"]) },
                8 => where with { Title = Any(["Alpha resolution", "Beta proposal", "alpha resolution"]) },
                9 => where with { TitleContains = Any(["pha", "Alpha", "alpha", "", "É", "proposal"]) },
                10 => where with { TabledGte = Any(FilterDays) },
                11 => where with { TabledLte = Any(FilterDays) },
                12 => where with { And = Enumerable.Range(0, random.Next(3)).Select(_ => RandomDraftWhere(random, depth - 1)).ToList() },
                13 => where with { Or = Enumerable.Range(0, random.Next(3)).Select(_ => RandomDraftWhere(random, depth - 1)).ToList() },
                14 => where with { Not = RandomDraftWhere(random, depth - 1) },
                15 => where with { PositionsSome = RandomPositionWhere(random) },
                16 => where with { PositionsAll = RandomPositionWhere(random) },
                17 => where with { PositionsNone = RandomPositionWhere(random) },
                18 => where with { AlternativesSome = RandomDraftWhere(random, depth - 1) },
                _ => random.Next(4) switch
                {
                    < 2 => where with { PositionsAggregate = RandomCountWhere(random) },
                    2 => where with { HistorySome = RandomStatusWhere(random) },
                    _ => where with { HistoryNone = RandomStatusWhere(random) },
                },
            };
        return where;
    }

    /// <summary>Counts compared every way, against small numbers (0 among them: a draft with no such position counts 0).</summary>
    private static PositionCountWhere RandomCountWhere(Random random)
    {
        int? Maybe() => random.Next(3) == 0 ? random.Next(4) : null;
        return new PositionCountWhere
        {
            Where = RandomPositionWhere(random), Count = Maybe(), CountGt = Maybe(), CountGte = Maybe(), CountLt = Maybe(), CountLte = Maybe(),
        };
    }

    private static PositionWhere RandomPositionWhere(Random random)
    {
        T Any<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var where = new PositionWhere();
        for (var n = random.Next(3); n > 0; n--)
            where = random.Next(10) switch
            {
                0 => where with { ActorId = Any(WorldActors) },
                1 => where with { ActorIdIn = WorldActors.Where(_ => random.Next(2) == 0).ToList() },
                2 => where with { Stance = Any(Enum.GetValues<Stance>()) },
                3 => where with { StanceIn = Enum.GetValues<Stance>().Where(_ => random.Next(2) == 0).ToList() },
                4 => where with { SinceGte = Any(FilterDays) },
                5 => where with { SinceLte = Any(FilterDays) },
                6 => where with { UntilGte = Any(FilterDays) },
                7 => where with { UntilLte = Day(2021, 6, 1) },
                8 => where with { ActorMemberOf = Any(["p5", "g4"]) },
                _ => where with { AsOf = Any(FilterDays) },
            };
        return where;
    }

    private static StatusWhere RandomStatusWhere(Random random) => new()
    {
        Status = random.Next(2) == 0 ? Enum.GetValues<DraftStatus>()[random.Next(9)] : null,
        StatusIn = random.Next(2) == 0 ? Enum.GetValues<DraftStatus>().Where(_ => random.Next(2) == 0).ToList() : null,
        AsOf = random.Next(2) == 0 ? FilterDays[random.Next(FilterDays.Length)] : null,
    };
}
