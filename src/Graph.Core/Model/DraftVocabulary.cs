namespace Graph.Core;

public enum DraftKind { Resolution, PresidentialStatement, PressStatement, Proposal }

public enum DraftStatus { Proposed, Circulated, Revised, VotePostponed, PutToVote, Adopted, Vetoed, Withdrawn, Superseded }

public enum DraftRelationKind { Revises, AlternativeTo }
