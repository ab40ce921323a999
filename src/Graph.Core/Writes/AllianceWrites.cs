namespace Graph.Core;

public sealed record CreateAlliance(Alliance Alliance, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;

public sealed record UpdateAlliance(Alliance Alliance) : GraphWrite;
