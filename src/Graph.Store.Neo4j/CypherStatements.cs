namespace Graph.Store.Neo4j;

/// <summary>
/// The Cypher the adapter runs, one statement per file in cypher/queries (copied beside the binaries), and the parts filters
/// are composed of (cypher/filters beside it), read once at start: a missing file fails the start, not a request.
/// </summary>
public sealed class CypherStatements
{
    private readonly Dictionary<string, string> byName;

    public CypherStatements(string folder, string? filtersFolder = null)
    {
        Filters = new CypherParts(filtersFolder ?? Path.Combine(folder, "..", "filters"));
        CypherComposer.Check(Filters, RequiredParts());
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"No Cypher statements at {folder}.");
        byName = Directory.EnumerateFiles(folder, "*.cypher")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
        var missing = Names.All.Where(n => !byName.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            throw new FileNotFoundException($"Cypher statements missing from {folder}: {string.Join(", ", missing)}.");
    }

    /// <summary>The parts filters are composed of (<see cref="DraftCypher"/>, <see cref="ActorCypher"/>, <see cref="StatementCypher"/>).</summary>
    public CypherParts Filters { get; }

    /// <summary>Every part the translators name, by file.</summary>
    public static IEnumerable<(string File, string Name)> RequiredParts() =>
        DraftCypher.Required().Concat(ActorCypher.Required()).Concat(StatementCypher.Required()).Distinct();

    /// <summary>Where the build puts cypher/queries.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "cypher", "queries");

    /// <summary>cypher/schema.cypher split into its statements (each ends with a semicolon at the end of a line).</summary>
    public static IReadOnlyList<string> SchemaStatements(string? path = null)
    {
        var text = File.ReadAllText(path ?? Path.Combine(AppContext.BaseDirectory, "cypher", "schema.cypher"));
        var lines = text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines).Split(";\n").Select(s => s.Trim().TrimEnd(';')).Where(s => s.Length > 0).ToList();
    }

    /// <summary>The file a statement came from (for messages and tests).</summary>
    public string NameOf(string statement) => byName.First(kv => kv.Value == statement).Key;

    public CypherQuery Query(string name, params (string Name, object? Value)[] parameters) =>
        new(byName[name], parameters.ToDictionary(p => p.Name, p => p.Value));

    /// <summary>Every statement file the adapter runs.</summary>
    public static class Names
    {
        public const string GetLabels = "get-labels", GetFactKind = "get-fact-kind", GetActors = "get-actors", GetDrafts = "get-drafts",
            GetAlliances = "get-alliances", GetSources = "get-sources", GetStatements = "get-statements",
            FindActors = "find-actors", FindDrafts = "find-drafts", FindAlliances = "find-alliances", FindSources = "find-sources",
            SearchStatements = "search-statements", FindStatements = "find-statements", FindStatementsBySpeakers = "find-statements-by-speakers",
            GetPositions = "get-positions", GetMemberships = "get-memberships", GetRoles = "get-roles",
            GetDraftStatusHistory = "get-draft-status-history", GetDraftRelations = "get-draft-relations", GetEdges = "get-edges",
            SampleEdges = "sample-edges", ExpandForPath = "expand-for-path", GetSides = "get-sides", GetSideHistory = "get-side-history",
            GetExtractionsBySubject = "get-extractions-by-subject", GetExtractionsBySource = "get-extractions-by-source",
            GetExtractions = "get-extractions", GetMarker = "get-marker", Ping = "ping",
            CreateActor = "create-actor", UpdateActor = "update-actor", CreateSource = "create-source", LinkSourceOutlet = "link-source-outlet",
            CreateDraft = "create-draft", UpdateDraft = "update-draft", LinkDraftForum = "link-draft-forum", LinkDraftSubject = "link-draft-subject",
            CreateVote = "create-vote", CreateBallot = "create-ballot", GetVotes = "get-votes", GetBallots = "get-ballots",
            CreateAlliance = "create-alliance", UpdateAlliance = "update-alliance", LinkAllianceBody = "link-alliance-body",
            CreateStatement = "create-statement", LinkStatementVia = "link-statement-via",
            RegisterFact = "register-fact", CreatePosition = "create-position", CreateMembership = "create-membership", CreateRole = "create-role",
            AddDraftStatus = "add-draft-status", AddDraftRelation = "add-draft-relation", EndFact = "end-fact", SetMarker = "set-marker",
            RecordExtraction = "record-extraction", Retract = "retract", GetRetractions = "get-retractions";

        public static readonly string[] All = typeof(Names).GetFields()
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();
    }
}
