namespace Graph.Core;

public sealed record CreateVote(Vote Vote, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;

public sealed record CreateBallot(Ballot Ballot, CreateMode Mode = CreateMode.FailIfExists) : GraphWrite;
