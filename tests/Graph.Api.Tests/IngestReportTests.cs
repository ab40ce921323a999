using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Ingest;

namespace Graph.Api.Tests;

/// <summary>ingestReport over HTTP: a report read into the graph with its spans, once; bad text refused with the CLI's words.</summary>
public sealed class IngestReportTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    private const string Ingest = """
        mutation($input: ReportInput!) { ingestReport(input: $input) {
          alreadyIngested mentions notes
          source { id title date outlet { id } extractions { subjectId } }
          actors { created confirmed } people { created confirmed } statements { created confirmed }
          drafts { created confirmed } positions { created confirmed } } }
        """;

    private static string OwnReport(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "data", "ingest", "reports", name);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileNotFoundException(name);
    }

    private async Task<int> SourceCountAsync() =>
        (await Api.QueryAsync("{ sources(first: 0) { totalCount } }")).GetProperty("sources").GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task A_report_becomes_a_source_whose_statements_point_back_at_their_spans_and_a_second_call_adds_nothing()
    {
        var text = OwnReport("own-iran-1737-reaction.txt");
        var first = (await Api.QueryAsync(Ingest, new { input = new { text } })).GetProperty("ingestReport");
        Assert.False(first.GetProperty("alreadyIngested").GetBoolean());
        var source = first.GetProperty("source");
        Assert.Equal(Ingestor.SourceIdOf(text), source.Str("id"));
        Assert.NotEmpty(source.GetProperty("extractions").Items());
        Assert.True(first.GetProperty("statements").GetProperty("created").GetInt32() > 0);
        Assert.True(first.GetProperty("positions").GetProperty("created").GetInt32() + first.GetProperty("positions").GetProperty("confirmed").GetInt32() > 0);

        // A statement it created, and where it was read: the span's offsets pick its text out of the report as sent.
        var statements = (await Api.QueryAsync("""
            query($id: ID!) { source(id: $id) { extractions { created subject { ... on Statement { id text source { id }
              provenance { source { id } start length text created } } } } } }
            """, new { id = source.Str("id") })).GetProperty("source").GetProperty("extractions").Items()
            .Where(x => x.GetProperty("created").GetBoolean() && x.GetProperty("subject").ValueKind == JsonValueKind.Object
                && x.GetProperty("subject").TryGetProperty("provenance", out _))
            .Select(x => x.GetProperty("subject")).ToList();
        Assert.NotEmpty(statements);
        foreach (var statement in statements)
        {
            Assert.Equal(source.Str("id"), statement.GetProperty("source").Str("id"));
            var read = Assert.Single(statement.GetProperty("provenance").Items(), p => p.GetProperty("created").GetBoolean());
            Assert.Equal(source.Str("id"), read.GetProperty("source").Str("id"));
            var (start, length) = (read.GetProperty("start").GetInt32(), read.GetProperty("length").GetInt32());
            Assert.Equal(text.Substring(start, length), read.Str("text"));
        }

        var extractions = source.GetProperty("extractions").GetArrayLength();
        var sources = await SourceCountAsync();
        var again = (await Api.QueryAsync(Ingest, new { input = new { text } })).GetProperty("ingestReport");
        Assert.True(again.GetProperty("alreadyIngested").GetBoolean());
        Assert.Equal(source.Str("id"), again.GetProperty("source").Str("id"));
        foreach (var kind in new[] { "actors", "people", "statements", "drafts", "positions" })
            Assert.Equal((0, 0), (again.GetProperty(kind).GetProperty("created").GetInt32(), again.GetProperty(kind).GetProperty("confirmed").GetInt32()));
        Assert.Equal(extractions, again.GetProperty("source").GetProperty("extractions").GetArrayLength());
        Assert.Equal(sources, await SourceCountAsync());
    }

    [Fact]
    public async Task The_header_wins_over_the_arguments_which_fill_what_it_does_not_say()
    {
        var text = "Title: Header title\n---\nJapan on Saturday urged the council to vote on a resolution it sponsored.\n";
        var payload = (await Api.QueryAsync(Ingest, new { input = new { text, title = "Argument title", date = "2006-07-08", outlet = "CBS News" } }))
            .GetProperty("ingestReport");
        var source = payload.GetProperty("source");
        Assert.Equal(("Header title", "2006-07-08", "cbs-news"), (source.Str("title"), source.Str("date"), source.GetProperty("outlet").Str("id")));
    }

    [Fact]
    public async Task Two_identical_reports_sent_at_once_are_read_once_and_neither_fails()
    {
        var text = OwnReport("own-libya-1973-no-fly.txt");
        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Api.PostAsync(Ingest, new { input = new { text } })));
        Assert.All(both, r => Assert.False(r.TryGetProperty("errors", out _), r.ToString()));
        Assert.Equal([false, true], both.Select(r => r.GetProperty("data").GetProperty("ingestReport").GetProperty("alreadyIngested").GetBoolean()).Order());
    }

    [Theory]
    [InlineData("", "text: the report is empty.")]
    [InlineData(" \n\t ", "text: the report is empty.")]
    [InlineData("Japan said so.\u0007", "text: holds the control character U+0007 at offset 14 (line 1, column 15); a report must be plain text.")]
    [InlineData("Date: 8 July\n---\nJapan said so.", "text: the header's Date must be YYYY-MM-DD, got '8 July'.")]
    public async Task Bad_text_is_refused_with_the_reason_and_nothing_is_written(string text, string message)
    {
        var sources = await SourceCountAsync();
        var error = await Api.ErrorAsync(Ingest, new { input = new { text } });
        Assert.Equal(("BAD_USER_INPUT", message), (error.Code(), error.Message()));
        Assert.Equal(sources, await SourceCountAsync());
    }

    [Fact]
    public async Task A_bad_date_argument_is_refused_as_dates_are_elsewhere()
    {
        var error = await Api.ErrorAsync(Ingest, new { input = new { text = "Japan said so.", date = "8 July" } });
        Assert.Equal("INVALID_DATE", error.Code());
        Assert.Contains("8 July", error.Message());
    }

    [Fact]
    public async Task A_report_over_a_MiB_is_refused_and_one_over_the_body_limit_never_reaches_it()
    {
        // The request body limit (256 KiB by default) is below a report's (1 MiB): a long report is refused by HTTP first.
        var longText = new string('a', 300 * 1024);
        using (var response = await Api.Http.PostAsJsonAsync("/graphql", new { query = Ingest, variables = new { input = new { text = longText } } }))
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);

        // With the body limit raised, the report's own limit speaks, in the CLI's words.
        await using var roomy = ApiHost.Start(settings: new Dictionary<string, string?>
        {
            ["Graph:ApiKeys"] = ApiHost.WriteKey,
            ["Graph:Limits:MaxBodyBytes"] = (3 << 20).ToString(),
        });
        async Task<int> RoomySources() =>
            (await roomy.QueryAsync("{ sources(first: 0) { totalCount } }")).GetProperty("sources").GetProperty("totalCount").GetInt32();
        var sources = await RoomySources();
        var error = await roomy.ErrorAsync(Ingest, new { input = new { text = new string('a', ReportReader.MaxBytes + 1) } });
        Assert.Equal(("BAD_USER_INPUT", "text: the report is over the limit of 1,048,576 bytes."), (error.Code(), error.Message()));
        Assert.Equal(sources, await RoomySources());
    }

    [Fact]
    public async Task Without_a_key_it_is_refused_like_every_mutation_and_writes_nothing()
    {
        var text = OwnReport("own-zimbabwe-veto-2008.txt");
        using var anonymous = Api.AnonymousClient();
        using var response = await anonymous.PostAsJsonAsync("/graphql", new { query = Ingest, variables = new { input = new { text } } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("UNAUTHENTICATED", error.Code());
        var source = (await Api.QueryAsync("query($id: ID!) { source(id: $id) { id } }", new { id = Ingestor.SourceIdOf(text) })).GetProperty("source");
        Assert.Equal(JsonValueKind.Null, source.ValueKind);
    }
}
