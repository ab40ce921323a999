using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Core.Seed;

/// <summary>
/// A curated dataset as kept in a reviewable JSON file (data/*.json): every fact with its evidence.
/// <see cref="Load"/> reads and checks it; <see cref="ToWrites"/> turns it into graph writes that
/// skip whatever is already stored, so seeding twice adds nothing and never overwrites curation.
/// </summary>
public sealed class Dataset
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    public List<SourceRecord> Sources { get; init; } = [];
    public List<ActorRecord> Actors { get; init; } = [];
    public List<RoleRecord> Roles { get; init; } = [];
    public List<DraftRecord> Drafts { get; init; } = [];
    public List<AllianceRecord> Alliances { get; init; } = [];
    public List<StatementRecord> Statements { get; init; } = [];
    public List<PositionRecord> Positions { get; init; } = [];
    public List<VoteRecord> Votes { get; init; } = [];

    /// <summary>A fingerprint of the file's bytes: a changed dataset is applied again (adding only what is new).</summary>
    [JsonIgnore] public string Fingerprint { get; private set; } = "";

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        // A null where the records allow none (a list, a name) is refused here, not met later as a crash.
        RespectNullableAnnotations = true,
    };

    public static Dataset Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Dataset dataset;
        try
        {
            dataset = JsonSerializer.Deserialize<Dataset>(bytes, JsonOptions) ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
        dataset.Fingerprint = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        var problems = DatasetCheck.Problems(dataset);
        if (problems.Count > 0)
            throw new InvalidDataException($"{path} has {problems.Count} problem(s):\n  " + string.Join("\n  ", problems));
        return dataset;
    }

    public IReadOnlyList<GraphWrite> ToWrites()
    {
        const CreateMode skip = CreateMode.SkipExisting;
        var writes = new List<GraphWrite>();
        var sourceDates = Sources.ToDictionary(s => s.Id, s => s.Date);
        writes.AddRange(Actors.Select(a => new CreateActor(new Actor(a.Id, a.Kind, a.Name, a.Aliases, a.Description), skip)));
        writes.AddRange(Sources.Select(s => new CreateSource(new Source(s.Id, s.Kind, s.Title, s.Outlet, s.Date, s.Url, s.Document), skip)));
        writes.AddRange(Drafts.Select(d => new CreateDraft(new Draft(d.Id, d.Kind, d.Title, d.Forum, d.Description) { SubjectId = d.Subject }, skip)));
        writes.AddRange(Alliances.Select(a => new CreateAlliance(new Alliance(a.Id, a.Kind, a.Name, a.Description) { BodyId = a.Body }, skip)));
        writes.AddRange(Statements.Select(s => new CreateStatement(new Statement(s.Id, s.Speaker, s.Date, sourceDates[s.Source], s.Kind,
            s.Text, s.Source, s.Via, s.Setting, s.About), skip)));
        // Facts cite statements as evidence, so they come after every node.
        writes.AddRange(Roles.Select(r => new CreateRole(new Role(r.IdOrDefault, r.Person, r.Represents, r.Title, r.Since, r.Until, r.EvidenceList), skip)));
        writes.AddRange(Alliances.SelectMany(a => a.Members.Select(m => new CreateMembership(
            new Membership(m.IdFor(a.Id), m.Actor, a.Id, m.Since, m.Until, m.EvidenceList), skip))));
        foreach (var d in Drafts)
        {
            writes.AddRange(d.History.Select(h => new AddDraftStatus(new DraftStatusChange(d.Id, h.Status, h.Date, h.Evidence.ToEvidence()))));
            writes.AddRange(d.Relations.Select(r => new AddDraftRelation(new DraftRelation(d.Id, r.Kind, r.Draft, r.Evidence.ToEvidence()))));
        }
        writes.AddRange(Positions.Select(p => new CreatePosition(
            new Position(p.IdOrDefault, p.Actor, p.Draft, p.Stance, p.Since, p.Until, p.EvidenceList), skip)));
        foreach (var v in Votes)
        {
            writes.Add(new CreateVote(v.ToVote(), skip));
            writes.AddRange(v.Ballots.Select(b => new CreateBallot(b.ToBallot(v), skip)));
        }
        return writes;
    }
}
