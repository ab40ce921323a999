using Graph.Core;
using Xunit;

namespace Graph.Store.Tests;

/// <summary>
/// Statement filters, searches and orders as a store answers them must be what <see cref="StatementScan"/> (the definition,
/// over the same store's plain reads) answers: random filter trees over the generated world (its roles and memberships
/// dated, undated and ended), same statements in the same order, the same counts.
/// </summary>
public abstract partial class StoreContract
{
    private static readonly string[] StatementTexts = ["Reform now.", "reform and peace", "Peace talks", "Sanctions Reform", "sanctions, not talks"];
    private static readonly string[] StatementSearches = ["reform", "peace", "sanct*", "talks reform"];
    private static readonly string[] StatementSources = ["report-1", "report-2", "report-undated"];

    /// <summary>The world's statements, and more: quotes and paraphrases, dated and undated (one source undated too), some retracted, with a role and a membership.</summary>
    protected async Task SeedStatementWorldAsync(int seed)
    {
        await SeedWorldAsync(seed);
        var random = new Random(seed);
        T Any<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var writes = new List<GraphWrite> { new CreateSource(new Source("report-undated", SourceKind.Report, "Undated report", null, null, null, null)) };
        for (var i = 0; i < 16; i++)
            writes.Add(new CreateStatement(new Statement($"sw-{random.Next(100):00}-{i}", Any(WorldActors), random.Next(3) == 0 ? null : Any(FilterDays),
                null, Any(Enum.GetValues<StatementKind>()), Any(StatementTexts), Any(StatementSources), null, null,
                WorldDrafts.Concat(WorldActors).Where(_ => random.Next(3) == 0).Distinct().ToArray())));
        await Store.ApplyAsync(writes);
        // A retracted role or membership no longer speaks for anyone.
        var retracted = writes.OfType<CreateStatement>().Where(_ => random.Next(6) == 0).Select(w => w.Statement.Id)
            .Append($"role-{random.Next(8)}").Append($"mem-{random.Next(8)}");
        await Store.ApplyAsync(retracted.Select(id => (GraphWrite)new Retract(new Retraction(id, "Misread", "Tests", Noon))).ToList());
    }

    [SkippableTheory]
    [InlineData(7)]
    [InlineData(29)]
    [InlineData(53)]
    public async Task Statement_filters_searches_and_orders_are_those_of_the_scan_definition(int seed)
    {
        await SeedStatementWorldAsync(seed);
        await AssertStatementQueriesAsDefinedAsync(Store, seed);
    }

    /// <summary>Random queries over the statement world (seeded), each answered by <paramref name="finder"/> as the definition answers it.</summary>
    protected async Task AssertStatementQueriesAsDefinedAsync(IStatementFinder finder, int seed)
    {
        var definition = new StatementScan(Store, Store);
        var random = new Random(seed * 7919);
        var matchedSome = 0;
        for (var i = 0; i < 150; i++)
        {
            var query = new StatementQuery(RandomStatementWhere(random, 3), RandomStatementOrder(random),
                random.Next(3) == 0 ? StatementSearches[random.Next(StatementSearches.Length)] : null, random.Next(4) == 0,
                random.Next(4) == 0 ? random.Next(1, 4) : null);
            var expected = await definition.QueryStatementsAsync(query, new PageRequest(100, null));
            var actual = await finder.QueryStatementsAsync(query, new PageRequest(100, null));
            Assert.True(expected.Items.Select(s => s.Id).SequenceEqual(actual.Items.Select(s => s.Id)),
                $"query {i}: expected [{string.Join(", ", expected.Items.Select(s => s.Id))}], got [{string.Join(", ", actual.Items.Select(s => s.Id))}] for {query}");
            Assert.Equal(expected.TotalCount, actual.TotalCount);
            var second = new PageRequest(2, Cursors.Encode(0));
            Assert.Equal((await definition.QueryStatementsAsync(query, second)).Items.Select(s => s.Id), (await finder.QueryStatementsAsync(query, second)).Items.Select(s => s.Id));
            if (expected.TotalCount is > 0 and < 8) matchedSome++;
        }
        // The trees must tell statements apart, not only keep all or none.
        Assert.True(matchedSome > 15, $"only {matchedSome} of the random filters kept some statements but not all");
    }

    private static IReadOnlyList<StatementOrder>? RandomStatementOrder(Random random) => random.Next(4) == 0 ? null
        : Enumerable.Range(0, random.Next(3)).Select(_ => new StatementOrder(Enum.GetValues<StatementOrderField>()[random.Next(3)], random.Next(2) == 0)).ToList();

    private static StatementWhere RandomStatementWhere(Random random, int depth)
    {
        T Any<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        List<T> Some<T>(IReadOnlyList<T> items) => items.Where(_ => random.Next(2) == 0).ToList();
        string[] targets = [.. WorldDrafts, .. WorldActors];
        var where = new StatementWhere();
        for (var n = random.Next(1, 3); n > 0; n--)
            where = random.Next(depth > 0 ? 20 : 17) switch
            {
                0 => where with { Id = $"st-{random.Next(6)}" },
                1 => where with { IdIn = Enumerable.Range(0, 6).Where(_ => random.Next(2) == 0).Select(j => $"st-{j}").ToList() },
                2 => where with { Kind = Any(Enum.GetValues<StatementKind>()) },
                3 => where with { KindIn = Some(Enum.GetValues<StatementKind>()) },
                4 => where with { SpeakerId = Any(WorldActors) },
                5 => where with { SpeakerIdIn = Some(WorldActors) },
                6 => where with { SpeakerKind = Any(Enum.GetValues<ActorKind>()) },
                7 => where with { SpeakerKindIn = Some(Enum.GetValues<ActorKind>()) },
                8 or 9 => where with { SpeakerRepresents = Any(["japan", "france", "council", "taro-aso"]) },
                10 => where with { SpeakerMemberOf = Any(["p5", "g4"]) },
                11 => where with { AboutId = Any(targets) },
                12 => where with { AboutIdIn = Some(targets) },
                13 => where with { SourceId = Any(StatementSources), SourceIdIn = random.Next(2) == 0 ? Some(StatementSources) : null },
                14 => where with { DateGte = Any(FilterDays) },
                15 => where with { DateLte = Any(FilterDays) },
                16 => where with { TextContains = Any(["Reform", "reform", "", "talks", "Peace"]) },
                17 => where with { And = Enumerable.Range(0, random.Next(3)).Select(_ => RandomStatementWhere(random, depth - 1)).ToList() },
                18 => where with { Or = Enumerable.Range(0, random.Next(3)).Select(_ => RandomStatementWhere(random, depth - 1)).ToList() },
                _ => where with { Not = RandomStatementWhere(random, depth - 1) },
            };
        return where;
    }
}
