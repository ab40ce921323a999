using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Graph.Api.Tests;

/// <summary>
/// The query IDE and the coalition map under their Content-Security-Policy in Debian's headless Chromium: they work (a query
/// runs and answers, the map draws its blocs) and the browser reports no violation. Skipped where Chromium is not installed.
/// </summary>
public sealed class PagePolicyBrowserTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private const string Chromium = "/usr/bin/chromium", Driver = "/usr/bin/chromedriver";

    // Records every violation from the first script on, page load included.
    private const string Recorder = """
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
        """;

    [SkippableFact]
    public void The_query_IDE_opens_with_the_README_questions_runs_one_and_opens_the_Explorer_and_docs_with_no_violation() => InBrowser((browser, wait, js) =>
    {
        // A visitor who used an older IDE has its tabs saved under GraphiQL's own key: they must not hide the questions.
        browser.Navigate().GoToUrl(new Uri(fixture.Host.Http.BaseAddress!, "/").ToString());
        js.ExecuteScript("""
            localStorage.setItem('graphiql:tabState', JSON.stringify({ activeTabIndex: 0, tabs: [{ id: 'old', title: 'OldTab',
              query: 'query OldTab { __typename }', variables: null, headers: null, operationName: null, response: null }] }));
            """);
        browser.Navigate().GoToUrl(new Uri(fixture.Host.Http.BaseAddress!, "/graphiql").ToString());
        wait.Until(_ => browser.FindElements(By.CssSelector(".graphiql-execute-button")).Count > 0);
        Assert.Equal(["WhoBacksJapansDraft", "WhatAsoSaid", "AlternativesOnTheTable", "PathFromSouthKorea", "AlignmentJuly2006"],
            browser.FindElements(By.CssSelector(".graphiql-tab-button")).Select(tab => tab.Text));

        browser.FindElement(By.CssSelector(".graphiql-execute-button")).Click();
        wait.Until(_ => js.ExecuteScript("return document.querySelector('.graphiql-response')?.textContent ?? ''") is string text
            && text.Contains("\"positions\"") && text.Contains("Japan"));

        browser.FindElement(By.CssSelector("[aria-label='Show GraphiQL Explorer']")).Click();
        wait.Until(_ => browser.FindElements(By.CssSelector(".graphiql-explorer-root .graphiql-explorer-draft")).Count > 0);
        Assert.NotEmpty(browser.FindElements(By.CssSelector(".graphiql-explorer-root .graphiql-explorer-alignment")));

        browser.FindElement(By.CssSelector("[aria-label='Show Documentation Explorer']")).Click();
        wait.Until(_ => browser.FindElements(By.CssSelector(".graphiql-doc-explorer")).Count > 0);
    });

    [SkippableFact]
    public void The_map_draws_its_blocs_with_no_violation() => InBrowser((browser, wait, js) =>
    {
        browser.Navigate().GoToUrl(new Uri(fixture.Host.Http.BaseAddress!, "/map").ToString());
        wait.Until(_ => js.ExecuteScript("return document.body.dataset.loadedDraft") as string == "japan-sanctions-resolution");
        // The swatches are coloured, and cytoscape's container positioned, without inline styles.
        Assert.All(browser.FindElements(By.CssSelector("#blocs .swatch")), s => Assert.NotEqual("rgba(0, 0, 0, 0)", s.GetCssValue("background-color")));
        Assert.Equal("relative", browser.FindElement(By.Id("map")).GetCssValue("position"));
    });

    private static void InBrowser(Action<ChromeDriver, WebDriverWait, IJavaScriptExecutor> use)
    {
        Skip.IfNot(File.Exists(Chromium) && File.Exists(Driver),
            $"No browser to test with: install Debian's chromium and chromium-driver ({Chromium}, {Driver}); .ci/run does.");
        var profile = Directory.CreateTempSubdirectory("graph-policy-chromium-");
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=1400,900", $"--user-data-dir={profile.FullName}");
        using var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        using var browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        try
        {
            browser.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object> { ["source"] = Recorder });
            var js = (IJavaScriptExecutor)browser;
            use(browser, new WebDriverWait(browser, TimeSpan.FromSeconds(20)), js);
            var violations = ((IEnumerable<object>)js.ExecuteScript("return window.cspViolations")!).Select(v => v.ToString()).ToList();
            Assert.Empty(violations);
        }
        finally
        {
            browser.Quit();
            try { profile.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
