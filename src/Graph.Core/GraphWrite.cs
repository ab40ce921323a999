namespace Graph.Core;

/// <summary>
/// One change to the graph. A batch of writes is applied in one transaction. Creates fail on an
/// existing id unless <see cref="CreateMode.SkipExisting"/> is asked for (used by seeding, so a
/// second start duplicates nothing and never overwrites curation).
/// </summary>
public abstract record GraphWrite;

public enum CreateMode { FailIfExists, SkipExisting }

public sealed record CreateActor(Actor Actor, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
public sealed record UpdateActor(Actor Actor) : GraphWrite;
public sealed record CreateSource(Source Source, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
public sealed record CreateDraft(Draft Draft, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
public sealed record UpdateDraft(Draft Draft) : GraphWrite;
public sealed record AddDraftStatus(DraftStatusChange Change) : GraphWrite;
public sealed record AddDraftRelation(DraftRelation Relation) : GraphWrite;
public sealed record CreateAlliance(Alliance Alliance, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
public sealed record UpdateAlliance(Alliance Alliance) : GraphWrite;
public sealed record CreateStatement(Statement Statement, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
public sealed record CreatePosition(Position Position, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
public sealed record CreateMembership(Membership Membership, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
public sealed record CreateVote(Vote Vote, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
public sealed record CreateBallot(Ballot Ballot, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
public sealed record CreateRole(Role Role, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;

/// <summary>Ends a position, membership or role (by its id) on the given date.</summary>
public sealed record EndFact(string Id, DateOnly Until) : GraphWrite;

/// <summary>Retracts a position, membership, role or statement (by its id), once: NOT_FOUND for no such fact,
/// ALREADY_RETRACTED for one retracted before (its first retraction stands).</summary>
public sealed record Retract(Retraction Retraction) : GraphWrite;

/// <summary>Records a marker (key, value) in the same transaction as the other writes.</summary>
public sealed record SetMarker(string Key, string Value) : GraphWrite;

/// <summary>Records where the extractor read a node or fact. Recording the same subject, source and span twice adds nothing.</summary>
public sealed record RecordExtraction(Extraction Extraction) : GraphWrite;
