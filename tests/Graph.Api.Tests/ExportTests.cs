using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Graph.Api.Exports;
using Graph.Core.Coalitions;

namespace Graph.Api.Tests;

/// <summary>The /export files as the tools that read them see them: typed numbers, GEXF 1.2 with a timeline, evidence on every edge.</summary>
public sealed class ExportTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    public const string Draft = "scope=DRAFT&id=japan-sanctions-resolution&asOf=2006-07-12";
    public const string Neighbourhood = "scope=NEIGHBOURHOOD&id=south-korea&depth=2";
    // The dispute's first two weeks: from the vote of 15 July every member backs the draft.
    public const string Window = "scope=WINDOW&from=2006-07-01&to=2006-07-14";

    public static TheoryData<string, string> FormatsAndScopes()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in GraphExports.Formats.Keys.Where(f => f != "nodes.csv"))
            foreach (var scope in new[] { Draft, Neighbourhood, Window })
                data.Add(format, scope);
        return data;
    }

    private async Task<string> ExportAsync(string format, string scope)
    {
        using var response = await Api.Http.GetAsync($"/export/{format}?{scope}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return body;
    }

    [Fact]
    public async Task Csv_weights_are_numbers_and_negative_alignments_stay_negative()
    {
        var edges = ExportedCsv.Read(await ExportAsync("edges.csv", Window));
        var weights = edges.Select(row => row["weight"]).ToList();
        Assert.All(weights, w => Assert.True(double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out _), $"weight '{w}' is not a number"));
        Assert.Contains(edges, row => row["relation"] == "ALIGNED" && double.Parse(row["weight"], CultureInfo.InvariantCulture) < 0);
        var nodes = ExportedCsv.Read(await ExportAsync("nodes.csv", Window));
        Assert.All(nodes, row => Assert.True(double.TryParse(row["weight"], NumberStyles.Float, CultureInfo.InvariantCulture, out _)));
    }

    [Fact]
    public void Csv_guards_text_that_a_spreadsheet_would_run_and_leaves_numbers_alone()
    {
        var view = new GraphView(GraphScope.Window,
            [new ViewNode("a", "=HYPERLINK(\"x\")", "STATE", null, -2), new ViewNode("b", "-minus", "STATE", "@bloc", 0.5)],
            [new ViewEdge("a", "b", "+ALIGNED", -1.5, new DateOnly(2006, 7, 5), null)], []);
        var nodes = ExportedCsv.Read(GraphExports.NodesCsv(view));
        Assert.Equal("'=HYPERLINK(\"x\")", nodes[0]["label"]);
        Assert.Equal("-2", nodes[0]["weight"]);
        Assert.Equal("'-minus", nodes[1]["label"]);
        Assert.Equal("'@bloc", nodes[1]["bloc"]);
        var edge = ExportedCsv.Read(GraphExports.EdgesCsv(view)).Single();
        Assert.Equal("'+ALIGNED", edge["relation"]);
        Assert.Equal("-1.5", edge["weight"]);
        Assert.Equal("2006-07-05", edge["since"]);
    }

    [Fact]
    public async Task Gexf_is_1_2draft_with_typed_weights_and_a_timeline()
    {
        XNamespace ns = "http://www.gexf.net/1.2draft";
        var gexf = XDocument.Parse(await ExportAsync("gexf", Window)).Root!;
        Assert.Equal(ns + "gexf", gexf.Name);
        Assert.Equal("1.2", (string?)gexf.Attribute("version"));
        var graph = gexf.Element(ns + "graph")!;
        Assert.Equal("dynamic", (string?)graph.Attribute("mode"));
        Assert.Equal("date", (string?)graph.Attribute("timeformat"));
        var nodeWeight = graph.Elements(ns + "attributes").Single(a => (string?)a.Attribute("class") == "node")
            .Elements(ns + "attribute").Single(a => (string?)a.Attribute("title") == "weight");
        Assert.Equal("double", (string?)nodeWeight.Attribute("type"));
        var weightId = (string)nodeWeight.Attribute("id")!;
        Assert.All(graph.Descendants(ns + "node"), n => double.Parse(n.Descendants(ns + "attvalue")
            .Single(v => (string?)v.Attribute("for") == weightId).Attribute("value")!.Value, CultureInfo.InvariantCulture));

        var edges = ExportedGraph.Gexf(gexf.ToString());
        // A position that holds from 7 July: the spell starts then and has no end.
        var china = graph.Descendants(ns + "edge").Single(e => (string?)e.Attribute("source") == "china" && (string?)e.Attribute("target") == "japan-sanctions-resolution");
        var spell = Assert.Single(china.Element(ns + "spells")!.Elements(ns + "spell"));
        Assert.Equal("2006-07-07", (string?)spell.Attribute("start"));
        Assert.Null(spell.Attribute("end"));
        // One that ends on 7 July (the first day it no longer holds): the spell's end is the last day it does.
        var earlier = graph.Descendants(ns + "edge").Single(e => (string?)e.Attribute("target") == "japan-sanctions-resolution-earlier");
        spell = Assert.Single(earlier.Element(ns + "spells")!.Elements(ns + "spell"));
        Assert.Null(spell.Attribute("start"));
        Assert.Equal("2006-07-06", (string?)spell.Attribute("end"));
        // Undated edges (alignments) hold throughout: no spells.
        Assert.All(graph.Descendants(ns + "edge").Where(e => e.Descendants(ns + "attvalue").Any(v => (string?)v.Attribute("value") == "ALIGNED")),
            e => Assert.Null(e.Element(ns + "spells")));
        Assert.Contains(edges, e => e.Relation == "ALIGNED" && e.Weight < 0);
    }

    [Fact]
    public async Task GraphMl_keys_are_typed_and_every_value_reads_as_its_type()
    {
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var graphml = XDocument.Parse(await ExportAsync("graphml", Window)).Root!;
        var keys = graphml.Elements(ns + "key").ToDictionary(k => (string)k.Attribute("id")!,
            k => (For: (string)k.Attribute("for")!, Name: (string)k.Attribute("attr.name")!, Type: (string)k.Attribute("attr.type")!));
        Assert.Equal("double", keys.Values.Single(k => k is { For: "node", Name: "weight" }).Type);
        Assert.Equal("double", keys.Values.Single(k => k is { For: "edge", Name: "weight" }).Type);
        foreach (var name in new[] { "relation", "since", "until", "sources", "statements" })
            Assert.Equal("string", keys.Values.Single(k => k.For == "edge" && k.Name == name).Type);
        foreach (var data in graphml.Descendants(ns + "data"))
        {
            var key = keys[(string)data.Attribute("key")!];
            if (key.Type == "double") Assert.True(double.TryParse(data.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _), $"{key.Name}: '{data.Value}'");
            if (key.Name is "since" or "until") Assert.True(DateOnly.TryParseExact(data.Value, "yyyy-MM-dd", out _), $"{key.Name}: '{data.Value}'");
        }
        var edges = ExportedGraph.GraphMl(graphml.ToString());
        Assert.Contains(edges, e => e is { Relation: "SPONSORS", Until: "2006-07-07" });
    }

    [Fact]
    public async Task Cytoscape_json_reads_as_a_directed_multigraph()
    {
        using var json = JsonDocument.Parse(await ExportAsync("cytoscape", Draft));
        var root = json.RootElement;
        Assert.True(root.GetProperty("directed").GetBoolean());
        Assert.True(root.GetProperty("multigraph").GetBoolean());
        var elements = root.GetProperty("elements");
        // networkx's cytoscape_graph keys nodes by data.value and parallel edges by data.key.
        Assert.All(elements.GetProperty("nodes").Items(), n => Assert.Equal(n.GetProperty("data").Str("id"), n.GetProperty("data").Str("value")));
        var edgeKeys = elements.GetProperty("edges").Items().Select(e => e.GetProperty("data").Str("key")).ToList();
        Assert.Equal(edgeKeys.Count, edgeKeys.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(FormatsAndScopes))]
    public async Task Every_edge_in_every_format_carries_its_evidence(string format, string scope)
    {
        var edges = ExportedGraph.Read(format, await ExportAsync(format, scope));
        Assert.NotEmpty(edges);
        // A draft's forum is the draft's own attribute, which no source backs; every other edge stands on sources.
        Assert.All(edges.Where(e => e.Relation != "IN_FORUM"), e => Assert.True(e.Sources.Count > 0, $"{e.Source} {e.Relation} {e.Target}: no sources"));
        Assert.All(edges, e => Assert.All(e.Sources.Concat(e.Statements), id => Assert.True(Core.Ids.IsValid(id), $"'{id}'")));
    }

    [Theory]
    [MemberData(nameof(FormatsAndScopes))]
    public async Task The_evidence_is_that_of_the_facts_behind_the_edge(string format, string scope)
    {
        var edges = ExportedGraph.Read(format, await ExportAsync(format, scope));
        if (scope == Draft)
        {
            var china = edges.Single(e => e is { Source: "china", Relation: "OPPOSES", Target: "japan-sanctions-resolution" });
            Assert.Equal(["cbs-2006-07-08", "voa-2006-07-11"], china.Sources);
            Assert.Equal(["jiang-yu-2006-07-11-overreacting"], china.Statements);
        }
        else if (scope == Neighbourhood)
        {
            var said = edges.Where(e => e.Relation is "MADE" or "ABOUT").ToList();
            Assert.NotEmpty(said);
            // A statement's edges rest on the statement itself, in its one source.
            Assert.All(said, e => Assert.Equal([e.Relation == "MADE" ? e.Target : e.Source], e.Statements));
            Assert.All(said, e => Assert.Single(e.Sources));
            Assert.NotEmpty(edges.Single(e => e is { Source: "south-korea", Relation: "MEMBER_OF", Target: "six-party-talks" }).Sources);
        }
        else
        {
            // An alignment rests on both actors' positions on the drafts they share, and on the alliances they share.
            var aligned = edges.Single(e => e is { Source: "china", Relation: "ALIGNED", Target: "russia" });
            Assert.Contains("voa-2006-07-11", aligned.Sources);
            Assert.Contains("un-charter-article-23", aligned.Sources);
            Assert.Contains("jiang-yu-2006-07-11-overreacting", aligned.Statements);
        }
    }
}

/// <summary>An edge as read back from an export file; dates as written.</summary>
public sealed record ExportedEdge(string Source, string Target, string Relation, double Weight, string? Since, string? Until,
    IReadOnlyList<string> Sources, IReadOnlyList<string> Statements);

public static class ExportedGraph
{
    public static List<ExportedEdge> Read(string format, string text) => format switch
    {
        "graphml" => GraphMl(text),
        "gexf" => Gexf(text),
        "cytoscape" => Cytoscape(text),
        "edges.csv" => ExportedCsv.Read(text).Select(r => new ExportedEdge(r["source"], r["target"], r["relation"],
            double.Parse(r["weight"], CultureInfo.InvariantCulture), Blank(r["since"]), Blank(r["until"]), Ids(r["sources"]), Ids(r["statements"]))).ToList(),
        _ => throw new ArgumentException(format),
    };

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Evidence ids as the XML and CSV formats write them: space-separated (the XML formats leave out an empty list).</summary>
    private static List<string> Ids(string? list) => (list ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    public static List<ExportedEdge> GraphMl(string text)
    {
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var root = XDocument.Parse(text).Root!;
        var names = root.Elements(ns + "key").Where(k => (string?)k.Attribute("for") == "edge")
            .ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        return root.Descendants(ns + "edge").Select(e =>
        {
            var data = e.Elements(ns + "data").ToDictionary(d => names[(string)d.Attribute("key")!], d => d.Value);
            return new ExportedEdge((string)e.Attribute("source")!, (string)e.Attribute("target")!, data["relation"],
                double.Parse(data["weight"], CultureInfo.InvariantCulture), Blank(data.GetValueOrDefault("since")), Blank(data.GetValueOrDefault("until")),
                Ids(data.GetValueOrDefault("sources")), Ids(data.GetValueOrDefault("statements")));
        }).ToList();
    }

    public static List<ExportedEdge> Gexf(string text)
    {
        XNamespace ns = XDocument.Parse(text).Root!.Name.Namespace;
        var graph = XDocument.Parse(text).Root!.Element(ns + "graph")!;
        var titles = graph.Elements(ns + "attributes").Where(a => (string?)a.Attribute("class") == "edge").Elements(ns + "attribute")
            .ToDictionary(a => (string)a.Attribute("id")!, a => (string)a.Attribute("title")!);
        return graph.Descendants(ns + "edge").Select(e =>
        {
            var values = e.Descendants(ns + "attvalue").ToDictionary(v => titles[(string)v.Attribute("for")!], v => (string)v.Attribute("value")!);
            return new ExportedEdge((string)e.Attribute("source")!, (string)e.Attribute("target")!, values["relation"],
                double.Parse((string)e.Attribute("weight")!, CultureInfo.InvariantCulture), Blank(values.GetValueOrDefault("since")),
                Blank(values.GetValueOrDefault("until")), Ids(values.GetValueOrDefault("sources")), Ids(values.GetValueOrDefault("statements")));
        }).ToList();
    }

    public static List<ExportedEdge> Cytoscape(string text)
    {
        using var json = JsonDocument.Parse(text);
        static List<string> Array(JsonElement data, string name) => data.GetProperty(name).Items().Select(x => x.GetString()!).ToList();
        static string? Date(JsonElement data, string name) => data.TryGetProperty(name, out var d) && d.ValueKind == JsonValueKind.String ? Blank(d.GetString()) : null;
        return json.RootElement.GetProperty("elements").GetProperty("edges").Items().Select(e => e.GetProperty("data")).Select(d =>
            new ExportedEdge(d.Str("source"), d.Str("target"), d.Str("relation"), d.GetProperty("weight").GetDouble(), Date(d, "since"), Date(d, "until"),
                Array(d, "sources"), Array(d, "statements"))).ToList();
    }
}

/// <summary>An RFC 4180 reader for the exported tables: rows as column name to field.</summary>
public static class ExportedCsv
{
    public static List<Dictionary<string, string>> Read(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; }
            else field.Append(c);
        }
        var header = records[0];
        return records.Skip(1).Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
    }
}
