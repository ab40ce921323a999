using System.Text.Json;
using Graph.Store.Neo4j.Http;

namespace Graph.Store.Neo4j.Tests;

/// <summary>Decoding and encoding single values, with the examples of the "Typed JSON" page's type-mapping table.</summary>
public sealed class TypedJsonTests
{
    private static object? Decode(string json) => TypedJson.ReadValue(JsonDocument.Parse(json).RootElement);

    private static string Encode(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            TypedJson.WriteValue(writer, value, "p");
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [InlineData("""{"$type": "Float", "_value": "4.56"}""", 4.56)]
    [InlineData("""{"$type": "Float", "_value": "3.2E9"}""", 3.2e9)]
    [InlineData("""{"$type": "Float", "_value": "2.0E-7"}""", 2.0e-7)]
    [InlineData("""{"$type": "Float", "_value": "Infinity"}""", double.PositiveInfinity)]
    [InlineData("""{"$type": "Float", "_value": "-Infinity"}""", double.NegativeInfinity)]
    public void Floats_in_decimal_and_scientific_notation(string json, double expected) =>
        Assert.Equal(expected, Decode(json));

    [Theory]
    [InlineData("NaN")]
    [InlineData("Nan")] // the Float note's spelling
    public void Float_NaN(string spelling) =>
        Assert.True(double.IsNaN((double)Decode($$"""{"$type": "Float", "_value": "{{spelling}}"}""")!));

    [Fact]
    public void Relationship_decodes_to_its_properties()
    {
        var value = Decode("""
            {
              "$type": "Relationship",
              "_value": {
                "_element_id": "5:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                "_start_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
                "_end_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                "_type": "LIKES",
                "_properties": { "since": { "$type": "String", "_value": "forever!" } }
              }
            }
            """);

        Assert.Equal(new Dictionary<string, object?> { ["since"] = "forever!" }, value);
    }

    [Fact]
    public void Path_decodes_to_the_list_of_its_elements()
    {
        var value = Decode("""
            {
              "$type": "Path",
              "_value": [
                { "$type": "Node", "_value": { "_element_id": "4:x:0", "_labels": ["Person"],
                  "_properties": { "name": { "$type": "String", "_value": "Alice" }, "age": { "$type": "Integer", "_value": "42" } } } },
                { "$type": "Relationship", "_value": { "_element_id": "5:x:2", "_start_node_element_id": "4:x:0",
                  "_end_node_element_id": "4:x:2", "_type": "LIKES", "_properties": {} } },
                { "$type": "Node", "_value": { "_element_id": "4:x:2", "_labels": ["Person"],
                  "_properties": { "name": { "$type": "String", "_value": "Phil" } } } }
              ]
            }
            """);

        var path = Assert.IsType<List<object?>>(value);
        Assert.Equal(3, path.Count);
        Assert.Equal(42L, ((Dictionary<string, object?>)path[0]!)["age"]);
        Assert.Empty((Dictionary<string, object?>)path[1]!);
        Assert.Equal("Phil", ((Dictionary<string, object?>)path[2]!)["name"]);
    }

    [Fact]
    public void Temporal_types()
    {
        Assert.Equal(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero),
            Decode("""{"$type": "ZonedDateTime", "_value": "2015-11-21T21:40:32.142Z[Antarctica/Troll]"}"""));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)),
            Decode("""{"$type": "OffsetDateTime", "_value": "2024-01-01T21:40:32-01:00"}"""));
        Assert.Equal(new DateTime(2015, 7, 4, 19, 32, 24), Decode("""{"$type": "LocalDateTime", "_value": "2015-07-04T19:32:24"}"""));
        Assert.Equal(new TimeOnly(12, 50, 35, 556), Decode("""{"$type": "LocalTime", "_value": "12:50:35.556"}"""));
        Assert.Equal("P14DT16H12M", Decode("""{"$type": "Duration", "_value": "P14DT16H12M"}"""));
        Assert.Equal("12:50:35.556+01:00", Decode("""{"$type": "Time", "_value": "12:50:35.556+01:00"}"""));
    }

    [Fact]
    public void Other_documented_types()
    {
        Assert.Equal(new byte[] { 0x03, 0x6f, 0xbf }, Decode("""{"$type": "Base64", "_value": "A2+/"}"""));
        Assert.Equal("SRID=7203;POINT (1.2 3.4)", Decode("""{"$type": "Point", "_value": "SRID=7203;POINT (1.2 3.4)"}"""));
        Assert.Equal(new List<object?> { 1L, -5L, 10L },
            Decode("""{"$type": "Vector", "_value": {"coordinatesType": "INT8", "coordinates": ["1", "-5", "10"]}}"""));
    }

    [Fact]
    public void Unknown_type_is_a_protocol_error()
    {
        var e = Assert.Throws<Neo4jException>(() => Decode("""{"$type": "Hologram", "_value": "?"}"""));
        Assert.Equal(QueryApiTransport.ProtocolErrorCode, e.Code);
    }

    [Fact]
    public void Encodes_the_documented_shapes()
    {
        Assert.Equal("""{"$type":"Float","_value":"NaN"}""", Encode(double.NaN));
        Assert.Equal("""{"$type":"Float","_value":"-Infinity"}""", Encode(double.NegativeInfinity));
        Assert.Equal("""{"$type":"OffsetDateTime","_value":"2015-11-21T21:40:32.142+00:00"}""",
            Encode(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero)));
        Assert.Equal("""{"$type":"Base64","_value":"A2+/"}""", Encode(new byte[] { 0x03, 0x6f, 0xbf }));
        Assert.Equal("""{"$type":"Map","_value":{"k":{"$type":"String","_value":"v"}}}""",
            Encode(new Dictionary<string, string> { ["k"] = "v" }));
        Assert.Equal("""{"$type":"Map","_value":{}}""", Encode(new Dictionary<string, object?>()));
        Assert.Equal("""{"$type":"List","_value":[]}""", Encode(Array.Empty<int>()));
    }

    [Fact]
    public void Unsupported_parameters_are_named_but_their_values_never_shown()
    {
        var e = Assert.Throws<ArgumentException>(() => Encode(new Dictionary<string, object?> { ["when"] = new DateTime(1999, 12, 31) }));
        Assert.Contains("p.when", e.Message);
        Assert.DoesNotContain("1999", e.Message);

        var overflow = Assert.Throws<ArgumentException>(() => Encode(ulong.MaxValue));
        Assert.DoesNotContain(ulong.MaxValue.ToString(), overflow.Message);
    }
}
