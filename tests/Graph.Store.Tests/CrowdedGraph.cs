using Graph.Core;

namespace Graph.Store.Tests;

/// <summary>Every state takes a side of every draft (about one in three opposes), each from one of 60 days of July-August 2006, all on the evidence of one report.
/// Shared by the store's cancellation tests and the API's deadline tests (linked into Graph.Api.Tests).</summary>
public static class CrowdedGraph
{
    public static IReadOnlyList<GraphWrite> Writes(int states, int drafts, int seed = 3)
    {
        var random = new Random(seed);
        var writes = new List<GraphWrite> { new CreateSource(new Source("report-1", SourceKind.Report, "Report 1", null, new DateOnly(2006, 7, 1), null, null)) };
        writes.AddRange(Enumerable.Range(1, states).Select(s => new CreateActor(new Actor($"state-{s}", ActorKind.State, $"State {s}", [], null))));
        writes.AddRange(Enumerable.Range(1, drafts).Select(d => new CreateDraft(new Draft($"draft-{d}", DraftKind.Resolution, $"Draft {d}", null, null))));
        foreach (var s in Enumerable.Range(1, states))
            foreach (var d in Enumerable.Range(1, drafts))
                writes.Add(new CreatePosition(new Position($"position-{s}-{d}", $"state-{s}", $"draft-{d}",
                    random.Next(3) == 0 ? Stance.Opposes : Stance.Backs, new DateOnly(2006, 7, 1).AddDays(random.Next(60)), null, [new Evidence("report-1")])));
        return writes;
    }
}
