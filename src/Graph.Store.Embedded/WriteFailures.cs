using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>What a write that SQLite refused was doing, in words (the refusals Core words are thrown before SQLite is asked).</summary>
internal static class WriteFailures
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = 787;

    /// <summary>A failed write as a user can act on it: what was being written and, for a missing reference, what to check. Never SQL.</summary>
    public static GraphException Translate(SqliteException e, GraphWrite write)
    {
        var (what, references) = Describe(write);
        if (e.SqliteErrorCode != SqliteConstraint)
            return new GraphException(ErrorCodes.StoreUnavailable, $"The embedded store failed while {what} (SQLite error {e.SqliteErrorCode}).");
        if (e.SqliteExtendedErrorCode == SqliteConstraintForeignKey)
            return WriteRefusal.MissingReference(what, references ?? "the ids it names");
        return new GraphException(ErrorCodes.BadUserInput, $"Refused {what}: a required value is missing or a value is repeated.");
    }

    /// <summary>A commit that failed after every write went in (the disk, the lock).</summary>
    public static GraphException NotSaved(SqliteException e) =>
        new(ErrorCodes.StoreUnavailable, $"The embedded store could not save the changes (SQLite error {e.SqliteErrorCode}).");

    private static (string What, string? References) Describe(GraphWrite write) => write switch
    {
        CreateActor w => ($"creating actor '{w.Actor.Id}'", null),
        UpdateActor w => ($"updating actor '{w.Actor.Id}'", null),
        CreateSource w => ($"creating source '{w.Source.Id}'", $"that outlet '{w.Source.OutletId}' is an existing actor"),
        CreateDraft w => ($"creating draft '{w.Draft.Id}'", DraftReferences(w.Draft)),
        UpdateDraft w => ($"updating draft '{w.Draft.Id}'", DraftReferences(w.Draft)),
        CreateAlliance w => ($"creating alliance '{w.Alliance.Id}'", null),
        UpdateAlliance w => ($"updating alliance '{w.Alliance.Id}'", null),
        AddDraftStatus w => ($"recording status {EnumNames.ToName(w.Change.Status)} of draft '{w.Change.DraftId}'",
            "the draft and the evidence's source and statement"),
        AddDraftRelation w => ($"relating draft '{w.Relation.FromId}' to '{w.Relation.ToId}'", "both drafts and the evidence's source and statement"),
        CreateStatement w => ($"recording statement '{w.Statement.Id}'", "the speaker, the 'via' actor, the source and the about ids"),
        CreatePosition w => ($"recording position '{w.Position.Id}'", "the actor, the draft and the evidence's sources and statements"),
        CreateMembership w => ($"recording membership '{w.Membership.Id}'", "the actor, the alliance and the evidence's sources and statements"),
        CreateRole w => ($"recording role '{w.Role.Id}'", "the person, the represented actor and the evidence's sources and statements"),
        CreateVote w => ($"recording vote '{w.Vote.Id}'", $"that draft '{w.Vote.DraftId}' exists, and the evidence's sources and statements"),
        CreateBallot w => ($"recording ballot '{w.Ballot.Id}'",
            $"that actor '{w.Ballot.ActorId}' and vote '{w.Ballot.VoteId}' exist, and the evidence's sources and statements"),
        EndFact w => ($"ending '{w.Id}'", null),
        SetMarker w => ($"setting marker '{w.Key}'", null),
        RecordExtraction w => (ExtractionRules.Describe(w.Extraction), ExtractionRules.SourceReference(w.Extraction)),
        Retract w => ($"retracting '{w.Retraction.SubjectId}'", null),
        _ => ($"applying {write.GetType().Name}", null),
    };

    private static string DraftReferences(Draft d) => d.SubjectId is null
        ? $"that forum '{d.ForumId}' is an existing actor"
        : $"that forum '{d.ForumId}' and subject '{d.SubjectId}' are existing actors";
}
