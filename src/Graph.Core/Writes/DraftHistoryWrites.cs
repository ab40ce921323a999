namespace Graph.Core;

public sealed record AddDraftStatus(DraftStatusChange Change) : GraphWrite;

public sealed record AddDraftRelation(DraftRelation Relation) : GraphWrite;
