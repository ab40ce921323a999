namespace Graph.Core;

public sealed record CreateDraft(Draft Draft, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;

public sealed record UpdateDraft(Draft Draft) : GraphWrite;
