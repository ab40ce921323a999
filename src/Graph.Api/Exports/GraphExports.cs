using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Graph.Core;
using Graph.Core.Coalitions;

namespace Graph.Api.Exports;

/// <summary>
/// A graph view written in the formats analysts open elsewhere: GraphML (yEd, NetworkX, igraph),
/// GEXF (Gephi, NetworkX), Cytoscape JSON (Cytoscape, cytoscape.js, NetworkX) and CSV tables of nodes and of edges.
/// Every edge carries its evidence in each of them: the ids of the sources and of the statements behind it.
/// </summary>
public static class GraphExports
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public sealed record Format(string Name, string ContentType, string Extension, Func<GraphView, string> Write);

    public static readonly IReadOnlyDictionary<string, Format> Formats = new Format[]
    {
        new("graphml", "application/graphml+xml", "graphml", GraphMl),
        new("gexf", "application/gexf+xml", "gexf", Gexf),
        new("cytoscape", "application/vnd.cytoscape+json", "cyjs", CytoscapeJson),
        new("nodes.csv", "text/csv", "nodes.csv", NodesCsv),
        new("edges.csv", "text/csv", "edges.csv", EdgesCsv),
    }.ToDictionary(f => f.Name);

    private const string Viz = "http://www.gexf.net/1.2draft/viz";

    /// <summary>A node's colour as the map draws it: its bloc's (see <see cref="BlocPalette"/>); pale for a draft, and for an
    /// actor no line of the view touches (the map's uncommitted).</summary>
    private static string Colour(GraphView view, ViewNode node) =>
        node.Kind == "DRAFT" ? BlocPalette.Draft : node.Weight == 0 ? BlocPalette.Uncommitted : BlocPalette.Of(view.Blocs, node.BlocId);

    private static string? Date(DateOnly? date) => date is { } d ? DateParsing.Format(d) : null;

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Evidence ids in one text value, space-separated (ids are slugs, so never contain a space).</summary>
    private static string IdList(IReadOnlyList<string> ids) => string.Join(' ', ids);

    private static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
            write(xml);
        // StringBuilder output declares utf-16; the document is served and saved as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    /// <summary>
    /// GraphML with typed keys: weights are doubles, the rest strings (dates as YYYY-MM-DD, evidence as id lists).
    /// A value the edge or node lacks is left out rather than written empty, since readers such as networkx turn an
    /// empty value into the text "None", or fail on it for a number.
    /// </summary>
    public static string GraphMl(GraphView view) => Xml(xml =>
    {
        xml.WriteStartElement("graphml", "http://graphml.graphdrawing.org/xmlns");
        (string Id, string For, string Name, string Type)[] keys =
        [
            ("label", "node", "label", "string"), ("kind", "node", "kind", "string"), ("bloc", "node", "bloc", "string"),
            ("nweight", "node", "weight", "double"), ("colour", "node", "colour", "string"), ("relation", "edge", "relation", "string"), ("eweight", "edge", "weight", "double"),
            ("since", "edge", "since", "string"), ("until", "edge", "until", "string"),
            ("sources", "edge", "sources", "string"), ("statements", "edge", "statements", "string"),
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
        void Data(string key, string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            xml.WriteStartElement("data");
            xml.WriteAttributeString("key", key);
            xml.WriteString(value);
            xml.WriteEndElement();
        }
        foreach (var n in view.Nodes)
        {
            xml.WriteStartElement("node");
            xml.WriteAttributeString("id", n.Id);
            Data("label", n.Label); Data("kind", n.Kind); Data("bloc", n.BlocId); Data("nweight", Number(n.Weight));
            Data("colour", Colour(view, n));
            xml.WriteEndElement();
        }
        foreach (var (e, i) in view.Edges.Select((e, i) => (e, i)))
        {
            xml.WriteStartElement("edge");
            xml.WriteAttributeString("id", $"e{i}");
            xml.WriteAttributeString("source", e.Source);
            xml.WriteAttributeString("target", e.Target);
            Data("relation", e.Relation); Data("eweight", Number(e.Weight)); Data("since", Date(e.Since)); Data("until", Date(e.Until));
            Data("sources", IdList(e.SourceIds)); Data("statements", IdList(e.StatementIds));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    /// <summary>
    /// GEXF 1.2draft, the version both Gephi and networkx (which knows no 1.3) read. The graph is dynamic: a dated edge
    /// has a spell, so Gephi's timeline plays the episode. A spell's ends are days it holds, so it ends on the day before
    /// 'until' (the first day the fact no longer holds); an open end is left out. Values a node or edge lacks are left out.
    /// </summary>
    public static string Gexf(GraphView view) => Xml(xml =>
    {
        xml.WriteStartElement("gexf", "http://www.gexf.net/1.2draft");
        xml.WriteAttributeString("xmlns", "viz", null, Viz);
        xml.WriteAttributeString("version", "1.2");
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("timeformat", "date");
        xml.WriteAttributeString("defaultedgetype", "directed");
        void Attributes(string @class, params (string Id, string Type)[] attributes)
        {
            xml.WriteStartElement("attributes");
            xml.WriteAttributeString("class", @class);
            xml.WriteAttributeString("mode", "static");
            foreach (var a in attributes)
            {
                xml.WriteStartElement("attribute");
                xml.WriteAttributeString("id", a.Id);
                xml.WriteAttributeString("title", a.Id);
                xml.WriteAttributeString("type", a.Type);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        Attributes("node", ("kind", "string"), ("bloc", "string"), ("weight", "double"), ("colour", "string"));
        Attributes("edge", ("relation", "string"), ("since", "string"), ("until", "string"), ("sources", "string"), ("statements", "string"));
        void Values(params (string For, string? Value)[] values)
        {
            xml.WriteStartElement("attvalues");
            foreach (var v in values.Where(v => !string.IsNullOrEmpty(v.Value)))
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
            var colour = Colour(view, n);
            Values(("kind", n.Kind), ("bloc", n.BlocId), ("weight", Number(n.Weight)), ("colour", colour));
            var rgb = Convert.FromHexString(colour[1..]);
            xml.WriteStartElement("color", Viz);
            xml.WriteAttributeString("r", rgb[0].ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("g", rgb[1].ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("b", rgb[2].ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
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
            Values(("relation", e.Relation), ("since", Date(e.Since)), ("until", Date(e.Until)),
                ("sources", IdList(e.SourceIds)), ("statements", IdList(e.StatementIds)));
            if (e.Since is not null || e.Until is not null)
            {
                xml.WriteStartElement("spells");
                xml.WriteStartElement("spell");
                if (e.Since is { } since) xml.WriteAttributeString("start", DateParsing.Format(since));
                if (e.Until is { } until) xml.WriteAttributeString("end", DateParsing.Format(until.AddDays(-1)));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    /// <summary>
    /// Cytoscape's JSON: {elements: {nodes: [{data}], edges: [{data}]}}, readable by Cytoscape and cytoscape.js. 'name'
    /// is what Cytoscape labels a node with; 'directed', 'multigraph', a node's 'value' and an edge's 'key' are what
    /// networkx's cytoscape_graph reads (parallel edges, such as two stances on one draft, need distinct keys).
    /// </summary>
    public static string CytoscapeJson(GraphView view) => JsonSerializer.Serialize(new
    {
        data = new { scope = EnumNames.ToName(view.Scope) },
        directed = true,
        multigraph = true,
        elements = new
        {
            nodes = view.Nodes.Select(n => new { data = new { id = n.Id, value = n.Id, name = n.Label, label = n.Label, kind = n.Kind, bloc = n.BlocId, weight = n.Weight, colour = Colour(view, n) } }),
            edges = view.Edges.Select((e, i) => new
            {
                data = new
                {
                    id = $"e{i}", key = $"e{i}", source = e.Source, target = e.Target, relation = e.Relation, weight = e.Weight,
                    since = Date(e.Since), until = Date(e.Until), sources = e.SourceIds, statements = e.StatementIds,
                },
            }),
        },
    }, Indented);

    public static string NodesCsv(GraphView view) => Csv(["id", "label", "kind", "bloc", "weight", "colour"],
        view.Nodes.Select(n => new object?[] { n.Id, n.Label, n.Kind, n.BlocId, n.Weight, Colour(view, n) }));

    public static string EdgesCsv(GraphView view) => Csv(["source", "target", "relation", "weight", "since", "until", "sources", "statements"],
        view.Edges.Select(e => new object?[] { e.Source, e.Target, e.Relation, e.Weight, e.Since, e.Until, IdList(e.SourceIds), IdList(e.StatementIds) }));

    /// <summary>RFC 4180: every field quoted when it holds a comma, quote or line break; quotes doubled. Text (never a
    /// number or a date) that starts with =, +, - or @ is prefixed with ' so a spreadsheet does not run it as a formula;
    /// a number keeps its sign, so that it stays a number for spreadsheets and pandas alike.</summary>
    private static string Csv(string[] header, IEnumerable<object?[]> rows)
    {
        static string Field(object? value)
        {
            var text = value switch
            {
                null => "",
                double number => Number(number),
                DateOnly date => DateParsing.Format(date),
                string s when s.Length > 0 && "=+-@".Contains(s[0]) => "'" + s,
                string s => s,
                _ => throw new ArgumentException($"No CSV form for {value.GetType().Name}."),
            };
            return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
        }
        var csv = new StringBuilder().AppendJoin(',', header).Append("\r\n");
        foreach (var row in rows) csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
        return csv.ToString();
    }
}
