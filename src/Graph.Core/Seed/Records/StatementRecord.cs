using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Core.Seed;

public sealed record EvidenceRecord(string Source, string? Statement = null, string? Excerpt = null)
{
    public Evidence ToEvidence() => new(Source, Statement, Excerpt);
}

public sealed record StatementRecord(string Id, string Speaker, DateOnly? Date, StatementKind Kind, string Text, string Source,
    string? Via, string? Setting, List<string> About);
