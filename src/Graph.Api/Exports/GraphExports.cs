using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Graph.Core;
using Graph.Core.Coalitions;

namespace Graph.Api.Exports;

/// <summary>
/// A graph view written in the formats analysts open elsewhere: GraphML (yEd, NetworkX, igraph),
/// GEXF (Gephi), Cytoscape JSON (Cytoscape, cytoscape.js) and CSV tables of nodes and of edges.
/// </summary>
public static class GraphExports
{
    public sealed record Format(string Name, string ContentType, string Extension, Func<GraphView, string> Write);

    public static readonly IReadOnlyDictionary<string, Format> Formats = new Format[]
    {
        new("graphml", "application/graphml+xml", "graphml", GraphMl),
        new("gexf", "application/gexf+xml", "gexf", Gexf),
        new("cytoscape", "application/vnd.cytoscape+json", "cyjs", CytoscapeJson),
        new("nodes.csv", "text/csv", "nodes.csv", NodesCsv),
        new("edges.csv", "text/csv", "edges.csv", EdgesCsv),
    }.ToDictionary(f => f.Name);

    private static string Date(DateOnly? date) => date is { } d ? DateParsing.Format(d) : "";

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
            write(xml);
        // StringBuilder output declares utf-16; the document is served and saved as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    public static string GraphMl(GraphView view) => Xml(xml =>
    {
        xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        (string Id, string For, string Name, string Type)[] keys =
        [
            ("label", "node", "label", "string"), ("kind", "node", "kind", "string"), ("bloc", "node", "bloc", "string"),
            ("nweight", "node", "weight", "double"), ("relation", "edge", "relation", "string"), ("eweight", "edge", "weight", "double"),
            ("since", "edge", "since", "string"), ("until", "edge", "until", "string"),
        ];
        foreach (var key in keys)
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", key.Id);
            xml.WriteAttributeString("for", key.For);
            xml.WriteAttributeString("attr.name", key.Name);
            xml.WriteAttributeString("attr.type", key.Type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "graph");
        xml.WriteAttributeString("edgedefault", "directed");
        void Data(string key, string value)
        {
            xml.WriteStartElement("data");
            xml.WriteAttributeString("key", key);
            xml.WriteString(value);
            xml.WriteEndElement();
        }
        foreach (var n in view.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", n.Id);
            Data("label", n.Label); Data("kind", n.Kind); Data("bloc", n.BlocId ?? ""); Data("nweight", Number(n.Weight));
            xml.WriteEndElement();
        }
        foreach (var (e, i) in view.Edges.Select((e, i) => (e, i)))
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", $"e{i}");
            xml.WriteAttributeString("source", e.Source);
            xml.WriteAttributeString("target", e.Target);
            Data("relation", e.Relation); Data("eweight", Number(e.Weight)); Data("since", Date(e.Since)); Data("until", Date(e.Until));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    public static string Gexf(GraphView view) => Xml(xml =>
    {
        xml.WriteStartElement("gexf", "http://gexf.net/1.3");
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("defaultedgetype", "directed");
        void Attributes(string @class, params (string Id, string Title, string Type)[] attributes)
        {
            xml.WriteStartElement("attributes");
            xml.WriteAttributeString("class", @class);
            foreach (var a in attributes)
            {
                xml.WriteStartElement("attribute");
                xml.WriteAttributeString("id", a.Id);
                xml.WriteAttributeString("title", a.Title);
                xml.WriteAttributeString("type", a.Type);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        Attributes("node", ("kind", "kind", "string"), ("bloc", "bloc", "string"));
        Attributes("edge", ("relation", "relation", "string"), ("since", "since", "string"), ("until", "until", "string"));
        void Values(params (string For, string Value)[] values)
        {
            xml.WriteStartElement("attvalues");
            foreach (var v in values)
            {
                xml.WriteStartElement("attvalue");
                xml.WriteAttributeString("for", v.For);
                xml.WriteAttributeString("value", v.Value);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteStartElement("nodes");
        foreach (var n in view.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", n.Id);
            xml.WriteAttributeString("label", n.Label);
            Values(("kind", n.Kind), ("bloc", n.BlocId ?? ""));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("edges");
        foreach (var (e, i) in view.Edges.Select((e, i) => (e, i)))
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", $"e{i}");
            xml.WriteAttributeString("source", e.Source);
            xml.WriteAttributeString("target", e.Target);
            xml.WriteAttributeString("label", e.Relation);
            xml.WriteAttributeString("weight", Number(e.Weight));
            Values(("relation", e.Relation), ("since", Date(e.Since)), ("until", Date(e.Until)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    /// <summary>Cytoscape's JSON: {elements: {nodes: [{data}], edges: [{data}]}}, readable by Cytoscape and cytoscape.js.</summary>
    public static string CytoscapeJson(GraphView view) => JsonSerializer.Serialize(new
    {
        data = new { scope = EnumNames.ToName(view.Scope) },
        elements = new
        {
            nodes = view.Nodes.Select(n => new { data = new { id = n.Id, label = n.Label, kind = n.Kind, bloc = n.BlocId, weight = n.Weight } }),
            edges = view.Edges.Select((e, i) => new
            {
                data = new { id = $"e{i}", source = e.Source, target = e.Target, relation = e.Relation, weight = e.Weight, since = Date(e.Since), until = Date(e.Until) },
            }),
        },
    }, new JsonSerializerOptions { WriteIndented = true });

    public static string NodesCsv(GraphView view) => Csv(["id", "label", "kind", "bloc", "weight"],
        view.Nodes.Select(n => new[] { n.Id, n.Label, n.Kind, n.BlocId ?? "", Number(n.Weight) }));

    public static string EdgesCsv(GraphView view) => Csv(["source", "target", "relation", "weight", "since", "until"],
        view.Edges.Select(e => new[] { e.Source, e.Target, e.Relation, Number(e.Weight), Date(e.Since), Date(e.Until) }));

    /// <summary>RFC 4180: every field quoted when it holds a comma, quote or line break; quotes doubled.
    /// A leading =, +, - or @ is prefixed with ' so a spreadsheet does not run it as a formula.</summary>
    private static string Csv(string[] header, IEnumerable<string[]> rows)
    {
        static string Field(string value)
        {
            if (value.Length > 0 && "=+-@".Contains(value[0])) value = "'" + value;
            return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
        }
        var text = new StringBuilder().AppendJoin(',', header).Append("\r\n");
        foreach (var row in rows) text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        return text.ToString();
    }
}
