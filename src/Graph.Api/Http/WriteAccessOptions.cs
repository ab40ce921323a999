namespace Graph.Api.Http;

/// <summary>
/// The API keys that let a caller write, from <c>Graph:ApiKeys</c>: a list (<c>Graph__ApiKeys__0</c>, ...), or one
/// comma-separated value, or both. Blanks are left out; no key at all means reads only.
/// </summary>
public sealed class WriteAccessOptions
{
    public const string Section = "Graph:ApiKeys";

    public IReadOnlyList<string> Keys { get; set; } = [];

    /// <summary>The keys of the section as configured, whichever of the two forms it takes.</summary>
    public static IReadOnlyList<string> Read(IConfigurationSection section) =>
        section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(k => k.Length > 0).ToList();
}
