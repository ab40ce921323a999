using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Api.Tests;

/// <summary>README's examples, each body sent as written to the seeded API and held to what .ci/readme-examples checks:
/// no errors, and every root field answered.</summary>
public sealed partial class ReadmeExampleTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    [Fact]
    public async Task Every_README_example_answers_without_errors_on_the_seed()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        var bodies = Example().Matches(readme).Select(m => Body().Match(m.Groups[1].Value)).Where(b => b.Success).Select(b => b.Groups[1].Value).ToList();
        Assert.Contains(bodies, b => b.Contains("positions_SOME", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("positionsAggregate", StringComparison.Ordinal));
        foreach (var body in bodies)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await fixture.Host.Http.PostAsync("/graphql", content);
            var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.False(answer.TryGetProperty("errors", out var errors), $"{body}\n{errors}");
            Assert.All(answer.GetProperty("data").EnumerateObject(), field => Assert.NotEqual(JsonValueKind.Null, field.Value.ValueKind));
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no Graph.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"<!-- example -->\n```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex(@"-d '(\{.*?\})'", RegexOptions.Singleline)]
    private static partial Regex Body();
}
