using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Api.Tests;

/// <summary>The query IDE over HTTP: the Explorer plugin is served from this server, and its tabs are README's questions.</summary>
public sealed partial class QueryIdeTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private HttpClient Http => fixture.Host.Http;

    [Theory]
    [InlineData("/lib/graphiql-plugin-explorer.umd.js")]
    [InlineData("/lib/graphiql-plugin-explorer.css")]
    public async Task The_page_loads_the_Explorer_from_this_server(string asset)
    {
        Assert.Contains($"\"{asset}\"", await Http.GetStringAsync("/graphiql.html"));
        using var response = await Http.GetAsync(asset);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_script_enables_the_Explorer_and_holds_the_README_questions_word_for_word()
    {
        var script = await Http.GetStringAsync("/graphiql.js");
        Assert.Contains("GraphiQLPluginExplorer.explorerPlugin()", script);
        // Who backs the draft, what Aso said, the alternatives, the path, the alignment: README's first questions (not the
        // statements by date, which needs variables, nor the draft filters).
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        var queries = CurlBody().Matches(readme).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement.GetProperty("query").GetString()!).ToList();
        var asTabs = queries.Where(script.Contains).ToList();
        Assert.True(asTabs.Count == 5, $"graphiql.js holds {asTabs.Count} of README's queries word for word:\n{string.Join("\n", asTabs)}");
        Assert.Contains(asTabs, q => q.Contains("alignment(from:"));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no Graph.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"curl -s http://localhost:5080/graphql [^\n]*-d '(\{.*?\})'", RegexOptions.Singleline)]
    private static partial Regex CurlBody();
}
