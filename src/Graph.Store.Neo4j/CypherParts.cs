using System.Text.RegularExpressions;

namespace Graph.Store.Neo4j;

/// <summary>
/// The pieces draft, actor and statement filters are composed of, from cypher/filters (copied beside the binaries). Each file is one statement
/// the linter checks whole; in it a comment <c>// [Name]</c> heads a named part: the indented code lines under it, up to the
/// next part or the next clause, read without the AND that joins it to the part before and the AS that names it there.
/// A file is also kept whole (but its comment lines), for the statements whose slots the parts fill. Read once at start: a missing file fails it.
/// </summary>
public sealed partial class CypherParts
{
    /// <summary>The files the draft, actor and statement filters are made of.</summary>
    public static readonly string[] Files =
    [
        "draft-where", "position-where", "status-where", "position-count", "draft-facts", "draft-order", "query-drafts", "count-positions",
        "actor-where", "actor-order", "query-actors", "find-positions", "aggregate-positions",
        "statement-where", "statement-order", "query-statements",
    ];

    private readonly Dictionary<string, string> statements = [];
    private readonly Dictionary<(string File, string Name), string> parts = [];

    public CypherParts(string folder)
    {
        var missing = Files.Where(f => !File.Exists(Path.Combine(folder, f + ".cypher"))).ToList();
        if (missing.Count > 0)
            throw new FileNotFoundException($"Cypher filter parts missing from {folder}: {string.Join(", ", missing)}.");
        foreach (var file in Files)
        {
            var text = File.ReadAllText(Path.Combine(folder, file + ".cypher"));
            // Without its comments: they may name the slots the translator fills.
            statements[file] = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            foreach (var (name, part) in Read(text))
                parts[(file, name)] = part;
        }
    }

    /// <summary>A file's whole statement, without its comment lines.</summary>
    public string Statement(string file) => statements[file];

    /// <summary>A named part of a file, as the translator composes it.</summary>
    public string Part(string file, string name) =>
        parts.TryGetValue((file, name), out var part) ? part : throw new KeyNotFoundException($"No part [{name}] in cypher/filters/{file}.cypher.");

    public bool Has(string file, string name) => parts.ContainsKey((file, name));

    /// <summary>Every part read, by file.</summary>
    public IEnumerable<(string File, string Name)> All => parts.Keys;

    [GeneratedRegex(@"^\s*// \[(\w+)\]")]
    private static partial Regex Header();

    [GeneratedRegex(@"^AND\s+|\s+AS\s+\w+$")]
    private static partial Regex Joiners();

    private static IEnumerable<(string Name, string Part)> Read(string text)
    {
        string? name = null;
        var lines = new List<string>();
        foreach (var line in text.Split('\n').Append(""))
        {
            var header = Header().Match(line);
            var inPart = name is not null && !header.Success && line.Length > 0 && char.IsWhiteSpace(line[0]);
            if (inPart)
            {
                if (!line.TrimStart().StartsWith("//", StringComparison.Ordinal)) lines.Add(line.Trim());
                continue;
            }
            if (name is not null) yield return (name, Joiners().Replace(string.Join(' ', lines).TrimEnd(','), ""));
            (name, lines) = (header.Success ? header.Groups[1].Value : null, []);
        }
    }
}
