namespace Graph.Core;

public sealed record CreatePosition(Position Position, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;

public sealed record CreateMembership(Membership Membership, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;

public sealed record CreateRole(Role Role, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
