namespace Graph.Core;

public enum Stance { Sponsors, Backs, Opposes, Proposes }

public enum VoteResult { Adopted, Failed, Vetoed }

/// <summary>How one member voted. A NO by a permanent member of the Security Council is a veto (<see cref="Ballot.Veto"/>).</summary>
public enum BallotChoice { Yes, No, Abstain, Absent }
