namespace Graph.Core;

public sealed record CreateStatement(Statement Statement, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;

/// <summary>Retracts a position, membership, role or statement (by its id), once: NOT_FOUND for no such fact,
/// ALREADY_RETRACTED for one retracted before (its first retraction stands).</summary>
public sealed record Retract(Retraction Retraction) : GraphWrite;

/// <summary>Records where the extractor read a node or fact. Recording the same subject, source and span twice adds nothing.</summary>
public sealed record RecordExtraction(Extraction Extraction) : GraphWrite;
