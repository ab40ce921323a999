using System.Text;
using System.Text.Json;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>
/// Reads reports from bytes, files and folders. A report is plain text, UTF-8 (a byte-order mark for
/// UTF-8 or UTF-16 is honoured), at most <see cref="MaxBytes"/> long. It may start with a header block:
/// lines "Outlet: ...", "Title: ...", "Date: YYYY-MM-DD", "URL: ..." ended by a line "---". A sidecar
/// file NAME.meta.json beside NAME.txt may give the same fields ({"outlet", "title", "date", "url"}).
/// The header wins over the sidecar, and both over what the command line gives for every file.
/// </summary>
public static class ReportReader
{
    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public const int MaxBytes = 1 << 20;

    private static readonly string[] HeaderKeys = ["outlet", "title", "date", "url"];

    public static Report Parse(string name, byte[] bytes, ReportMetadata? fallback = null)
    {
        if (bytes.Length == 0) throw new ReportException($"{name}: the file is empty.");
        if (bytes.Length > MaxBytes)
            throw new ReportException($"{name}: {bytes.Length:N0} bytes is over the limit of {MaxBytes:N0} bytes for one report.");
        var text = Decode(name, bytes);
        if (string.IsNullOrWhiteSpace(text)) throw new ReportException($"{name}: the file holds only white space.");
        return FromText(name, text, fallback);
    }

    /// <summary>A report given as text (the GraphQL mutation), with the same header rules as a file.</summary>
    public static Report FromText(string name, string text, ReportMetadata? fallback = null)
    {
        if (text.Length == 0 || string.IsNullOrWhiteSpace(text)) throw new ReportException($"{name}: the report is empty.");
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes) throw new ReportException($"{name}: the report is over the limit of {MaxBytes:N0} bytes.");
        CheckPlainText(name, text);
        var (header, bodyStart) = ReadHeader(name, text);
        return new Report(name, text, bodyStart, header.Or(fallback));
    }

    /// <summary>
    /// The one rule on control characters, for files (after decoding) and text alike: none but tab, line feed, carriage return and form feed.
    /// The first other one (U+0000 included) is named with where it is: its offset counts UTF-16 code units from the start
    /// of the text, as the spans of extractions do.
    /// </summary>
    private static void CheckPlainText(string name, string text)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if (!char.IsControl(text[at]) || text[at] is '\n' or '\r' or '\t' or '\f') continue;
            var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
            var line = 1 + text.AsSpan(0, lineStart).Count('\n');
            throw new ReportException($"{name}: holds the control character U+{(int)text[at]:X4} at offset {at} " +
                $"(line {line}, column {at - lineStart + 1}); a report must be plain text.");
        }
    }

    public static async Task<Report> ReadFileAsync(string path, ReportMetadata? fallback, CancellationToken ct = default)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new ReportException($"{path}: no such file.");
        if (info.Length > MaxBytes)
            throw new ReportException($"{path}: {info.Length:N0} bytes is over the limit of {MaxBytes:N0} bytes for one report.");
        var bytes = await File.ReadAllBytesAsync(path, ct);
        var sidecar = await ReadSidecarAsync(path, ct);
        return Parse(path, bytes, (sidecar ?? new ReportMetadata()).Or(fallback));
    }

    /// <summary>The report files of a folder (every *.txt, recursively, in name order) or the one file given.</summary>
    public static IReadOnlyList<string> Files(string path)
    {
        if (Directory.Exists(path))
            return Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (File.Exists(path)) return [path];
        throw new ReportException($"{path}: no such file or folder.");
    }

    private static string Decode(string name, byte[] bytes)
    {
        // A byte-order mark names the encoding; without one, a report must be valid UTF-8.
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(new UnicodeEncoding(false, true, true), bytes, 2, name, "UTF-16");
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(new UnicodeEncoding(true, true, true), bytes, 2, name, "UTF-16");
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return Strict(new UTF8Encoding(false, true), bytes, start, name, "UTF-8");
    }

    private static string Strict(Encoding encoding, byte[] bytes, int start, string name, string label)
    {
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {start + e.Index}" : "";
            throw new ReportException($"{name}: is not valid {label}{at}; save the report as UTF-8.");
        }
    }

    private static (ReportMetadata Header, int BodyStart) ReadHeader(string name, string text)
    {
        var fields = new Dictionary<string, string>();
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r');
            var next = end < 0 ? text.Length : end + 1;
            if (line.Trim() == "---")
                return fields.Count == 0 ? (new ReportMetadata(), 0) : (Metadata(name, fields), next);
            var colon = line.IndexOf(':');
            var key = colon > 0 ? line[..colon].Trim().ToLowerInvariant() : null;
            if (key is null || !HeaderKeys.Contains(key)) return (new ReportMetadata(), 0); // no header: the text is all body
            fields[key] = line[(colon + 1)..].Trim();
            position = next;
        }
        return (new ReportMetadata(), 0);
    }

    private static ReportMetadata Metadata(string name, IReadOnlyDictionary<string, string> fields)
    {
        var date = OptionalDate(fields.GetValueOrDefault("date"), $"{name}: the header's Date");
        string? Get(string key) => fields.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        return new ReportMetadata(Get("outlet"), Get("title"), date, Get("url"));
    }

    /// <summary>A date given as YYYY-MM-DD, or none when blank; anything else is refused, naming <paramref name="what"/>.</summary>
    private static DateOnly? OptionalDate(string? text, string what)
    {
        if (string.IsNullOrEmpty(text)) return null;
        try { return DateParsing.Parse(text); }
        catch (GraphException) { throw new ReportException($"{what} must be YYYY-MM-DD, got '{text}'."); }
    }

    private static async Task<ReportMetadata?> ReadSidecarAsync(string path, CancellationToken ct)
    {
        var sidecar = Path.ChangeExtension(path, ".meta.json");
        if (!File.Exists(sidecar)) return null;
        try
        {
            await using var stream = File.OpenRead(sidecar);
            var json = await JsonSerializer.DeserializeAsync<SidecarJson>(stream, CaseInsensitive, ct)
                ?? throw new ReportException($"{sidecar}: is empty.");
            return new ReportMetadata(json.Outlet, json.Title, OptionalDate(json.Date, $"{sidecar}: 'date'"), json.Url);
        }
        catch (JsonException e)
        {
            throw new ReportException($"{sidecar}: is not valid JSON ({e.Message}).");
        }
    }

    private sealed record SidecarJson(string? Outlet, string? Title, string? Date, string? Url);
}
