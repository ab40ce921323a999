namespace Graph.Cli;

/// <summary>A command's arguments: positional ones and "--name value" (or "--name=value") options, in any order.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static Options Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valued)
    {
        var options = new Options();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                options.Positional.Add(arg);
                continue;
            }
            var (name, value) = arg.IndexOf('=') is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            if (!valued.Contains(name))
                throw new UsageException($"unknown option '{name}'.");
            if (value is null)
            {
                if (i + 1 >= args.Count) throw new UsageException($"'{name}' needs a value.");
                value = args[++i];
            }
            if (!options.values.TryAdd(name, value))
                throw new UsageException($"'{name}' is given more than once.");
        }
        return options;
    }

    public string? Get(string name) => values.GetValueOrDefault(name);

    public int GetInt(string name, int fallback) =>
        Get(name) is not { } text ? fallback
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
        : throw new UsageException($"'{name}' must be a whole number, got '{text}'.");
}

internal sealed class UsageException(string message) : Exception(message);
