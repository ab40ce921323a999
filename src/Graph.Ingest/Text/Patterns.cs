using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Graph.Ingest;

/// <summary>
/// The rules' patterns, built from the lexicon at run time, compiled to IL once per process. Compiled
/// matching is faster than interpreted, but compiling is slow; sharing by pattern text lets every
/// Extractor after the first (a new Ingestor per database, a test) start at once.
/// </summary>
internal static class Patterns
{
    /// <summary>
    /// How long one match may run, for every pattern of the extractor. A match within a sentence is quick, but
    /// cannot look at a cancellation token, and in a report with no full stop the sentence is the whole report: this bounds
    /// what the token cannot. <see cref="Extractor.Extract"/> turns a timeout into the report's refusal, or into the
    /// cancellation if there was one. It is wall-clock time, so it is set far above any real match: on a loaded machine a
    /// first match (its compiled code's JIT included) may wait for a core.
    /// </summary>
    public const int MatchTimeoutMilliseconds = 10_000;

    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex> compiled = new();

    public static Regex Compiled(string pattern, RegexOptions options = RegexOptions.None) =>
        compiled.GetOrAdd((pattern, options | RegexOptions.CultureInvariant),
            key => new Regex(key.Pattern, key.Options | RegexOptions.Compiled, TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds)));
}
