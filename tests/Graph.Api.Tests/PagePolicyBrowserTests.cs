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

    private void InBrowser(Action<ChromeDriver, WebDriverWait, IJavaScriptExecutor> use)
    {
        using var session = new HeadlessBrowser(fixture.Host.Http.BaseAddress!);
        use(session.Browser, session.Wait, session.Js);
        Assert.Empty(session.Violations());
    }
}
