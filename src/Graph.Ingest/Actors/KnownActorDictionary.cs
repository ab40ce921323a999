using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Graph.Ingest;

/// <summary>
/// The actors of an <see cref="ActorIndex"/> by id. A fork reads through to its original's and copies each actor the first
/// time it is read by id, then gives that copy every time: what reading a report sets on an actor stays in the fork. Nothing
/// is added to a fork or its original while the fork is read (one report at a time).
/// </summary>
public sealed class KnownActorDictionary : IReadOnlyDictionary<string, KnownActor>
{
    private readonly Dictionary<string, KnownActor> own = new(StringComparer.Ordinal);
    /// <summary>For a fork, the original's actors; every id of <see cref="own"/> is one of them.</summary>
    private readonly KnownActorDictionary? original;

    public KnownActorDictionary() { }

    private KnownActorDictionary(KnownActorDictionary original) => this.original = original;

    public bool IsFork => original is not null;

    /// <summary>A fork of these actors: nothing is copied until read.</summary>
    public KnownActorDictionary Fork() => original is null ? new KnownActorDictionary(this) : throw new InvalidOperationException("Fork the original, not a fork.");

    public KnownActor this[string id]
    {
        get => TryGetValue(id, out var actor) ? actor : throw new KeyNotFoundException($"No known actor '{id}'.");
        set
        {
            if (IsFork) throw new InvalidOperationException("A fork's actors are its original's: add actors to the original.");
            own[id] = value;
        }
    }

    /// <summary>Adds an actor unless the id is taken; on the original only.</summary>
    public bool TryAdd(string id, KnownActor actor) =>
        IsFork ? throw new InvalidOperationException("A fork's actors are its original's: add actors to the original.") : own.TryAdd(id, actor);

    /// <summary>The actor; in a fork, the fork's own copy of it.</summary>
    public bool TryGetValue(string id, [MaybeNullWhen(false)] out KnownActor actor)
    {
        if (own.TryGetValue(id, out actor)) return true;
        if (original is null || !original.own.TryGetValue(id, out var shared)) return false;
        own[id] = actor = shared.Copy();
        return true;
    }

    public bool ContainsKey(string id) => own.ContainsKey(id) || original?.own.ContainsKey(id) == true;

    public int Count => (original ?? this).own.Count;

    public IEnumerable<string> Keys => (original ?? this).own.Keys;

    /// <summary>
    /// Every actor, in the original's order. A fork gives its copy of an actor it has read and the original's of one it has not,
    /// without copying: to change an actor taken from here, read it by id first.
    /// </summary>
    public IEnumerable<KnownActor> Values => original is null ? own.Values : this.Select(e => e.Value);

    public IEnumerator<KeyValuePair<string, KnownActor>> GetEnumerator()
    {
        if (original is null) return own.GetEnumerator();
        return original.own.Select(e => own.TryGetValue(e.Key, out var mine) ? new KeyValuePair<string, KnownActor>(e.Key, mine) : e).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
