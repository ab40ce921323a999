namespace Graph.Core;

public sealed record CreateActor(Actor Actor, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;

public sealed record UpdateActor(Actor Actor) : GraphWrite;

public sealed record CreateSource(Source Source, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
