using System.Reflection;
using Graph.Core.Coalitions;

namespace Graph.Core.Tests;

/// <summary>
/// A cancelled token stops the CPU-bound work of the coalition services and path search, not only their store calls.
/// Each input is built in memory and large enough to keep a core busy for seconds; the token is cancelled once the
/// work has begun (by a hook on its input), and the fake store below never looks at tokens, so the only way to stop
/// is the services' own checks. Nothing here is timed.
/// </summary>
public sealed class CancellationTests
{
    private const int Actors = 500;

    private static readonly string[] ActorIds = Enumerable.Range(0, Actors).Select(i => $"state-{i:D4}").ToArray();

    /// <summary>Every pair of actors with a signed weight: two camps, with noise.</summary>
    private static IEnumerable<(string A, string B, double Weight)> DenseEdges()
    {
        var random = new Random(7);
        for (var i = 0; i < Actors; i++)
            for (var j = i + 1; j < Actors; j++)
                yield return (ActorIds[i], ActorIds[j], (i % 2 == j % 2 ? 1 : -1) + random.NextDouble() - 0.5);
    }

    [Fact]
    public void Signed_Louvain_stops_when_cancelled_after_reading_its_edges()
    {
        using var cancel = new CancellationTokenSource();
        // The last edge read cancels: what remains is the local moving, pass after pass.
        IEnumerable<(string, string, double)> EdgesThenCancel()
        {
            foreach (var edge in DenseEdges()) yield return edge;
            cancel.Cancel();
        }
        Assert.ThrowsAny<OperationCanceledException>(() => SignedLouvain.Detect(ActorIds, EdgesThenCancel(), cancel.Token));
    }

    [Fact]
    public void Signed_Louvain_still_finds_the_camps_with_a_token_that_is_not_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var ids = ActorIds.Take(40).ToArray();
        var result = SignedLouvain.Detect(ids, DenseEdges().Where(e => ids.Contains(e.A) && ids.Contains(e.B)), cancel.Token);
        Assert.Equal(2, result.Communities.Count);
    }

    [Theory]
    [InlineData(nameof(IGraphStore.GetAgreementsAsync))] // then the blocs are searched for (Louvain)
    [InlineData(nameof(IGraphStore.GetActorsAsync))]     // then the blocs are named, each member against every edge
    public async Task An_alignment_stops_in_its_own_work_when_cancelled_after_a_store_call(string cancelAfter)
    {
        using var cancel = new CancellationTokenSource();
        var store = FakeStore.Create(cancel, cancelAfter, new()
        {
            [nameof(IGraphStore.GetAgreementsAsync)] = _ => Task.FromResult(DenseCounts()),
            [nameof(IGraphStore.GetMembershipsAsync)] = _ => Task.FromResult<IReadOnlyList<Membership>>([]),
            [nameof(IGraphStore.GetActorsAsync)] = _ => Task.FromResult<IReadOnlyList<Actor>>(
                ActorIds.Select(id => new Actor(id, ActorKind.State, id, [], null)).ToList()),
        });
        var service = new CoalitionService(store, store, store);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.AlignmentAsync(null, null, ct: cancel.Token));
        Assert.Contains(cancelAfter, FakeStore.Calls(store)); // it was cancelled where the test meant, not before
    }

    [Fact]
    public async Task A_bloc_timeline_stops_on_the_day_it_is_cancelled()
    {
        // 200 days on which positions change; each is a whole alignment. The days' alliances and names are read once, before
        // the first day, so the token is cancelled by the last of those reads: only the days' own checks can stop it then.
        using var cancel = new CancellationTokenSource();
        var memberships = 0;
        var store = FakeStore.Create(cancel, cancelAfter: nameof(IGraphStore.GetActorsAsync), new()
        {
            [nameof(IGraphStore.GetSideHistoryAsync)] = _ => Task.FromResult(SideHistory.Of(ChangingPositions().Select(SideSpan.Of))),
            [nameof(IGraphStore.GetMembershipsAsync)] = _ =>
            {
                memberships++;
                return Task.FromResult<IReadOnlyList<Membership>>([]);
            },
            [nameof(IGraphStore.GetActorsAsync)] = args => Task.FromResult<IReadOnlyList<Actor>>(
                ((IReadOnlyCollection<string>)args[0]!).Select(id => new Actor(id, ActorKind.State, id, [], null)).ToList()),
        });
        var service = new CoalitionService(store, store, store);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.TimelineAsync(new DateOnly(2006, 1, 1), new DateOnly(2006, 12, 31), cancel.Token));
        Assert.Equal(1, memberships); // one read for every day, not one a day
        Assert.Equal(nameof(IGraphStore.GetActorsAsync), FakeStore.Calls(store).Last());
    }

    [Fact]
    public async Task A_path_search_stops_within_a_wide_frontier()
    {
        // Two trees that never meet, each node with 20 children: the seventh step reads a frontier of 8,000 nodes.
        using var cancel = new CancellationTokenSource();
        var expansions = 0;
        var store = FakeStore.Create(cancel, cancelAfter: null, new()
        {
            [nameof(IGraphStore.GetLabelsAsync)] = args => Task.FromResult<IReadOnlyDictionary<string, NodeLabel>>(
                ((IReadOnlyCollection<string>)args[0]!).ToDictionary(id => id, _ => NodeLabel.Actor)),
            [nameof(IGraphStore.ExpandForPathAsync)] = args =>
            {
                var edges = ((IReadOnlyCollection<string>)args[0]!)
                    .SelectMany(node => Enumerable.Range(0, 20).Select(k => new GraphEdge(node, "MEMBER_OF", $"{node}.{k}"))).ToList();
                if (++expansions == 7) cancel.Cancel();
                return Task.FromResult(new PathExpansion(edges, []));
            },
        });
        var finder = new PathFinder(store, store);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => finder.FindAsync("origin", "far-away", PathFinder.MaxHops, cancel.Token));
        Assert.Equal(7, expansions); // the eighth step was never asked for
    }

    private static AgreementCounts DenseCounts()
    {
        var pairs = DenseEdges().ToDictionary(e => (e.A, e.B), e => e.Weight > 0 ? (3, 1) : (1, 3));
        return new AgreementCounts(ActorIds, ["draft-1"], pairs);
    }

    /// <summary>300 actors on 20 drafts, each position beginning on one of 200 days of 2006.</summary>
    private static IReadOnlyList<Position> ChangingPositions()
    {
        var random = new Random(11);
        return (from a in Enumerable.Range(0, 300)
                from d in Enumerable.Range(0, 20)
                select new Position($"position-{a}-{d}", ActorIds[a], $"draft-{d}", random.Next(3) == 0 ? Stance.Opposes : Stance.Backs,
                    new DateOnly(2006, 1, 2).AddDays(random.Next(200)), null, [new Evidence("report-1")])).ToList();
    }
}

/// <summary>
/// An in-memory store that answers the calls given by name (their arguments in order) and no others, ignores every
/// cancellation token, and cancels the test's token once the call named <c>cancelAfter</c> has answered.
/// </summary>
public class FakeStore : DispatchProxy
{
    private Dictionary<string, Func<object?[], object>> answers = [];
    private CancellationTokenSource cancel = null!;
    private string? cancelAfter;
    private readonly List<string> calls = [];

    public static IGraphStore Create(CancellationTokenSource cancel, string? cancelAfter, Dictionary<string, Func<object?[], object>> answers)
    {
        var store = Create<IGraphStore, FakeStore>();
        var fake = (FakeStore)(object)store;
        (fake.answers, fake.cancel, fake.cancelAfter) = (answers, cancel, cancelAfter);
        return store;
    }

    public static IReadOnlyList<string> Calls(IGraphStore store) => ((FakeStore)(object)store).calls;

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        var name = method!.Name;
        calls.Add(name);
        if (!answers.TryGetValue(name, out var answer))
            return name == nameof(IGraphStore.GetAlliancesAsync) ? Task.FromResult<IReadOnlyList<Alliance>>([])
                : throw new NotSupportedException($"The fake store has no answer for {name}.");
        var result = answer(args ?? []);
        if (name == cancelAfter) cancel.Cancel();
        return result;
    }
}
