using System.Text.RegularExpressions;

namespace Graph.Api.Tests;

/// <summary>What a newcomer reads first: every address the API announces is in README, and no link in it is dead.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Root = FindRoot();
    private static readonly string Readme = File.ReadAllText(Path.Combine(Root, "README.md"));

    [Fact]
    public void Every_address_the_API_prints_at_start_is_in_the_first_section()
    {
        var announce = File.ReadAllText(Path.Combine(Root, "src", "Graph.Api", "StoreStartup.cs"));
        var addresses = AnnouncedAddress().Matches(announce).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains("/map", addresses);
        var firstSection = Readme[..Readme.IndexOf("## Asking the graph", StringComparison.Ordinal)];
        foreach (var address in addresses)
            Assert.Contains("localhost:5080" + address, firstSection.Replace("`/health` and `/ready`", "localhost:5080/health localhost:5080/ready"));
    }

    [Fact]
    public void Every_relative_link_names_a_file_of_the_repository()
    {
        var links = MarkdownLink().Matches(Readme).Select(m => m.Groups[1].Value)
            .Where(l => !l.Contains("://") && !l.StartsWith('#')).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var path = Path.GetFullPath(Path.Combine(Root, link.Split('#')[0]));
            Assert.True(path.StartsWith(Root, StringComparison.Ordinal) && (File.Exists(path) || Directory.Exists(path)), $"README links to '{link}', which is not in the repository");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no Graph.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{baseUrl\}(/[a-z./]*)")]
    private static partial Regex AnnouncedAddress();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
