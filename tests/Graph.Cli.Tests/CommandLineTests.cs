using System.Reflection;

namespace Graph.Cli.Tests;

/// <summary>
/// The command line itself: help and version, unknown commands and options named, and files that are
/// not what a command reads refused in one line (exit 1) rather than a stack trace.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly string folder = Directory.CreateTempSubdirectory("graph-cli-tests-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [Theory]
    [InlineData("cypher-seed", "DATASET.json")]
    [InlineData("load", "DATASET.json", "--database", "--batch")]
    [InlineData("synth", "--statements", "--seed", "--output")]
    [InlineData("ingest", "PATH", "--database", "--outlet", "--title", "--date", "--url")]
    [InlineData("extract", "REPORT", "--outlet", "--title", "--date", "--known")]
    [InlineData("evaluate", "--gold", "--seeds", "--known", "--verbose")]
    public async Task Each_command_answers_help_with_its_options(string command, params string[] options)
    {
        var run = await GraphCli.RunAsync(Patience, command, "--help");
        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains($"graph {command}", run.Out);
        foreach (var option in options) Assert.Contains(option, run.Out);
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var run = await GraphCli.RunAsync(Patience, "--help");
        Assert.True(run.Exit == 0, run.Err);
        foreach (var command in new[] { "cypher-seed", "load", "synth", "ingest", "extract", "evaluate" })
            Assert.Contains($"  {command}", run.Out);
    }

    [Fact]
    public async Task Version_prints_the_assembly_version()
    {
        var run = await GraphCli.RunAsync(Patience, "--version");
        Assert.True(run.Exit == 0, run.Err);
        var version = AssemblyName.GetAssemblyName(GraphCli.Dll).Version!;
        Assert.StartsWith(version.ToString(3), run.Out.Trim());
    }

    [Fact]
    public async Task An_unknown_command_is_named()
    {
        var run = await GraphCli.RunAsync(Patience, "frobnicate");
        Assert.Equal(2, run.Exit);
        Assert.Contains("'frobnicate'", FirstLines(run.Err));
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("evaluate", "--frobnicate")]
    [InlineData("load", "x.json", "--database", "d.db", "--frobnicate")]
    public async Task An_unknown_option_is_named(params string[] args)
    {
        var run = await GraphCli.RunAsync(Patience, args);
        Assert.Equal(2, run.Exit);
        Assert.Contains("'--frobnicate'", FirstLines(run.Err));
    }

    [Theory]
    [InlineData("missing", "no such file")]
    [InlineData("empty", "empty")]
    [InlineData("binary", "binary")]
    [InlineData("latin-1", "not valid UTF-8")]
    [InlineData("folder", "folder")]
    public async Task Extract_refuses_a_file_that_is_not_a_report_in_one_line(string kind, string reason)
    {
        var path = BadReport(kind);
        var run = await GraphCli.RunAsync(Patience, "extract", path);
        Assert.Equal(1, run.Exit);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"graph: {path}: ", line);
        Assert.Contains(reason, line);
        Assert.DoesNotContain("   at ", run.Out + run.Err);
    }

    [Theory]
    [InlineData("missing", "no such file")]
    [InlineData("empty", "empty")]
    [InlineData("binary", "binary")]
    [InlineData("latin-1", "not valid UTF-8")]
    public async Task Ingest_skips_a_file_that_is_not_a_report_with_its_reason(string kind, string reason)
    {
        var path = BadReport(kind);
        var run = await GraphCli.RunAsync(Patience, "ingest", path, "--database", Path.Combine(folder, "graph.db"));
        Assert.Equal(1, run.Exit);
        var line = Assert.Single(run.Out.Split('\n'), l => l.Contains("skipped " + path));
        Assert.Contains(reason, line);
        Assert.DoesNotContain("   at ", run.Out + run.Err);
    }

    [Fact]
    public async Task Ingest_skips_a_bad_report_inside_a_folder()
    {
        var reports = Directory.CreateDirectory(Path.Combine(folder, "reports")).FullName;
        var bad = Path.Combine(reports, "bad.txt");
        File.WriteAllBytes(bad, [(byte)'a', 0, (byte)'b']);
        var run = await GraphCli.RunAsync(Patience, "ingest", reports, "--database", Path.Combine(folder, "graph.db"));
        Assert.Equal(1, run.Exit);
        Assert.Contains($"skipped {bad}: ", run.Out);
        Assert.Contains("control character U+0000", run.Out);
        Assert.DoesNotContain("   at ", run.Out + run.Err);
    }

    [Theory]
    [InlineData("missing", "no such file")]
    [InlineData("folder", "folder")]
    [InlineData("text", "is not a dataset")]
    [InlineData("array", "is not a dataset")]
    [InlineData("null-list", "is not a dataset")]
    public async Task Load_refuses_a_file_that_is_not_a_dataset_in_one_line(string kind, string reason)
    {
        var path = Path.Combine(folder, kind + ".json");
        switch (kind)
        {
            case "folder": Directory.CreateDirectory(path); break;
            case "text": File.WriteAllText(path, "hello"); break;
            case "array": File.WriteAllText(path, "[1, 2]"); break;
            case "null-list": File.WriteAllText(path, """{ "name": "x", "actors": null }"""); break;
        }
        var run = await GraphCli.RunAsync(Patience, "load", path, "--database", Path.Combine(folder, "graph.db"));
        Assert.Equal(1, run.Exit);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"graph: {path}: ", line);
        Assert.Contains(reason, line);
        Assert.DoesNotContain("   at ", run.Out + run.Err);
    }

    [Fact]
    public async Task Evaluate_finds_its_gold_files_from_any_folder()
    {
        var run = await GraphCli.RunInAsync(folder, Patience, "evaluate", "--verbose", "yes");
        Assert.True(run.Err.Length == 0, run.Err);
        foreach (var gold in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "data", "ingest", "gold"), "own-*.json"))
            Assert.Contains(Path.GetFileNameWithoutExtension(gold) + " ", run.Out); // scored, not skipped
        Assert.DoesNotContain("skipped own-", run.Out);
        Assert.Contains("all reports", run.Out);
    }

    /// <summary>A path of the given kind where a report is expected.</summary>
    private string BadReport(string kind)
    {
        var path = Path.Combine(folder, kind + ".txt");
        switch (kind)
        {
            case "empty": File.WriteAllBytes(path, []); break;
            case "binary": File.WriteAllBytes(path, [(byte)'a', 0, (byte)'b']); break;
            case "latin-1": File.WriteAllBytes(path, [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'a', (byte)'u']); break;
            case "folder": Directory.CreateDirectory(path); break;
        }
        return path;
    }

    /// <summary>What a command line error says before the help that follows it.</summary>
    private static string FirstLines(string err) => err.Split("Description:")[0];

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The tests do not run inside the repository.");
    }
}
