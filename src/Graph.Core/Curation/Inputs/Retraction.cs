namespace Graph.Core;

public enum RetractableKind { Position, Membership, Role, Statement }

/// <summary>Why a fact is retracted, the name the caller gives (optional), and how the caller was let in (an API key, say).</summary>
public sealed record RetractRequest(string? Reason, string? By, string Via);
