using System.Net;
using System.Text;
using System.Text.Json;
using Graph.Api.Http;
using GraphQLParser;

namespace Graph.Api.Tests;

/// <summary>
/// Write access and the GET rule are decided on the operation the executor runs, however the request names it:
/// every way of naming an operation, over POST and GET, without a key, must either run a read or write nothing.
/// </summary>
public sealed class OperationSelectionTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private static string Create(string id) => $$"""createActor(input: { id: "{{id}}", kind: STATE, name: "Ghost" }) { id }""";

    /// <summary>Documents, each with a mutation that creates an actor with the id it is given.</summary>
    private static readonly Dictionary<string, Func<string, string>> Documents = new()
    {
        ["anonymous mutation"] = id => $"mutation {{ {Create(id)} }}",
        ["named mutation"] = id => $"mutation M {{ {Create(id)} }}",
        ["query then mutation"] = id => $"query Q {{ actors(first: 1) {{ totalCount }} }} mutation M {{ {Create(id)} }}",
        ["mutation then query"] = id => $"mutation M {{ {Create(id)} }} query Q {{ actors(first: 1) {{ totalCount }} }}",
        ["mutation among queries"] = id => $"query A {{ actors(first: 1) {{ totalCount }} }} query B {{ drafts(first: 1) {{ totalCount }} }} mutation C {{ {Create(id)} }}",
        ["anonymous query and a mutation"] = id => $"{{ actors(first: 1) {{ totalCount }} }} mutation M {{ {Create(id)} }}",
        ["two operations of one name"] = id => $"query M {{ actors(first: 1) {{ totalCount }} }} mutation M {{ {Create(id)} }}",
    };

    /// <summary>How a request may name its operation: JSON text for the body's operationName (null: the member is absent).</summary>
    private static readonly string?[] Names = [null, "null", "\"\"", "\" \"", "\"\\t\"", "\"M\"", "\"Q\"", "\"A\"", "\"C\"", "\"m\"", "\"Missing\"", "\"M \"", "123", "[\"M\"]"];

    public static TheoryData<string, string?> Cases()
    {
        var data = new TheoryData<string, string?>();
        foreach (var document in Documents.Keys)
            foreach (var name in Names) data.Add(document, name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Without_a_key_no_way_of_naming_an_operation_writes(string document, string? name)
    {
        var id = "ghost-" + Guid.NewGuid().ToString("N")[..12];
        var query = Documents[document](id);
        using var anonymous = fixture.Host.AnonymousClient();

        var body = "{\"query\":" + JsonSerializer.Serialize(query) + (name is null ? "" : ",\"operationName\":" + name) + "}";
        using (var post = await anonymous.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json")))
            await AssertNotWrittenAsync(post, query, name, "POST");

        // A query string carries text only: the string names, and no parameter for the others.
        var getName = name is not null && name.StartsWith('"') ? name : null;
        var url = "/graphql?query=" + Uri.EscapeDataString(query);
        if (getName is not null) url += "&operationName=" + Uri.EscapeDataString(JsonSerializer.Deserialize<string>(getName)!);
        using (var get = await anonymous.GetAsync(url))
            await AssertNotWrittenAsync(get, query, getName, "GET");

        var read = await fixture.Host.QueryAsync($$"""{ actor(id: "{{id}}") { id } }""");
        Assert.Equal(JsonValueKind.Null, read.GetProperty("actor").ValueKind);
    }

    /// <summary>The answer is a refusal when the selected operation is a mutation, and a read's data otherwise.</summary>
    private static async Task AssertNotWrittenAsync(HttpResponseMessage response, string query, string? name, string method)
    {
        var text = await response.Content.ReadAsStringAsync();
        var context = $"{method} operationName={name ?? "(absent)"}: HTTP {(int)response.StatusCode} {text}";
        var json = JsonDocument.Parse(text).RootElement;
        Assert.False(json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("createActor", out _), context);
        var selected = Expected(query, name);
        if (selected == "mutation")
            Assert.True(response.StatusCode == (method == "GET" ? HttpStatusCode.MethodNotAllowed : HttpStatusCode.Unauthorized), context);
        else if (selected == "query")
            Assert.True(response.StatusCode == HttpStatusCode.OK && data.ValueKind == JsonValueKind.Object, context);
        else
            Assert.True(json.TryGetProperty("errors", out _), context);
    }

    /// <summary>What the request selects, by the spec's rules read independently of the product: "mutation", "query" or "none".</summary>
    private static string Expected(string query, string? nameJson)
    {
        var document = Parser.Parse(query);
        var operations = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().ToList();
        string? name = nameJson is null || nameJson == "null" ? null
            : nameJson.StartsWith('"') ? JsonSerializer.Deserialize<string>(nameJson) : "<not a string>";
        if (name == "<not a string>") return "none"; // refused as a bad request
        var matches = string.IsNullOrEmpty(name) ? operations : operations.Where(o => o.Name?.StringValue == name).ToList();
        if (matches.Count != 1) return "none";
        return matches[0].Operation == GraphQLParser.AST.OperationType.Mutation ? "mutation" : "query";
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task With_a_key_an_empty_or_absent_name_runs_the_only_operation(string? name)
    {
        var id = "named-" + (name is null ? "absent" : "empty");
        var query = $"mutation {{ {Create(id)} }}";
        var body = "{\"query\":" + JsonSerializer.Serialize(query) + (name is null ? "" : ",\"operationName\":\"\"") + "}";
        using var response = await fixture.Host.Http.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await fixture.Host.QueryAsync($$"""{ actor(id: "{{id}}") { id } }""");
        Assert.Equal(id, read.GetProperty("actor").GetProperty("id").GetString());
    }

    [Fact]
    public void The_selection_is_the_executors_own()
    {
        var document = Parser.Parse("query Q { a } mutation M { b }");
        Assert.Equal("M", OperationSelection.Select(document, "M").Name!.StringValue);
        Assert.Throws<global::GraphQL.Execution.NoOperationNameError>(() => OperationSelection.Select(document, ""));
        Assert.Throws<global::GraphQL.Execution.NoOperationNameError>(() => OperationSelection.Select(document, null));
        Assert.Throws<global::GraphQL.Execution.InvalidOperationNameError>(() => OperationSelection.Select(document, " "));
        Assert.Throws<global::GraphQL.Execution.NoOperationError>(() => OperationSelection.Select(Parser.Parse("fragment F on Actor { id }"), null));
    }
}
