using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Core.Seed;

public sealed record StatusRecord(DraftStatus Status, DateOnly? Date, EvidenceRecord Evidence);

public sealed record RelationRecord(DraftRelationKind Kind, string Draft, EvidenceRecord Evidence);

public sealed record DraftRecord(string Id, DraftKind Kind, string Title, string? Forum, string? Description,
    List<StatusRecord> History, List<RelationRecord> Relations, string? Subject = null);
