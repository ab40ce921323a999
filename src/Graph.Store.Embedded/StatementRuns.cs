using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// A bulk load's run of statements written by three INSERTs, each handed its rows as one JSON array, instead of three per statement:
/// binding a statement's parameters one by one and stepping its commands cost about as much as SQLite's own inserts.
/// The run is all or nothing (a savepoint): when an id is already taken or SQLite refuses a row, it is rolled back and the caller
/// writes the same statements one by one, which skips or refuses them exactly as every other write does and names the one refused.
/// </summary>
internal static class StatementRuns
{
    /// <summary>Statements per run: large enough that the per-run costs vanish, small enough that a fallback repeats little.</summary>
    public const int MaxRun = 500;

    private const string Savepoint = "statement_run";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the statements of <paramref name="run"/>; false (nothing written) when they must be written one by one.</summary>
    public static async Task<bool> TryWriteAsync(WriteBatch batch, IReadOnlyList<Statement> run, CancellationToken ct)
    {
        if (!TryEncode(run, out var rows, out var about)) return false;
        var tx = batch.Transaction;
        await tx.SaveAsync(Savepoint, ct);
        var written = false;
        try
        {
            // WHERE true: an INSERT ... SELECT with an upsert needs a WHERE to be parsed (SQLite's documentation, "parsing ambiguity").
            written = await batch.ExecuteAsync(
                "INSERT INTO node(id, label) SELECT value ->> 0, 'STATEMENT' FROM json_each($rows) WHERE true ON CONFLICT(id) DO NOTHING;",
                ct, ("$rows", rows)) == run.Count;
            if (written)
            {
                // The rows in the array's order, so each statement's seq is the one a write one by one gives it.
                await batch.ExecuteAsync("""
                    INSERT INTO statement(id, speaker_id, date, kind, text, source_id, via_id, setting, effective_date)
                    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7,
                        COALESCE(value ->> 2, (SELECT date FROM source WHERE id = value ->> 5))
                    FROM json_each($rows);
                    """, ct, ("$rows", rows));
                if (about is not null)
                    await batch.ExecuteAsync("""
                        INSERT INTO statement_about(statement_id, target_id, ord)
                        SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($about) WHERE true ON CONFLICT DO NOTHING;
                        """, ct, ("$about", about));
            }
        }
        catch (SqliteException)
        {
            written = false;
        }
        if (!written) await tx.RollbackAsync(Savepoint, ct);
        await tx.ReleaseAsync(Savepoint, ct);
        return written;
    }

    /// <summary>
    /// The run's statements and about-rows as JSON arrays, or false when a text holds what a JSON round trip might not keep byte for
    /// byte as a bound parameter does (U+0000, or a surrogate, paired or lone): those runs are written one by one.
    /// </summary>
    private static bool TryEncode(IReadOnlyList<Statement> run, out string rows, out string? about)
    {
        rows = "";
        about = null;
        var buffer = new ArrayBufferWriter<byte>();
        var aboutBuffer = new ArrayBufferWriter<byte>();
        var abouts = 0;
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        using (var aboutJson = new Utf8JsonWriter(aboutBuffer, JsonOptions))
        {
            json.WriteStartArray();
            aboutJson.WriteStartArray();
            foreach (var s in run)
            {
                if (!Plain(s.Id) || !Plain(s.SpeakerId) || !Plain(s.Text) || !Plain(s.SourceId) || !Plain(s.ViaId) || !Plain(s.Setting)) return false;
                json.WriteStartArray();
                json.WriteStringValue(s.Id);
                json.WriteStringValue(s.SpeakerId);
                WriteOrNull(json, s.Date is { } d ? DateParsing.Format(d) : null);
                json.WriteStringValue(EnumNames.ToName(s.Kind));
                json.WriteStringValue(s.Text);
                json.WriteStringValue(s.SourceId);
                WriteOrNull(json, s.ViaId);
                WriteOrNull(json, s.Setting);
                json.WriteEndArray();
                var targets = s.AboutIds ?? [];
                for (var i = 0; i < targets.Count; i++)
                {
                    if (!Plain(targets[i])) return false;
                    aboutJson.WriteStartArray();
                    aboutJson.WriteStringValue(s.Id);
                    aboutJson.WriteStringValue(targets[i]);
                    aboutJson.WriteNumberValue(i);
                    aboutJson.WriteEndArray();
                    abouts++;
                }
            }
            json.WriteEndArray();
            aboutJson.WriteEndArray();
        }
        rows = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (abouts > 0) about = Encoding.UTF8.GetString(aboutBuffer.WrittenSpan);
        return true;
    }

    private static bool Plain(string? text) => text is null || (!text.Contains('\0') && !text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'));

    private static void WriteOrNull(Utf8JsonWriter json, string? value)
    {
        if (value is null) json.WriteNullValue();
        else json.WriteStringValue(value);
    }
}
