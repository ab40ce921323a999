namespace Graph.Core;

/// <summary>
/// Why a store refused a write, as data: the stores report what they found and Core words it, so that both stores refuse
/// the same things in the same words. <see cref="ToException"/> is what a store throws; the refusal rides on it.
/// </summary>
public abstract record WriteRefusal
{
    public abstract string Code { get; }
    public abstract string Message { get; }

    public GraphException ToException() => new(Code, Message) { Refusal = this };

    /// <summary>A node's id already names a node (of any label).</summary>
    public static GraphException NodeIdTaken(NodeLabel label, string id, NodeLabel takenBy) =>
        new IdTaken(label.ToString().ToLowerInvariant(), id, takenBy.WithArticle()).ToException();

    /// <summary>A fact's id (position, membership, role, vote, ballot) already names another fact.</summary>
    public static GraphException FactIdTaken(string kind, string id, string takenByKind) =>
        new IdTaken(kind, id, "another " + takenByKind).ToException();

    /// <summary>An update or an end names nothing of its kind.</summary>
    public static GraphException NotFound(string what, string id) => new Missing(what, id).ToException();

    /// <summary>An end names no dated fact.</summary>
    public static GraphException NoDatedFact(string id) => NotFound("position, membership or role", id);

    /// <summary>A retraction names nothing that can be retracted.</summary>
    public static GraphException NoRetractable(string id) => NotFound("position, membership, role or statement", id);

    public static GraphException RetractedBefore(string id) => new Retracted(id).ToException();

    /// <summary>A kind of write the store was not built for (a newer Core than the adapter).</summary>
    public static GraphException UnknownWrite(string store, GraphWrite write) =>
        new(ErrorCodes.BadUserInput, $"The {store} store does not know the write {write.GetType().Name}.");

    /// <summary>The write names something that is not there; <paramref name="references"/> is what to check.</summary>
    public static GraphException MissingReference(string doing, string references) => new Dangling(doing, references).ToException();
}

public sealed record IdTaken(string Kind, string Id, string TakenBy) : WriteRefusal
{
    public override string Code => ErrorCodes.DuplicateId;
    public override string Message => $"Cannot create {Kind} '{Id}': the id '{Id}' is already taken by {TakenBy}.";
}

public sealed record Missing(string What, string Id) : WriteRefusal
{
    public override string Code => ErrorCodes.NotFound;
    public override string Message => $"No {What} with id '{Id}'.";
}
