using Graph.Core.Coalitions;

namespace Graph.Core.Tests;

public sealed class SignedLouvainTests
{
    [Fact]
    public void Two_camps_that_agree_within_and_disagree_across_are_found()
    {
        string[] west = ["fr", "jp", "uk", "us"], east = ["cn", "ru"];
        var edges = new List<(string, string, double)>();
        foreach (var a in west) foreach (var b in west) if (string.CompareOrdinal(a, b) < 0) edges.Add((a, b, 1));
        edges.Add(("cn", "ru", 2));
        foreach (var a in west) foreach (var b in east) edges.Add((a, b, -1));
        var result = SignedLouvain.Detect([.. west, .. east], edges);
        Assert.Equal([west.ToList(), east.ToList()], result.Communities.Select(c => c.ToList()).ToList());
        Assert.True(result.Modularity > 0.3, $"modularity {result.Modularity}");
    }

    [Fact]
    public void Weak_positive_ties_do_not_outweigh_a_disagreement()
    {
        // a and b share two alliances (+0.5) but vote against each other (−1): apart.
        var result = SignedLouvain.Detect(["a", "b", "c"], [("a", "b", -0.5), ("a", "c", 1), ("b", "c", -1)]);
        Assert.Contains(result.Communities, c => c.SequenceEqual(["a", "c"]));
        Assert.Contains(result.Communities, c => c.SequenceEqual(["b"]));
    }

    [Fact]
    public void The_same_graph_gives_the_same_blocs_whatever_the_order_of_its_edges()
    {
        var edges = new List<(string, string, double)> { ("a", "b", 1), ("c", "d", 1), ("b", "c", -1), ("a", "d", -0.5), ("e", "a", 0.25) };
        var first = SignedLouvain.Detect(["e", "d", "c", "b", "a"], edges);
        edges.Reverse();
        var second = SignedLouvain.Detect(["a", "b", "c", "d", "e"], edges);
        Assert.Equal(first.Communities.Select(c => string.Join(",", c)), second.Communities.Select(c => string.Join(",", c)));
    }

    [Fact]
    public void Actors_with_no_ties_stand_alone() =>
        Assert.Equal(3, SignedLouvain.Detect(["a", "b", "c"], []).Communities.Count);
}
