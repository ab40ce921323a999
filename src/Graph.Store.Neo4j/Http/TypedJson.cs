using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Store.Neo4j.Http;

/// <summary>
/// Neo4j's "Typed JSON" (media type <c>application/vnd.neo4j.query</c>): every value is an object
/// <c>{"$type": "...", "_value": ...}</c>, both in request parameters and in results.
/// Shapes from the Query API documentation pages "Typed JSON" and "Result formats &amp; Data types"
/// (section "JSON with type information", "Type mapping" table). Notable there: Integer and Float
/// travel as strings (<c>"123"</c>, <c>"4.56"</c>, <c>"3.2E9"</c>) so no precision is lost in JSON numbers.
/// </summary>
internal static class TypedJson
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // The default encoder escapes '+', '<', non-ASCII etc. for HTML safety; this body only goes to
    // Neo4j, so keep it readable ("+01:00", "é"). Quotes and control characters are still escaped.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // ---------------------------------------------------------------- requests

    /// <summary>
    /// The request body of the "Query the database" and "Run transactions" pages:
    /// <c>{"statement": "...", "parameters": {name: typed value, ...}}</c>.
    /// </summary>
    public static byte[] SerializeRequest(CypherQuery query)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("statement", query.Statement);
            w.WriteStartObject("parameters");
            foreach (var (name, value) in query.Parameters)
            {
                w.WritePropertyName(name);
                WriteValue(w, value, name);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Writes one .NET value as a typed value. <paramref name="path"/> names it in errors (never the value itself).</summary>
    public static void WriteValue(Utf8JsonWriter w, object? value, string path)
    {
        w.WriteStartObject();
        switch (value)
        {
            case null:
                w.WriteString("$type", "Null");
                w.WriteNull("_value");
                break;
            case bool b:
                w.WriteString("$type", "Boolean");
                w.WriteBoolean("_value", b);
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                w.WriteString("$type", "Integer");
                w.WriteString("_value", Convert.ToInt64(value, Inv).ToString(Inv));
                break;
            case ulong u:
                if (u > long.MaxValue)
                    throw new ArgumentException($"Parameter '{path}' does not fit Neo4j's 64-bit Integer.");
                w.WriteString("$type", "Integer");
                w.WriteString("_value", u.ToString(Inv));
                break;
            case double or float:
                // "R" round-trips; NaN / Infinity / -Infinity are the spellings the Float note accepts.
                w.WriteString("$type", "Float");
                w.WriteString("_value", Convert.ToDouble(value, Inv).ToString("R", Inv));
                break;
            case string s:
                w.WriteString("$type", "String");
                w.WriteString("_value", s);
                break;
            case DateOnly d:
                w.WriteString("$type", "Date");
                w.WriteString("_value", d.ToString("yyyy-MM-dd", Inv));
                break;
            case DateTimeOffset dto:
                // ISO-8601 with offset, trailing zero fractions dropped, like the documented example.
                w.WriteString("$type", "OffsetDateTime");
                w.WriteString("_value", dto.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", Inv));
                break;
            case byte[] bytes:
                // Cypher BYTE ARRAY is "Base64"; without this a byte[] would go out as a List of Integers.
                w.WriteString("$type", "Base64");
                w.WriteString("_value", Convert.ToBase64String(bytes));
                break;
            // Maps before lists: a dictionary is also an IEnumerable.
            case IDictionary<string, object?> map:
                WriteMap(w, map, path);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(w, map, path);
                break;
            case IDictionary map: // e.g. Dictionary<string, string>: not an IDictionary<string, object?>
                WriteMap(w, Entries(map), path);
                break;
            case IEnumerable list:
                w.WriteString("$type", "List");
                w.WriteStartArray("_value");
                var i = 0;
                foreach (var item in list)
                    WriteValue(w, item, $"{path}[{i++}]");
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException(
                    $"Parameter '{path}' has type {value.GetType().Name}, which has no Neo4j mapping here " +
                    "(use null, bool, int/long, double, string, DateOnly, DateTimeOffset, a list or an IDictionary<string, object?>).");
        }
        w.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, object?>> map, string path)
    {
        w.WriteString("$type", "Map");
        w.WriteStartObject("_value");
        foreach (var (key, item) in map)
        {
            w.WritePropertyName(key);
            WriteValue(w, item, $"{path}.{key}");
        }
        w.WriteEndObject();
    }

    // IDictionary.GetEnumerator gives DictionaryEntry; the IEnumerable one (what LINQ uses) need not.
    private static IEnumerable<KeyValuePair<string, object?>> Entries(IDictionary map)
    {
        var e = map.GetEnumerator();
        while (e.MoveNext())
            yield return KeyValuePair.Create(Convert.ToString(e.Key, Inv)!, e.Value);
    }

    // ---------------------------------------------------------------- results

    /// <summary>
    /// Decodes one typed value to the .NET values <see cref="CypherResult"/> promises.
    /// Types with no natural .NET counterpart (Time, Duration, Point, Unsupported) come back as their
    /// documented string form rather than failing the whole query.
    /// </summary>
    public static object? ReadValue(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("$type", out var typeElement))
            return ReadPlain(e); // not expected with this media type; decode rather than fail

        var type = typeElement.GetString();
        e.TryGetProperty("_value", out var v);
        return type switch
        {
            "Null" => null,
            "Boolean" => v.GetBoolean(),
            "Integer" => v.ValueKind == JsonValueKind.Number ? v.GetInt64() : long.Parse(v.GetString()!, NumberStyles.Integer, Inv),
            "Float" => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : ParseFloat(v.GetString()!),
            "String" => v.GetString(),
            "Base64" => Convert.FromBase64String(v.GetString()!),
            "List" => ReadList(v),
            "Map" => ReadMap(v),
            "Date" => DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd", Inv),
            "OffsetDateTime" or "ZonedDateTime" => ParseDateTime(v.GetString()!),
            "LocalDateTime" => DateTime.Parse(v.GetString()!, Inv, DateTimeStyles.RoundtripKind),
            "LocalTime" => TimeOnly.Parse(v.GetString()!, Inv),
            "Time" or "Duration" or "Point" or "Unsupported" => v.GetString(),
            // Nodes and relationships: their properties ("_properties"), as ICypherTransport documents.
            "Node" or "Relationship" => v.TryGetProperty("_properties", out var props) ? ReadMap(props) : new Dictionary<string, object?>(),
            // A path is the documented list of alternating nodes and relationships.
            "Path" => ReadList(v),
            "Vector" => ReadVector(v),
            _ => throw new Neo4jException("Graph.Transport.Protocol", $"Neo4j returned a value of unknown type '{type}'."),
        };
    }

    private static List<object?> ReadList(JsonElement array)
    {
        var list = new List<object?>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
            list.Add(ReadValue(item));
        return list;
    }

    private static Dictionary<string, object?> ReadMap(JsonElement obj)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
            map[property.Name] = ReadValue(property.Value);
        return map;
    }

    // Float note: decimal or scientific notation, and NaN / Infinity / -Infinity (the page also spells it "Nan").
    private static double ParseFloat(string s) =>
        double.Parse(s, NumberStyles.Float, Inv); // .NET accepts NaN case-insensitively, and Infinity / -Infinity

    // ZonedDateTime carries the zone id after the offset ("...142Z[Antarctica/Troll]"); older versions of
    // the "Result formats & Data types" page show that form under OffsetDateTime. The offset is what
    // DateTimeOffset can hold, so the bracketed zone id is dropped.
    private static DateTimeOffset ParseDateTime(string s)
    {
        var bracket = s.IndexOf('[');
        if (bracket >= 0)
            s = s[..bracket];
        return DateTimeOffset.Parse(s, Inv, DateTimeStyles.RoundtripKind);
    }

    // Vector (typed JSON v1.1, page "Typed JSON"): {"coordinatesType": "INT8", "coordinates": ["1", ...]}.
    private static List<object?> ReadVector(JsonElement v)
    {
        var isFloat = v.TryGetProperty("coordinatesType", out var t) && t.GetString()?.StartsWith("FLOAT", StringComparison.Ordinal) == true;
        var list = new List<object?>();
        if (v.TryGetProperty("coordinates", out var coordinates))
            foreach (var c in coordinates.EnumerateArray())
                list.Add(isFloat ? ParseFloat(c.GetString()!) : (object)long.Parse(c.GetString()!, NumberStyles.Integer, Inv));
        return list;
    }

    private static object? ReadPlain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.Array => ReadList(e),
        _ => ReadMap(e),
    };
}
