namespace Graph.Core;

public enum ActorKind { State, Person, Organization, Media }

public enum AllianceKind { StandingGroup, NegotiatingForum, Coalition, BodyMembership }

public enum SourceKind { Report, Reference }
