using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Graph.Api.Tests;

/// <summary>
/// Debian's headless Chromium driven by Selenium, for every browser test (the map, the query IDE): skips where it is not
/// installed, records Content-Security-Policy violations from the first script on, and saves screenshots under artifacts/screenshots.
/// </summary>
public sealed class HeadlessBrowser : IDisposable
{
    private const string Chromium = "/usr/bin/chromium", Driver = "/usr/bin/chromedriver";

    private const string Recorder = """
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
        """;

    private readonly DirectoryInfo profile;
    private readonly ChromeDriverService service;
    private readonly Uri baseAddress;

    public ChromeDriver Browser { get; }
    public IJavaScriptExecutor Js => Browser;
    public WebDriverWait Wait { get; }

    public HeadlessBrowser(Uri baseAddress)
    {
        Skip.IfNot(File.Exists(Chromium) && File.Exists(Driver),
            $"No browser to test with: install Debian's chromium and chromium-driver ({Chromium}, {Driver}); .ci/run does.");
        this.baseAddress = baseAddress;
        profile = Directory.CreateTempSubdirectory("graph-map-chromium-");
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=1400,900", $"--user-data-dir={profile.FullName}");
        service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        Browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Browser.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["source"] = Recorder });
        Wait = new WebDriverWait(Browser, TimeSpan.FromSeconds(20));
        // A condition may read an element the map has just drawn again (a button relabelled): look again, not fail.
        Wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
    }

    /// <summary>Opens the map at a query string and waits until it has drawn.</summary>
    public void Open(string query = "")
    {
        Browser.Navigate().GoToUrl(new Uri(baseAddress, "/map" + query).ToString());
        Wait.Until(_ => Js.ExecuteScript("return document.body.dataset.loadedDraft") is string { Length: > 0 });
    }

    public object? Run(string script, params object[] args) => Js.ExecuteScript(script, args);

    public string? Text(string script, params object[] args) => Run(script, args)?.ToString();

    public IReadOnlyList<string> Violations() =>
        ((IEnumerable<object>)Run("return window.cspViolations")!).Select(v => v.ToString()!).ToList();

    public static string ScreenshotPath(string name) => Path.Combine(RepoRoot(), "artifacts", "screenshots", name + ".png");

    public void Screenshot(string name)
    {
        var path = ScreenshotPath(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Browser.GetScreenshot().SaveAsFile(path);
        Assert.True(new FileInfo(path).Length > 10_000);
    }

    public void Dispose()
    {
        Browser.Quit();
        Browser.Dispose();
        service.Dispose();
        try { profile.Delete(recursive: true); } catch (IOException) { }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new InvalidOperationException("Graph.sln not found above the test binaries.");
    }
}
