using System.Text.Json;
using Graph.Core;

namespace Graph.Api.Tests;

/// <summary>One seeded API with a few extractions recorded in its store (the extractor has no mutation; it writes to the store).</summary>
public sealed class ExtractionHostFixture : IAsyncLifetime
{
    public const string Report = "cbs-2006-07-08";

    public ApiHost Host { get; private set; } = null!;

    /// <summary>The seed's id for Japan's sponsorship of its draft.</summary>
    public string Sponsorship { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = ApiHost.Start();
        // A statement the extractor created, three mentions of Aso (one in another report), and the curated
        // sponsorship confirmed by the extractor (which must leave it curated).
        Sponsorship = (await Host.QueryAsync("""{ draft(id: "japan-sanctions-resolution") { positions(stance: SPONSORS) { id } } }"""))
            .GetProperty("draft").GetProperty("positions")[0].Str("id");
        await Host.Store.ApplyAsync([
            new CreateStatement(new Statement("aso-extracted", "taro-aso", null, null, StatementKind.Quote, "We will not give in.", Report, null, null, [])),
            new RecordExtraction(new Extraction("aso-extracted", Report, 200, 20, "We will not give in.", 0.75, "quote-after-said", Created: true)),
            new RecordExtraction(new Extraction("taro-aso", Report, 180, 8, "Taro Aso", 0.95, "known-name", Created: false)),
            new RecordExtraction(new Extraction("taro-aso", Report, 40, 3, "Aso", 0.5, "known-alias", Created: false)),
            new RecordExtraction(new Extraction("taro-aso", "voa-2006-07-11", 10, 8, "Taro Aso", 0.95, "known-name", Created: false)),
            new RecordExtraction(new Extraction(Sponsorship, Report, 0, 30, "a resolution it sponsored", 0.8, "stance-verb", Created: false)),
        ]);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Extractions recorded in the store, read over HTTP: mentions, provenance, origin and a report's extractions.</summary>
public sealed class ExtractionTests(ExtractionHostFixture fixture) : IClassFixture<ExtractionHostFixture>
{
    private const string Report = ExtractionHostFixture.Report;
    private const string CuratedStatement = "aso-2006-07-08-no-compromise";
    private ApiHost Api => fixture.Host;
    private string Sponsorship => fixture.Sponsorship;

    [Fact]
    public async Task Actor_mentions_are_its_extractions_by_source_then_offset()
    {
        var aso = (await Api.QueryAsync("""
            { actor(id: "taro-aso") {
                origin
                mentions { subjectId subject { id } source { id } start length end text confidence rule created }
                firstOne: mentions(first: 1) { start }
                provenance { start } } }
            """)).GetProperty("actor");
        Assert.Equal("CURATED", aso.Str("origin"));
        var mentions = aso.GetProperty("mentions").Items().ToList();
        Assert.Equal([(Report, 40), (Report, 180), ("voa-2006-07-11", 10)],
            mentions.Select(m => (m.GetProperty("source").Str("id"), m.GetProperty("start").GetInt32())));
        var named = mentions[1];
        Assert.Equal("taro-aso", named.Str("subjectId"));
        Assert.Equal("taro-aso", named.GetProperty("subject").Str("id"));
        Assert.Equal((8, 188, "Taro Aso", 0.95, "known-name", false),
            (named.GetProperty("length").GetInt32(), named.GetProperty("end").GetInt32(), named.Str("text"),
             named.GetProperty("confidence").GetDouble(), named.Str("rule"), named.GetProperty("created").GetBoolean()));
        Assert.Equal([40], aso.GetProperty("firstOne").Items().Select(m => m.GetProperty("start").GetInt32()));
        Assert.Equal(3, aso.GetProperty("provenance").GetArrayLength());
    }

    [Fact]
    public async Task Origin_is_extracted_only_where_an_extraction_created_the_subject()
    {
        var data = await Api.QueryAsync("""
            query($curated: ID!) {
              extracted: statement(id: "aso-extracted") { origin provenance { created text subject { ... on Statement { id } } } }
              curated: statement(id: $curated) { origin provenance { start } }
              draft(id: "japan-sanctions-resolution") {
                origin
                sponsors: positions(stance: SPONSORS) { origin provenance { subjectId subject { id } rule } }
                backers: positions(stance: BACKS) { origin provenance { start } } } }
            """, new { curated = CuratedStatement });
        var extracted = data.GetProperty("extracted");
        Assert.Equal("EXTRACTED", extracted.Str("origin"));
        var read = Assert.Single(extracted.GetProperty("provenance").Items());
        Assert.True(read.GetProperty("created").GetBoolean());
        Assert.Equal("aso-extracted", read.GetProperty("subject").Str("id"));

        Assert.Equal("CURATED", data.GetProperty("curated").Str("origin"));
        Assert.Empty(data.GetProperty("curated").GetProperty("provenance").Items());

        var draft = data.GetProperty("draft");
        Assert.Equal("CURATED", draft.Str("origin"));
        // The sponsorship was confirmed by the extractor, not created by it: it stays curated, and its
        // subject, a position, is not a node.
        var sponsorship = Assert.Single(draft.GetProperty("sponsors").Items());
        Assert.Equal("CURATED", sponsorship.Str("origin"));
        var confirmed = Assert.Single(sponsorship.GetProperty("provenance").Items());
        Assert.Equal(JsonValueKind.Null, confirmed.GetProperty("subject").ValueKind);
        Assert.Equal("stance-verb", confirmed.Str("rule"));
        Assert.All(draft.GetProperty("backers").Items(), b => Assert.Equal("CURATED", b.Str("origin")));
    }

    [Fact]
    public async Task A_source_lists_its_extractions_by_offset()
    {
        var extractions = (await Api.QueryAsync($$"""{ source(id: "{{Report}}") { extractions { subjectId start } } }"""))
            .GetProperty("source").GetProperty("extractions").Items();
        Assert.Equal([(Sponsorship, 0), ("taro-aso", 40), ("taro-aso", 180), ("aso-extracted", 200)],
            extractions.Select(x => (x.Str("subjectId"), x.GetProperty("start").GetInt32())));
    }

    [Fact]
    public async Task Provenance_costs_round_trips_per_level_not_per_item()
    {
        const string query = """
            query($stance: Stance) { draft(id: "japan-sanctions-resolution") { origin positions(stance: $stance) {
              origin provenance { source { title } subject { id } }
              actor { origin mentions { text source { extractions { start } } } } } } }
            """;
        async Task<(int Positions, int RoundTrips)> Ask(string? stance)
        {
            var result = await Api.PostAsync(query, new { stance });
            Assert.False(result.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
            return (result.GetProperty("data").GetProperty("draft").GetProperty("positions").GetArrayLength(),
                result.GetProperty("extensions").GetProperty("storeRoundTrips").GetInt32());
        }
        var one = await Ask("SPONSORS");
        var all = await Ask(null);
        Assert.Equal((1, 10), (one.Positions, all.Positions));
        // Each loading field costs at most one call per level (provenance and origin share one; 'subject' is the
        // labels plus one per label), and ten times the positions must not add calls.
        const int loadingFields = 9, nodeLabels = 5;
        Assert.InRange(one.RoundTrips, 1, loadingFields + nodeLabels);
        Assert.InRange(all.RoundTrips, 1, one.RoundTrips);
    }
}
