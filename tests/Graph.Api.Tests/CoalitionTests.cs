using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>The coalition structure of the seed episode, as users ask for it.</summary>
public sealed class CoalitionTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    private static List<string> Ids(JsonElement list, string path = "actor") =>
        list.Items().Select(x => x.GetProperty(path).Str("id")).Order().ToList();

    [Fact]
    public async Task The_sides_of_the_Japanese_draft_on_12_July()
    {
        var sides = (await Api.QueryAsync("""
            { draft(id: "japan-sanctions-resolution") { sides(asOf: "2006-07-12") {
                supporters { actor { id } positions { stance evidence { source { id } } } }
                opposers { actor { id } } proposersOfAlternatives { actor { id } } uncommitted { actor { id } } } } }
            """)).GetProperty("draft").GetProperty("sides");
        Assert.Equal(["denmark", "france", "greece", "japan", "peru", "slovakia", "united-kingdom", "united-states"], Ids(sides.GetProperty("supporters")));
        Assert.Equal(["china", "russia"], Ids(sides.GetProperty("opposers")));
        // France backs the draft and proposes the two-step approach: it counts as a supporter, not twice.
        Assert.Empty(sides.GetProperty("proposersOfAlternatives").Items());
        Assert.Equal(["argentina", "ghana", "qatar", "republic-of-the-congo", "tanzania"], Ids(sides.GetProperty("uncommitted")));
        Assert.All(sides.GetProperty("supporters").Items(), s => Assert.NotEmpty(s.GetProperty("positions")[0].GetProperty("evidence").Items()));
    }

    [Fact]
    public async Task The_blocs_put_the_backers_and_the_opposers_apart()
    {
        var alignment = (await Api.QueryAsync("""
            { alignment(from: "2006-07-01", to: "2006-07-14") { modularity blocs { id label members { id } }
                edges { a { id } b { id } weight agreements disagreements sharedAlliances } declaredAlliances { alliance { id } members { id } } } }
            """)).GetProperty("alignment");
        var blocs = alignment.GetProperty("blocs").Items().ToList();
        var blocOf = blocs.SelectMany(b => b.GetProperty("members").Items().Select(m => (m.Str("id"), b.Str("id")))).ToDictionary(x => x.Item1, x => x.Item2);
        Assert.Equal(blocOf["japan"], blocOf["united-states"]);
        Assert.Equal(blocOf["japan"], blocOf["peru"]);
        Assert.Equal(blocOf["china"], blocOf["russia"]);
        Assert.NotEqual(blocOf["japan"], blocOf["china"]);
        Assert.True(alignment.GetProperty("modularity").GetDouble() > 0);
        var chinaRussia = alignment.GetProperty("edges").Items().Single(e => e.GetProperty("a").Str("id") == "china" && e.GetProperty("b").Str("id") == "russia");
        Assert.Equal(2, chinaRussia.GetProperty("agreements").GetInt32());
        Assert.Contains(alignment.GetProperty("declaredAlliances").Items(), d => d.GetProperty("alliance").Str("id") == "permanent-five");
    }

    [Fact]
    public async Task The_timeline_shows_the_later_backers_joining_the_bloc_on_12_July()
    {
        var timeline = (await Api.QueryAsync("""
            { blocTimeline(from: "2006-07-07", to: "2006-07-31") { snapshots { date blocs { id members { id } } } moves { date actor { id } fromBloc toBloc } } }
            """)).GetProperty("blocTimeline");
        Assert.Equal("2006-07-07", timeline.GetProperty("snapshots")[0].Str("date"));
        var joined = timeline.GetProperty("moves").Items().Where(m => m.Str("date") == "2006-07-12").ToList();
        Assert.Contains(joined, m => m.GetProperty("actor").Str("id") == "greece" && m.GetProperty("fromBloc").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task The_vote_of_15_July_brings_China_and_Russia_to_the_draft_they_had_opposed()
    {
        // Every member voted for the revised draft (S/PV.5490): from that day each ballot is a side, so the two blocs become one.
        var timeline = (await Api.QueryAsync("""
            { blocTimeline(from: "2006-07-07", to: "2006-07-31") { snapshots { date blocs { id members { id } } } moves { date actor { id } fromBloc toBloc } } }
            """)).GetProperty("blocTimeline");
        var after = timeline.GetProperty("snapshots").Items().Last(s => string.CompareOrdinal(s.Str("date"), "2006-07-15") <= 0);
        Assert.Equal("2006-07-15", after.Str("date"));
        var blocOf = after.GetProperty("blocs").Items().SelectMany(b => b.GetProperty("members").Items().Select(m => (m.Str("id"), b.Str("id")))).ToDictionary(x => x.Item1, x => x.Item2);
        Assert.Equal(blocOf["japan"], blocOf["china"]);
        Assert.Equal(blocOf["japan"], blocOf["russia"]);
        var sides = (await Api.QueryAsync("""
            { draft(id: "japan-sanctions-resolution") { before: sides(asOf: "2006-07-14") { opposers { actor { id } } } after: sides(asOf: "2006-07-15") { opposers { actor { id } } supporters { actor { id } } } } }
            """)).GetProperty("draft");
        Assert.Contains(sides.GetProperty("before").GetProperty("opposers").Items(), m => m.GetProperty("actor").Str("id") == "china");
        Assert.DoesNotContain(sides.GetProperty("after").GetProperty("opposers").Items(), m => m.GetProperty("actor").Str("id") == "china");
        Assert.Contains(sides.GetProperty("after").GetProperty("supporters").Items(), m => m.GetProperty("actor").Str("id") == "china");
    }

    [Fact]
    public async Task A_draft_view_is_ready_to_draw()
    {
        var view = (await Api.QueryAsync("""
            { graph(scope: DRAFT, id: "japan-sanctions-resolution", asOf: "2006-07-12") { nodes { id label kind bloc weight } edges { source target relation weight } blocs { id } } }
            """)).GetProperty("graph");
        var nodes = view.GetProperty("nodes").Items().ToDictionary(n => n.Str("id"));
        Assert.Equal("DRAFT", nodes["japan-sanctions-resolution"].Str("kind"));
        Assert.Equal("STATE", nodes["china"].Str("kind"));
        Assert.NotEqual(nodes["china"].Str("bloc"), nodes["japan"].Str("bloc"));
        Assert.Contains(view.GetProperty("edges").Items(), e => e.Str("source") == "russia" && e.Str("relation") == "OPPOSES");
        Assert.Contains(view.GetProperty("edges").Items(), e => e.Str("relation") == "ALTERNATIVE_TO");
        Assert.All(view.GetProperty("edges").Items(), e => Assert.True(nodes.ContainsKey(e.Str("source")) && nodes.ContainsKey(e.Str("target"))));
    }

    [Fact]
    public async Task A_neighbourhood_view_has_every_edge_end_among_its_nodes()
    {
        var view = (await Api.QueryAsync("""{ graph(scope: NEIGHBOURHOOD, id: "south-korea", depth: 2) { nodes { id } edges { source target relation } } }""")).GetProperty("graph");
        var ids = view.GetProperty("nodes").Items().Select(n => n.Str("id")).ToHashSet();
        Assert.Contains("six-party-talks", ids);
        Assert.All(view.GetProperty("edges").Items(), e => Assert.True(ids.Contains(e.Str("source")) && ids.Contains(e.Str("target"))));
        var error = await Api.ErrorAsync("""{ graph(scope: NEIGHBOURHOOD, id: "south-korea", depth: 9) { nodes { id } } }""");
        Assert.Equal("BAD_USER_INPUT", error.Code());
    }
}
