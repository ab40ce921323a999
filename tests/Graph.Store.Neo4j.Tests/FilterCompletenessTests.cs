using System.Reflection;
using Graph.Core;

namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// Every condition a draft, actor or statement filter can hold reaches the Cypher: each property of the filter records and
/// each order field, set alone by reflection, must change the statement sent. A property added to Core without its part fails here.
/// </summary>
public sealed class FilterCompletenessTests
{
    private static readonly CypherStatements Cypher = new(CypherStatements.DefaultFolder);

    /// <summary>The one statement a read sent and its parameter values.</summary>
    private static async Task<string> SentAsync(Func<Neo4jGraphStore, Task> read, CypherResult? answer = null)
    {
        var transport = new CannedTransport();
        if (answer is not null) transport.Answer = answer;
        await read(new Neo4jGraphStore(transport, Cypher));
        var sent = Assert.Single(transport.Ran);
        return sent.Statement + " | " + string.Join(", ", sent.Parameters.Select(p => $"{p.Key}={Show(p.Value)}"));
    }

    /// <summary>The statement and its parameter values, for the drafts a filter keeps.</summary>
    private static Task<string> SentAsync(DraftWhere where, IReadOnlyList<DraftOrder>? order = null) =>
        SentAsync(store => store.QueryDraftsAsync(new DraftQuery(where, order), new PageRequest(20, null)));

    private static Task<string> SentAsync(ActorWhere where, IReadOnlyList<ActorOrder>? order = null) =>
        SentAsync(store => store.QueryActorsAsync(new ActorQuery(where, order), new PageRequest(20, null)));

    private static Task<string> SentAsync(StatementWhere where, IReadOnlyList<StatementOrder>? order = null) =>
        SentAsync(store => store.QueryStatementsAsync(new StatementQuery(where, order), new PageRequest(20, null)));

    private static string Show(object? value) => value is System.Collections.IEnumerable list and not string
        ? "[" + string.Join(", ", list.Cast<object?>().Select(Show)) + "]" : $"{value}";

    /// <summary>A value for a property of a filter, one that is a condition (a nested filter that keeps something apart).</summary>
    private static object Sample(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(string)) return "sample";
        if (type == typeof(DateOnly)) return new DateOnly(2006, 7, 15);
        if (type == typeof(int)) return 2;
        if (type.IsEnum) return Enum.GetValues(type).GetValue(1)!;
        if (type == typeof(DraftWhere)) return new DraftWhere { Id = "inner" };
        if (type == typeof(ActorWhere)) return new ActorWhere { Id = "inner" };
        if (type == typeof(StatementWhere)) return new StatementWhere { Id = "inner" };
        if (type == typeof(PositionWhere)) return new PositionWhere { ActorId = "inner" };
        if (type == typeof(PositionCountWhere)) return new PositionCountWhere { CountGt = 1 };
        if (type == typeof(StatusWhere)) return new StatusWhere { AsOf = new DateOnly(2006, 7, 1) };
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            var item = Sample(typeof(Holder<>).MakeGenericType(element).GetProperty("Value")!);
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(item);
            return list;
        }
        throw new InvalidOperationException($"No sample value for {property.DeclaringType!.Name}.{property.Name} ({type.Name}): add one here.");
    }

    private sealed class Holder<T>
    {
        public T? Value { get; init; }
    }

    /// <summary>The filter with one property set to its sample (on a copy of <paramref name="baseline"/>).</summary>
    private static T With<T>(T baseline, PropertyInfo property, object? value) where T : class
    {
        var copy = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(baseline, null)!;
        property.SetValue(copy, value);
        return copy;
    }

    private static Task AssertEachPropertyChangesTheStatement<T>(T baseline, Func<T, DraftWhere> within) where T : class =>
        AssertEachPropertyChangesTheStatement(baseline, w => SentAsync(within(w)));

    private static async Task AssertEachPropertyChangesTheStatement<T>(T baseline, Func<T, Task<string>> sent) where T : class
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var without = await sent(With(baseline, property, null));
            var with = await sent(With(baseline, property, Sample(property)));
            Assert.True(without != with, $"{typeof(T).Name}.{property.Name} does not reach the Cypher: the statement is the same with it as without.");
        }
    }

    [Fact]
    public Task Every_draft_filter_property_reaches_the_statement() =>
        AssertEachPropertyChangesTheStatement(new DraftWhere(), w => w);

    [Fact]
    public async Task Every_position_filter_property_reaches_the_statement_through_each_relationship_filter_and_the_count()
    {
        await AssertEachPropertyChangesTheStatement(new PositionWhere(), w => new DraftWhere { PositionsSome = w });
        await AssertEachPropertyChangesTheStatement(new PositionWhere(), w => new DraftWhere { PositionsAll = w });
        await AssertEachPropertyChangesTheStatement(new PositionWhere(), w => new DraftWhere { PositionsNone = w });
        await AssertEachPropertyChangesTheStatement(new PositionWhere(), w => new DraftWhere { PositionsAggregate = new PositionCountWhere { Where = w, Count = 1 } });
    }

    [Fact]
    public async Task Every_count_and_status_filter_property_reaches_the_statement()
    {
        // A count's position filter matters only with a comparison to make.
        await AssertEachPropertyChangesTheStatement(new PositionCountWhere { CountLte = 9 }, w => new DraftWhere { PositionsAggregate = w });
        await AssertEachPropertyChangesTheStatement(new StatusWhere(), w => new DraftWhere { HistorySome = w });
        await AssertEachPropertyChangesTheStatement(new StatusWhere(), w => new DraftWhere { HistoryNone = w });
    }

    [Fact]
    public async Task Every_actor_filter_property_reaches_the_statement_and_each_position_filter_property_through_the_actors_positions()
    {
        await AssertEachPropertyChangesTheStatement(new ActorWhere(), w => SentAsync(w));
        await AssertEachPropertyChangesTheStatement(new PositionWhere(), w => SentAsync(new ActorWhere { PositionsSome = w }));
        await AssertEachPropertyChangesTheStatement(new PositionWhere(), w => SentAsync(new ActorWhere { PositionsAll = w }));
        await AssertEachPropertyChangesTheStatement(new PositionWhere(), w => SentAsync(new ActorWhere { PositionsNone = w }));
        await AssertEachPropertyChangesTheStatement(new PositionCountWhere { CountLte = 9 }, w => SentAsync(new ActorWhere { PositionsAggregate = w }));
        // An actor's own positions and their counts, read by the position filter alone.
        await AssertEachPropertyChangesTheStatement(new PositionWhere(), w => SentAsync(store => store.FindPositionsAsync(["france"], w), CypherResult.Empty));
        await AssertEachPropertyChangesTheStatement(new PositionWhere(), w => SentAsync(store => store.AggregatePositionsAsync(["france"], w), CypherResult.Empty));
    }

    [Fact]
    public Task Every_statement_filter_property_reaches_the_statement() =>
        AssertEachPropertyChangesTheStatement(new StatementWhere(), w => SentAsync(w));

    [Fact]
    public Task Every_draft_order_field_orders_the_statement_its_own_way_both_ways_round() =>
        AssertEachOrderDiffers<DraftOrderField>((field, descending) =>
            SentAsync(new DraftWhere(), [new DraftOrder(field, descending), new DraftOrder(DraftOrderField.Id)]));

    [Fact]
    public Task Every_actor_order_field_orders_the_statement_its_own_way_both_ways_round() =>
        AssertEachOrderDiffers<ActorOrderField>((field, descending) =>
            SentAsync(new ActorWhere(), [new ActorOrder(field, descending), new ActorOrder(ActorOrderField.Id)]));

    [Fact]
    public Task Every_statement_order_field_orders_the_statement_its_own_way_both_ways_round() =>
        AssertEachOrderDiffers<StatementOrderField>((field, descending) =>
            SentAsync(new StatementWhere(), [new StatementOrder(field, descending), new StatementOrder(StatementOrderField.Id)]));

    /// <summary>Each field of an order, each way round, followed by the id, sends a statement of its own.</summary>
    private static async Task AssertEachOrderDiffers<TField>(Func<TField, bool, Task<string>> sent) where TField : struct, Enum
    {
        var all = new List<string>();
        foreach (var field in Enum.GetValues<TField>())
            foreach (var descending in new[] { false, true })
                all.Add(await sent(field, descending));
        Assert.Equal(all.Count, all.Distinct().Count());
    }
}
