using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Graph.Api.Tests;

/// <summary>Security headers over HTTP on every kind of response, and pages that need no inline script or style to work.</summary>
public sealed partial class SecurityHeadersTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    private const string Nothing = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static TheoryData<string, string> Paths => new()
    {
        { "/", Nothing },
        { "/index.html", Nothing },
        { "/graphiql.html", Nothing + "; script-src 'self'; style-src 'self'; font-src data:; img-src 'self' data:; connect-src 'self'" },
        { "/map.html", Nothing + "; script-src 'self'; style-src 'self'; connect-src 'self'" },
        { "/map.js", Nothing },
        { "/graphiql.css", Nothing },
        { "/graphql?query=%7B__typename%7D", Nothing },
        { "/graphql/schema.graphql", Nothing },
        { "/export/graphml?scope=DRAFT&id=japan-sanctions-resolution", Nothing },
        { "/health", Nothing },
        { "/ready", Nothing },
        { "/graphiql", Nothing }, // the redirect
        { "/no-such-page", Nothing },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_response_carries_the_headers_and_its_policy(string path, string policy)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Api.Http.BaseAddress };
        using var response = await client.GetAsync(path);
        AssertHeaders(response, policy);
    }

    [Fact]
    public async Task A_mutation_refused_and_a_post_answered_carry_them_too()
    {
        using var answered = await Api.Http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        AssertHeaders(answered, Nothing);
        using var anonymous = Api.AnonymousClient();
        using var refused = await anonymous.PostAsJsonAsync("/graphql", new { query = "mutation { endMembership(id: \"x\", until: \"2006-07-08\") { id } }" });
        AssertHeaders(refused, Nothing);
    }

    private static void AssertHeaders(HttpResponseMessage response, string policy)
    {
        Assert.Equal(policy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    /// <summary>The policies allow no inline script or style, so the pages must hold none: every script and style is a file.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/graphiql.html")]
    [InlineData("/map.html")]
    public async Task The_pages_hold_no_inline_script_or_style(string path)
    {
        var html = HtmlComment().Replace(await Api.Http.GetStringAsync(path), "");
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(InlineHandlerOrStyle(), html);
        foreach (Match m in Loaded().Matches(html))
        {
            using var response = await Api.Http.GetAsync(m.Groups[1].Value);
            Assert.True(response.IsSuccessStatusCode, $"{path} loads {m.Groups[1].Value}: HTTP {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\s(?:style|on[a-z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandlerOrStyle();

    [GeneratedRegex(@"(?:src|href)=""(/[^""]+\.(?:js|css))""")]
    private static partial Regex Loaded();
}
