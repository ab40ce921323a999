using System.Globalization;
using System.Text;
using Graph.Core;
using Graph.Core.Seed;

namespace Graph.Store.Neo4j;

/// <summary>
/// The seed as a Cypher script (cypher/seed.cypher) for loading a dataset without the API, for
/// example with cypher-shell. It is made, never edited: each template in cypher/seed runs once
/// with the dataset's rows for its kind written in as a literal list. The rows come from the same
/// writes the API applies, so both ways of seeding load the same graph; loading twice adds nothing.
/// </summary>
public static class CypherSeed
{
    public static string Render(Dataset dataset, string templateFolder)
    {
        var writes = dataset.ToWrites();
        var rows = new Dictionary<string, List<Dictionary<string, object?>>>
        {
            ["01-actors"] = writes.OfType<CreateActor>().Select(w => Row(("id", w.Actor.Id), ("kind", EnumNames.ToName(w.Actor.Kind)),
                ("name", w.Actor.Name), ("aliases", w.Actor.Aliases), ("description", w.Actor.Description))).ToList(),
            ["02-sources"] = writes.OfType<CreateSource>().Select(w => Row(("id", w.Source.Id), ("kind", EnumNames.ToName(w.Source.Kind)),
                ("title", w.Source.Title), ("date", w.Source.Date), ("url", w.Source.Url), ("document", w.Source.Document),
                ("outletId", w.Source.OutletId))).ToList(),
            ["03-drafts"] = writes.OfType<CreateDraft>().Select(w => Row(("id", w.Draft.Id), ("kind", EnumNames.ToName(w.Draft.Kind)),
                ("title", w.Draft.Title), ("description", w.Draft.Description), ("forumId", w.Draft.ForumId))).ToList(),
            ["03-draft-subjects"] = writes.OfType<CreateDraft>().Where(w => w.Draft.SubjectId is not null)
                .Select(w => Row(("id", w.Draft.Id), ("subjectId", w.Draft.SubjectId))).ToList(),
            ["04-alliances"] = writes.OfType<CreateAlliance>().Select(w => Row(("id", w.Alliance.Id), ("kind", EnumNames.ToName(w.Alliance.Kind)),
                ("name", w.Alliance.Name), ("description", w.Alliance.Description), ("bodyId", w.Alliance.BodyId))).ToList(),
            ["05-statements"] = writes.OfType<CreateStatement>().Select(w => Row(("id", w.Statement.Id), ("speakerId", w.Statement.SpeakerId),
                ("sourceId", w.Statement.SourceId), ("date", w.Statement.Date), ("kind", EnumNames.ToName(w.Statement.Kind)),
                ("text", w.Statement.Text), ("setting", w.Statement.Setting), ("viaId", w.Statement.ViaId),
                ("about", w.Statement.AboutIds.Select((id, ord) => Row(("id", id), ("ord", ord))).ToList()))).ToList(),
            ["06-roles"] = writes.OfType<CreateRole>().Select(w => Fact(w.Role, ("personId", w.Role.PersonId),
                ("representedId", w.Role.RepresentsId), ("title", w.Role.Title))).ToList(),
            ["07-memberships"] = writes.OfType<CreateMembership>().Select(w => Fact(w.Membership, ("actorId", w.Membership.ActorId),
                ("allianceId", w.Membership.AllianceId))).ToList(),
            ["08-draft-statuses"] = writes.OfType<AddDraftStatus>().Select(w => Row(("draftId", w.Change.DraftId),
                ("sourceId", w.Change.Evidence.SourceId), ("key", StatusKey(w.Change)), ("status", EnumNames.ToName(w.Change.Status)),
                ("date", w.Change.Date), ("statementId", w.Change.Evidence.StatementId), ("excerpt", w.Change.Evidence.Excerpt))).ToList(),
            ["09-draft-relations"] = writes.OfType<AddDraftRelation>().Select(w => Row(("fromId", w.Relation.FromId),
                ("toId", w.Relation.ToId), ("kind", EnumNames.ToName(w.Relation.Kind)), ("sourceId", w.Relation.Evidence.SourceId),
                ("statementId", w.Relation.Evidence.StatementId), ("excerpt", w.Relation.Evidence.Excerpt))).ToList(),
            ["10-positions"] = writes.OfType<CreatePosition>().Select(w => Fact(w.Position, ("actorId", w.Position.ActorId),
                ("draftId", w.Position.DraftId), ("stance", EnumNames.ToName(w.Position.Stance)))).ToList(),
            ["11-votes"] = writes.OfType<CreateVote>().Select(w => Row([("id", w.Vote.Id), ("draftId", w.Vote.DraftId), ("date", w.Vote.Date),
                ("result", EnumNames.ToName(w.Vote.Result)), ("yes", w.Vote.Yes), ("no", w.Vote.No), ("abstain", w.Vote.Abstain),
                .. EvidenceFields(w.Vote.Evidence)])).ToList(),
            ["12-ballots"] = writes.OfType<CreateBallot>().Select(w => Row([("id", w.Ballot.Id), ("actorId", w.Ballot.ActorId),
                ("voteId", w.Ballot.VoteId), ("choice", EnumNames.ToName(w.Ballot.Choice)), ("veto", w.Ballot.Veto),
                .. EvidenceFields(w.Ballot.Evidence)])).ToList(),
            ["13-marker"] = [Row(("key", Seeder.MarkerKey(dataset)), ("value", dataset.Fingerprint))],
        };

        var script = new StringBuilder();
        script.AppendLine(CultureInfo.InvariantCulture, $"// Seed of the dataset '{dataset.Name}' for Neo4j. Made by `dotnet run --project src/Graph.Cli -- cypher-seed`; do not edit.");
        script.AppendLine("// Safe to load twice: every statement merges on ids.");
        foreach (var (template, list) in rows)
        {
            var body = string.Join('\n', File.ReadAllLines(Path.Combine(templateFolder, template + ".cypher"))
                .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            if (!body.Contains("$rows", StringComparison.Ordinal))
                throw new InvalidDataException($"The seed template {template}.cypher does not read $rows.");
            script.AppendLine().Append(body.Replace("$rows", Literal(list), StringComparison.Ordinal).TrimEnd()).AppendLine(";");
        }
        return script.ToString();
    }

    /// <summary>How a status change is told apart from others of the same draft (also used by the adapter).</summary>
    public static string StatusKey(DraftStatusChange change) =>
        $"{EnumNames.ToName(change.Status)}|{(change.Date is { } d ? DateParsing.Format(d) : "")}";

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    /// <summary>A dated fact's row; evidence as three parallel lists, "" for none, as the adapter stores it.</summary>
    private static Dictionary<string, object?> Fact(IDatedFact fact, params (string Key, object? Value)[] ends) => Row([.. ends,
        ("id", fact.Id), ("since", fact.Since), ("until", fact.Until), .. EvidenceFields(fact.Evidence)]);

    private static (string Key, object? Value)[] EvidenceFields(IReadOnlyList<Evidence> evidence) =>
    [
        ("evidenceSources", evidence.Select(e => e.SourceId).ToList()),
        ("evidenceStatements", evidence.Select(e => e.StatementId ?? "").ToList()),
        ("evidenceExcerpts", evidence.Select(e => e.Excerpt ?? "").ToList()),
    ];

    /// <summary>A value as a Cypher literal. Strings are single-quoted with every special character escaped.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateOnly d => $"date('{DateParsing.Format(d)}')",
        IDictionary<string, object?> map => "{" + string.Join(", ", map.Select(kv => $"{kv.Key}: {Literal(kv.Value)}")) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Literal)) + "]",
        _ => throw new ArgumentException($"No Cypher literal for {value.GetType().Name}."),
    };

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("'");
        foreach (var c in text)
            quoted.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return quoted.Append('\'').ToString();
    }
}
