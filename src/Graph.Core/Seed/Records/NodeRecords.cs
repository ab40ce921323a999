using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Core.Seed;

public sealed record SourceRecord(string Id, SourceKind Kind, string Title, string? Outlet, DateOnly? Date, string? Url, string? Document);

public sealed record ActorRecord(string Id, ActorKind Kind, string Name, List<string> Aliases, string? Description);

public sealed record AllianceRecord(string Id, AllianceKind Kind, string Name, string? Description, List<MemberRecord> Members, string? Body = null);
