using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Core.Seed;

public sealed record RoleRecord(string? Id, string Person, string Represents, string Title, DateOnly? Since, DateOnly? Until, List<EvidenceRecord> Evidence)
{
    public string IdOrDefault => Id ?? $"role-{Person}-{Represents}";
    public List<Evidence> EvidenceList => Evidence.Select(e => e.ToEvidence()).ToList();
}

public sealed record MemberRecord(string? Id, string Actor, DateOnly? Since, DateOnly? Until, List<EvidenceRecord> Evidence)
{
    public string IdFor(string allianceId) => Id ?? $"membership-{Actor}-{allianceId}";
    public List<Evidence> EvidenceList => Evidence.Select(e => e.ToEvidence()).ToList();
}

public sealed record PositionRecord(string? Id, string Actor, string Draft, Stance Stance, DateOnly? Since, DateOnly? Until,
    List<EvidenceRecord> Evidence)
{
    public string IdOrDefault => Id ?? $"position-{Actor}-{EnumNames.ToName(Stance).ToLowerInvariant().Replace('_', '-')}-{Draft}";
    public List<Evidence> EvidenceList => Evidence.Select(e => e.ToEvidence()).ToList();
}
