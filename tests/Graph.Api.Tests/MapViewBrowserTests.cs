using System.Text;
using System.Xml.Linq;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Graph.Api.Tests;

/// <summary>
/// The coalition map as a researcher would show it, in headless Chromium: no two nodes' boxes (labels included) overlap in
/// any draft's view on any day the slider offers, on the seed and on a draft with sixty positions; the view lives in the
/// address; the search finds actors by their aliases; the panel follows the slider and lists officials; the legend has an
/// entry for every colour drawn; and the browser reports no Content-Security-Policy violation.
/// </summary>
public sealed class MapViewBrowserTests(SeedHostFixture fixture, ITestOutputHelper output) : IClassFixture<SeedHostFixture>
{
    private const string Japan = "japan-sanctions-resolution";

    // Pairs of nodes whose boxes, labels included, overlap.
    private const string Overlaps = """
        const boxes = window.coalitionMap.cy.nodes().map((n) => [n.id(), n.boundingBox({ includeLabels: true })]);
        const pairs = [];
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          const [a, p] = boxes[i], [b, q] = boxes[j];
          if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) pairs.push(`${a}/${b}`);
        }
        return pairs.join(' ');
        """;

    private Uri Base => fixture.Host.Http.BaseAddress!;

    [SkippableFact]
    public void No_two_nodes_overlap_in_any_drafts_view_on_any_day_the_slider_offers()
    {
        using var map = new HeadlessBrowser(Base);
        map.Open();
        var drafts = map.Browser.FindElements(By.CssSelector("#draft option")).Select(o => o.GetAttribute("value")!).ToList();
        Assert.True(drafts.Count >= 4);
        var overlapping = ViewsWithOverlaps(map, drafts);
        Assert.Empty(overlapping);
        SelectDraft(map, Japan);
        map.Screenshot("map-layout");
        Assert.Empty(map.Violations());
    }

    [SkippableFact]
    public async Task No_two_nodes_overlap_on_a_draft_with_sixty_positions()
    {
        await using var host = ApiHost.Start();
        await CrowdedDraftAsync(host);
        using var map = new HeadlessBrowser(host.Http.BaseAddress!);
        map.Open("?draft=crowded-draft&asOf=2006-08-03"); // every position holds that day
        Assert.Equal("60", map.Text("return String(window.coalitionMap.cy.edges().filter((e) => e.target().id() === 'crowded-draft' && e.source().data('kind') !== 'DRAFT').length)"));
        Assert.Empty(ViewsWithOverlaps(map, ["crowded-draft"]));
        map.Screenshot("map-sixty-positions");
    }

    [SkippableFact]
    public async Task A_draft_with_two_hundred_actors_is_laid_out_within_two_seconds_with_no_overlaps()
    {
        await using var host = ApiHost.Start();
        await ManyActorsDraftAsync(host, 200);
        using var map = new HeadlessBrowser(host.Http.BaseAddress!);
        map.Open("?draft=big-draft&asOf=2006-08-02");
        Assert.Equal("200", map.Text("return String(window.coalitionMap.cy.edges().filter((e) => e.target().id() === 'big-draft').length)"));
        var layoutMs = Convert.ToDouble(map.Run("return window.coalitionMap.state.layoutMs"));
        output.WriteLine($"200 actors laid out in {layoutMs:0.0} ms");
        Assert.InRange(layoutMs, 0, 2000);
        Assert.Equal("", map.Text(Overlaps));
        map.Screenshot("map-two-hundred-actors");
        Assert.Empty(map.Violations());
    }

    [SkippableFact]
    public void The_timeline_strip_lists_the_sliders_days_with_their_bloc_moves_and_goes_to_a_day_clicked()
    {
        using var map = new HeadlessBrowser(Base);
        map.Open($"?draft={Japan}");
        map.Wait.Until(_ => map.Text("return document.body.dataset.timelineDraft") == Japan);
        Assert.Equal(map.Text("return window.coalitionMap.state.days.join(' ')"),
            map.Text("return [...document.querySelectorAll('#timeline li')].map((li) => li.dataset.day).join(' ')"));
        var day = map.Browser.FindElement(By.CssSelector("#timeline li[data-day='2006-07-12']"));
        Assert.Contains("joined", day.Text);
        Assert.Contains("Greece: no bloc →", day.GetAttribute("title")); // every move of the day, not only the first few

        map.Run("document.body.dataset.loadedAsOf = ''");
        map.Browser.FindElement(By.CssSelector("#timeline button[data-day='2006-07-08']")).Click();
        map.Wait.Until(_ => map.Text("return document.body.dataset.loadedAsOf") == "2006-07-08");
        Assert.Contains("asOf=2006-07-08", map.Browser.Url);
        Assert.Equal("2006-07-08", map.Browser.FindElement(By.Id("as-of-label")).Text);
        Assert.Equal("2006-07-08", map.Text("return document.querySelector('#timeline li.current').dataset.day"));
        map.Screenshot("map-timeline");

        map.Browser.Navigate().Back();
        map.Wait.Until(_ => map.Text("return document.body.dataset.loadedAsOf") != "2006-07-08" && map.Text("return document.body.dataset.loadedAsOf") != "");
        Assert.Empty(map.Violations());
    }

    [SkippableFact]
    public void An_actors_officials_are_drawn_on_demand_as_small_nodes_tied_to_it_with_no_overlaps()
    {
        using var map = new HeadlessBrowser(Base);
        map.Open($"?draft={Japan}&actor=japan");
        map.Wait.Until(_ => map.Text("return document.body.dataset.shownActor") == "japan");
        var officials = map.Browser.FindElements(By.CssSelector("#officials .official button")).Select(b => b.GetAttribute("data-actor")!).ToList();
        Assert.NotEmpty(officials);
        Assert.Equal("0", map.Text("return String(window.coalitionMap.cy.nodes('.official').length)"));

        map.Run("document.body.dataset.loadedDraft = ''");
        map.Browser.FindElement(By.Id("toggle-officials")).Click();
        map.Wait.Until(_ => map.Text("return document.body.dataset.loadedDraft") == Japan && map.Browser.FindElement(By.Id("toggle-officials")).Text.StartsWith("Hide"));
        var tied = map.Text("""
            const japan = window.coalitionMap.cy.getElementById('japan');
            return japan.incomers('edge[relation = "REPRESENTS"]').sources().map((n) => n.id()).sort().join(' ');
            """);
        Assert.Equal(string.Join(' ', officials.Order(StringComparer.Ordinal)), tied);
        Assert.Equal("", map.Text(Overlaps));
        Assert.Contains("Officials, shown on demand", map.Browser.FindElement(By.Id("legend")).Text);
        map.Screenshot("map-officials");

        SlideTo(map, "2006-07-08"); // they stay on the map on another day, laid out again
        map.Wait.Until(_ => map.Text("return document.body.dataset.loadedAsOf") == "2006-07-08");
        Assert.Equal("", map.Text(Overlaps));

        map.Run("document.body.dataset.loadedDraft = ''");
        map.Browser.FindElement(By.Id("toggle-officials")).Click();
        map.Wait.Until(_ => map.Text("return document.body.dataset.loadedDraft") == Japan && map.Browser.FindElement(By.Id("toggle-officials")).Text.StartsWith("Show"));
        Assert.Equal("0", map.Text("return String(window.coalitionMap.cy.edges('[relation = \"REPRESENTS\"]').length)"));
        Assert.Empty(map.Violations());
    }

    [SkippableFact]
    public async Task The_map_and_the_exports_colour_every_bloc_alike()
    {
        using var map = new HeadlessBrowser(Base);
        map.Open($"?draft={Japan}&asOf=2006-07-12");
        var drawn = map.Text("""
            return window.coalitionMap.cy.nodes().map((n) => `${n.id()}=${n.data('colour')}`).sort().join(' ');
            """)!;
        Assert.NotEmpty(drawn);
        var query = $"scope=DRAFT&id={Japan}&asOf=2006-07-12";
        var graphMl = System.Xml.Linq.XDocument.Parse(await fixture.Host.Http.GetStringAsync($"/export/graphml?{query}"));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var exported = graphMl.Descendants(g + "node").Select(n => $"{n.Attribute("id")!.Value}={n.Elements(g + "data").Single(d => (string?)d.Attribute("key") == "colour").Value}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(drawn, string.Join(' ', exported));
        var gexf = await fixture.Host.Http.GetStringAsync($"/export/gexf?{query}");
        Assert.Contains("viz:color", gexf);
        Assert.Empty(map.Violations());
    }

    [SkippableFact]
    public void The_address_holds_the_view_and_Back_walks_the_views()
    {
        using var map = new HeadlessBrowser(Base);
        map.Open($"?draft={Japan}&asOf=2006-07-08&actor=japan");
        map.Wait.Until(_ => map.Text("return document.body.dataset.shownActor") == "japan");
        Assert.Equal(Japan, map.Text("return document.getElementById('draft').value"));
        Assert.Equal("2006-07-08", map.Text("return document.body.dataset.loadedAsOf"));
        Assert.Equal("2006-07-08", map.Browser.FindElement(By.Id("as-of-label")).Text);
        Assert.Equal("Japan", map.Browser.FindElement(By.Id("actor-name")).Text);
        Assert.Equal("japan", map.Text("return window.coalitionMap.cy.$(':selected').id()"));

        SelectDraft(map, "china-council-statement");
        Assert.Contains("draft=china-council-statement", map.Browser.Url);
        Assert.Equal("", map.Text("return document.body.dataset.shownActor ?? ''"));

        map.Browser.Navigate().Back();
        map.Wait.Until(_ => map.Text("return document.body.dataset.loadedDraft") == Japan && map.Text("return document.body.dataset.shownActor") == "japan");
        Assert.Equal("2006-07-08", map.Text("return document.body.dataset.loadedAsOf"));
        Assert.Equal(Japan, map.Text("return document.getElementById('draft').value"));
        Assert.Empty(map.Violations());
    }

    [SkippableFact]
    public void The_search_finds_actors_by_their_aliases_and_drafts_by_their_titles()
    {
        using var map = new HeadlessBrowser(Base);
        map.Open();
        Choose(map, "Hu Xintao", "Hu Jintao");
        map.Wait.Until(_ => map.Text("return document.body.dataset.shownActor") == "hu-jintao");
        Assert.Equal("Hu Jintao", map.Browser.FindElement(By.Id("actor-name")).Text);

        Choose(map, "Tokyo", "Japan");
        map.Wait.Until(_ => map.Text("return document.body.dataset.shownActor") == "japan");
        Assert.Equal("japan", map.Text("return window.coalitionMap.cy.$(':selected').id()"));

        Choose(map, "two-step", "France's two-step approach");
        map.Wait.Until(_ => map.Text("return document.body.dataset.loadedDraft") == "france-two-step-approach");
        map.Screenshot("map-search");
        Assert.Empty(map.Violations());
    }

    [SkippableFact]
    public void The_panel_follows_the_slider_and_lists_the_officials_and_a_drafts_history()
    {
        using var map = new HeadlessBrowser(Base);
        map.Open($"?draft={Japan}&actor=japan");
        map.Wait.Until(_ => map.Text("return document.body.dataset.shownActor") == "japan");
        var said = StatementsShown(map);
        Assert.Contains(said, s => s.Contains("continue to press the Security Council"));
        Assert.Contains(map.Browser.FindElements(By.CssSelector("#officials .official")), o => o.Text.Contains("Taro Aso") && o.Text.Contains("will not give in"));

        SlideTo(map, "2006-07-08");
        map.Wait.Until(_ => map.Text("return document.body.dataset.shownAsOf") == "2006-07-08");
        said = StatementsShown(map);
        Assert.Contains(said, s => s.Contains("as soon as possible"));
        Assert.DoesNotContain(said, s => s.Contains("continue to press the Security Council")); // said on 11 July
        map.Screenshot("map-panel");

        map.Run($"window.coalitionMap.cy.getElementById('{Japan}').emit('tap')");
        map.Wait.Until(_ => map.Text("return document.body.dataset.shownDraft") == Japan);
        var details = map.Browser.FindElement(By.Id("details")).Text;
        Assert.Contains("circulated", details);
        Assert.Contains("China's proposed non-binding Security Council statement", details);
        Assert.Contains("France's two-step approach", details);
        Assert.Empty(map.Violations());
    }

    [SkippableFact]
    public void The_legend_names_every_colour_and_line_drawn()
    {
        using var map = new HeadlessBrowser(Base);
        map.Open($"?draft={Japan}");
        var missing = map.Text("""
            const flat = (c) => c.replace(/\s/g, '');
            const swatches = new Set([...document.querySelectorAll('#legend .swatch')].map((s) => flat(getComputedStyle(s).backgroundColor)));
            const lines = new Set([...document.querySelectorAll('#legend .line')].map((s) => flat(getComputedStyle(s).borderTopColor)));
            const cy = window.coalitionMap.cy;
            return [...cy.nodes().map((n) => flat(n.style('background-color'))).filter((c) => !swatches.has(c)),
              ...cy.edges().map((e) => flat(e.style('line-color'))).filter((c) => !lines.has(c))].join(' ');
            """);
        Assert.Equal("", missing);
        var legend = map.Browser.FindElement(By.Id("legend")).Text;
        Assert.Contains("Backers of Japan's draft resolution: ", legend);
        Assert.Contains("Uncommitted", legend);
        Assert.Contains("Republic of the Congo", legend);
        Assert.All(new[] { "sponsors", "backs", "opposes", "proposes", "alternative to" }, line => Assert.Contains(line, legend));
        Assert.Empty(map.Violations());
    }

    [SkippableFact]
    public void The_picture_saves_as_PNG_and_SVG_with_its_caption()
    {
        using var map = new HeadlessBrowser(Base);
        map.Open($"?draft={Japan}&asOf=2006-07-08");
        var sources = map.Text("""
            const stances = ['SPONSORS', 'BACKS', 'OPPOSES', 'PROPOSES'];
            const edges = window.coalitionMap.state.view.edges.filter((e) => stances.includes(e.relation));
            return String(new Set(edges.flatMap((e) => e.sourceIds)).size);
            """);
        Assert.NotEqual("0", sources);
        var caption = $"Japan's draft resolution";
        var png = Convert.FromBase64String(SavedFile(map, "save-png", out var pngName));
        Assert.Equal($"coalition-map-{Japan}-2006-07-08.png", pngName);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var path = HeadlessBrowser.ScreenshotPath("map-saved-picture");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, png);
        output.WriteLine($"saved PNG: {png.Length} bytes at {path}, {sources} sources");

        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(SavedFile(map, "save-svg", out var svgName)));
        Assert.Equal($"coalition-map-{Japan}-2006-07-08.svg", svgName);
        Assert.StartsWith("<svg", svg.TrimStart());
        var text = System.Xml.Linq.XDocument.Parse(svg).Descendants("{http://www.w3.org/2000/svg}text").Select(t => t.Value).ToList();
        Assert.Contains(text, t => t.Contains(caption) && t.Contains("as of 2006-07-08") && t.Contains($"{sources} source"));
        File.WriteAllText(Path.ChangeExtension(path, ".svg"), svg);
        Assert.Empty(map.Violations());
    }

    // Clicks a save button with downloads caught in the page, and answers the file it would have saved, in base64.
    private static string SavedFile(HeadlessBrowser map, string button, out string name)
    {
        map.Run("""
            window.saved = null;
            const create = URL.createObjectURL.bind(URL);
            URL.createObjectURL = (blob) => { window.savedBlob = blob; return create(blob); };
            HTMLAnchorElement.prototype.click = function () {
              const reader = new FileReader();
              reader.onload = () => { window.saved = { name: this.download, data: reader.result.split(',')[1] }; };
              reader.readAsDataURL(window.savedBlob);
            };
            document.getElementById(arguments[0]).click();
            """, button);
        map.Wait.Until(_ => map.Run("return window.saved !== null") is true);
        name = map.Text("return window.saved.name")!;
        return map.Text("return window.saved.data")!;
    }

    // Every view of the drafts on every day their sliders offer, each with the pairs that overlap there.
    private List<string> ViewsWithOverlaps(HeadlessBrowser map, IEnumerable<string> drafts)
    {
        var found = new List<string>();
        foreach (var draft in drafts)
        {
            SelectDraft(map, draft);
            var days = Convert.ToInt32(map.Run("return Number(document.getElementById('as-of').max) + 1"));
            for (var i = 0; i < days; i++)
            {
                var day = map.Text($"return window.coalitionMap.state.days[{i}] ?? ''");
                map.Run($"document.body.dataset.loadedDraft = ''; const s = document.getElementById('as-of'); s.value = '{i}'; s.dispatchEvent(new Event('input'));");
                map.Wait.Until(_ => map.Text("return document.body.dataset.loadedDraft") == draft);
                var pairs = map.Text(Overlaps);
                var nodes = map.Text("return String(window.coalitionMap.cy.nodes().length)");
                output.WriteLine($"{draft} {day}: {nodes} nodes, laid out in {map.Text("return (window.coalitionMap.state.layoutMs ?? NaN).toFixed(1)")} ms, overlaps: {pairs}");
                if (!string.IsNullOrEmpty(pairs)) found.Add($"{draft} {day}: {pairs}");
            }
        }
        return found;
    }

    private static void SelectDraft(HeadlessBrowser map, string draft)
    {
        map.Run($"document.body.dataset.loadedDraft = ''; const s = document.getElementById('draft'); s.value = '{draft}'; s.dispatchEvent(new Event('change'));");
        map.Wait.Until(_ => map.Text("return document.body.dataset.loadedDraft") == draft);
    }

    private static void SlideTo(HeadlessBrowser map, string day)
    {
        var slider = map.Browser.FindElement(By.Id("as-of"));
        slider.Click();
        slider.SendKeys(Keys.End);
        for (var i = 0; i < 10 && map.Browser.FindElement(By.Id("as-of-label")).Text != day; i++) slider.SendKeys(Keys.ArrowLeft);
        Assert.Equal(day, map.Browser.FindElement(By.Id("as-of-label")).Text);
    }

    // Types into the search box and, once the answer to the whole text is shown, chooses the result starting with `expected`.
    private static void Choose(HeadlessBrowser map, string text, string expected)
    {
        var box = map.Browser.FindElement(By.Id("search"));
        box.Clear();
        box.SendKeys(text);
        map.Wait.Until(_ => map.Run("""
            const found = document.getElementById('found');
            const button = [...found.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(arguments[1]));
            if (found.hidden || found.dataset.query !== arguments[0] || !button) return false;
            button.click();
            return true;
            """, text, expected) is true);
    }

    private static List<string> StatementsShown(HeadlessBrowser map) =>
        map.Browser.FindElements(By.CssSelector("#statements li")).Select(li => li.Text).ToList();

    // A draft with `count` actors on it, backers and opposers, some with long names, all holding from the first of August.
    private static async Task ManyActorsDraftAsync(ApiHost host, int count)
    {
        await host.QueryAsync("""mutation { createDraft(input: { id: "big-draft", kind: RESOLUTION, title: "A draft everyone has a view on", forumId: "un-security-council" }) { id } }""");
        for (var batch = 0; batch < count; batch += 25)
        {
            var actors = new StringBuilder("mutation {\n");
            var positions = new StringBuilder("mutation {\n");
            for (var i = batch; i < Math.Min(count, batch + 25); i++)
            {
                var name = i % 9 == 0 ? $"The Federated Republic of Somewhere {i}" : $"State {i}";
                actors.Append($$"""  a{{i}}: createActor(input: { id: "big-{{i}}", kind: STATE, name: "{{name}}" }) { id }""").Append('\n');
                var stance = i % 3 == 0 ? "OPPOSES" : "BACKS";
                positions.Append($$"""  p{{i}}: recordPosition(input: { actorId: "big-{{i}}", draftId: "big-draft", stance: {{stance}}, since: "2006-08-01", evidence: [{ sourceId: "cbs-2006-07-08", excerpt: "test" }] }) { id }""").Append('\n');
            }
            await host.QueryAsync(actors.Append('}').ToString());
            await host.QueryAsync(positions.Append('}').ToString());
        }
    }

    // A draft in the Security Council with sixty positions, long names among them, taken on three days, some ended,
    // and an alternative with its proposers.
    private static async Task CrowdedDraftAsync(ApiHost host)
    {
        string[] names = ["Republic of the Congo", "United Republic of Tanzania", "Federated States of Micronesia", "Saint Vincent and the Grenadines"];
        var evidence = """evidence: [{ sourceId: "cbs-2006-07-08", excerpt: "test" }]""";
        await host.QueryAsync("""
            mutation {
              d: createDraft(input: { id: "crowded-draft", kind: RESOLUTION, title: "A crowded draft resolution on everything at once", forumId: "un-security-council" }) { id }
              a: createDraft(input: { id: "crowded-alternative", kind: PROPOSAL, title: "A long-winded alternative to the crowded draft" }) { id }
            }
            """);
        await host.QueryAsync($$"""mutation { relateDrafts(input: { fromId: "crowded-alternative", kind: ALTERNATIVE_TO, toId: "crowded-draft", evidence: { sourceId: "cbs-2006-07-08", excerpt: "test" } }) { id } }""");
        for (var batch = 0; batch < 65; batch += 13)
        {
            var mutation = new StringBuilder("mutation {\n");
            for (var i = batch; i < batch + 13; i++)
            {
                var name = i % 5 == 0 ? $"{names[i / 5 % names.Length]} {i}" : $"State {i}";
                mutation.Append($$"""  c{{i}}: createActor(input: { id: "crowd-{{i}}", kind: STATE, name: "{{name}}" }) { id }""").Append('\n');
            }
            mutation.Append('}');
            await host.QueryAsync(mutation.ToString());
            mutation = new StringBuilder("mutation {\n");
            for (var i = batch; i < batch + 13; i++)
            {
                var (draft, stance) = i >= 60 ? ("crowded-alternative", "PROPOSES") : ("crowded-draft", i < 2 ? "SPONSORS" : i < 36 ? "BACKS" : "OPPOSES");
                var until = i % 7 == 0 ? """, until: "2006-08-05" """ : "";
                mutation.Append($$"""  p{{i}}: recordPosition(input: { actorId: "crowd-{{i}}", draftId: "{{draft}}", stance: {{stance}}, since: "2006-08-0{{1 + i % 3}}"{{until}}, {{evidence}} }) { id }""").Append('\n');
            }
            mutation.Append('}');
            await host.QueryAsync(mutation.ToString());
        }
    }
}
