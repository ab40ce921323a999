using System.Text;
using Graph.Ingest;

namespace Graph.Ingest.Tests;

/// <summary>Files (as `graph ingest` and `graph extract` read them) and text (as ingestReport gets it) follow one rule on control characters.</summary>
public sealed class PlainTextTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("graph-plain-text-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("\u0000Japan said so.", "utf-8")]
    [InlineData("Japan said\u0000 so.", "utf-8 with BOM")]
    [InlineData("\u0000Japan said so.", "utf-16le")] // UTF-16 has NUL bytes of its own: only the decoded text can tell
    [InlineData("Japan\nsaid\u0000 so.", "utf-16be")]
    [InlineData("Japan said \u0007 so.", "utf-8")]
    public async Task A_file_and_the_same_text_are_refused_with_the_same_words(string text, string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8 with BOM" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        var path = Path.Combine(folder, "report.txt");
        await File.WriteAllBytesAsync(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        var fromFile = await Assert.ThrowsAsync<ReportException>(() => ReportReader.ReadFileAsync(path, null));
        var fromText = Assert.Throws<ReportException>(() => ReportReader.FromText(path, text));
        Assert.Equal(fromText.Message, fromFile.Message);
        var at = text.IndexOfAny(['\u0000', '\u0007']);
        Assert.StartsWith($"{path}: holds the control character U+{(int)text[at]:X4} at offset {at} (line ", fromFile.Message);
    }
}
