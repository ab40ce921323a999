using System.Globalization;
using System.Text;
using Graph.Core;
using Graph.Core.Seed;

namespace Graph.Ingest;

/// <summary>
/// Every name of every known actor, looked up by longest match on word boundaries (a character trie:
/// one pass over the text, whatever the size of the gazetteer). Names match case-sensitively, so "US"
/// is the United States and "us" is not.
/// </summary>
public sealed class ActorIndex
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public (string ActorId, MentionKind Kind)? Entry;
    }

    private readonly Node root;
    private readonly Node contextualRoot;

    public ActorIndex() : this(new Node(), new Node(), new KnownActorDictionary()) { }

    private ActorIndex(Node root, Node contextualRoot, KnownActorDictionary actors)
    {
        this.root = root;
        this.contextualRoot = contextualRoot;
        Actors = actors;
    }

    public KnownActorDictionary Actors { get; }

    /// <summary>The index for a graph holding exactly the dataset (the seed episode): its actors, and each person's first role.</summary>
    public static ActorIndex Build(Lexicon lexicon, Dataset dataset)
    {
        var actors = dataset.Actors.Select(a => new Actor(a.Id, a.Kind, a.Name, a.Aliases, a.Description));
        var roles = dataset.Roles.Select(r => new Role(r.IdOrDefault, r.Person, r.Represents, r.Title, r.Since, r.Until, []));
        return Build(lexicon, actors, FirstRoles(roles));
    }

    /// <summary>The role each person is read with: the first listed, as the store or the dataset lists them.</summary>
    public static IReadOnlyDictionary<string, Role> FirstRoles(IEnumerable<Role> roles) =>
        roles.GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => g.First());

    public static ActorIndex Build(Lexicon lexicon, IEnumerable<Actor> graphActors, IReadOnlyDictionary<string, Role> rolesByPerson)
    {
        var index = new ActorIndex();
        foreach (var entry in lexicon.Gazetteer)
        {
            var actor = new KnownActor { Id = entry.Id, Kind = entry.Kind, Name = entry.Name };
            actor.Aliases.AddRange(entry.Aliases.Concat(entry.Capitals).Concat(entry.Demonyms).Concat(entry.Contextual));
            index.Actors[entry.Id] = actor;
            index.Add(entry.Name, entry.Id, MentionKind.Name);
            foreach (var alias in entry.Aliases) index.Add(alias, entry.Id, MentionKind.Alias);
            foreach (var capital in entry.Capitals) index.Add(capital, entry.Id, MentionKind.Capital);
            foreach (var demonym in entry.Demonyms) index.Add(demonym, entry.Id, MentionKind.Demonym);
            foreach (var form in entry.Contextual) index.Add(form, entry.Id, MentionKind.Contextual, contextual: true);
        }
        foreach (var actor in graphActors) index.AddGraphActor(actor, rolesByPerson.GetValueOrDefault(actor.Id));
        return index;
    }

    /// <summary>
    /// Adds an actor the graph holds, with the role of a person where known: after the gazetteer, and after the
    /// graph's other actors, whose names it does not take over. <see cref="Build"/> adds each one this way, and
    /// an ingestor that keeps its index between reports adds the actors it wrote the same way.
    /// </summary>
    public void AddGraphActor(Actor actor, Role? role)
    {
        if (Actors.TryGetValue(actor.Id, out var known))
        {
            known.InGraph = true;
            known.Name = actor.Name;
        }
        else
        {
            known = new KnownActor { Id = actor.Id, Kind = actor.Kind, Name = actor.Name, InGraph = true };
            Actors[actor.Id] = known;
        }
        if (role is not null)
        {
            known.RepresentsId = role.RepresentsId;
            known.Title = role.Title;
        }
        var kind = actor.Kind == ActorKind.Person ? MentionKind.Person : MentionKind.Name;
        Add(actor.Name, actor.Id, kind, onlyIfFree: true);
        // Curated aliases that start in lower case ("the council") are common nouns in running text, not names.
        foreach (var alias in actor.Aliases.Where(a => a.Length > 0 && !char.IsLower(a[0])))
        {
            known.Aliases.Add(alias);
            Add(alias, actor.Id, actor.Kind == ActorKind.Person ? MentionKind.Person : MentionKind.Alias, onlyIfFree: true);
        }
    }

    /// <summary>
    /// This index for reading one report: the same names (shared, not copied: add names and actors to the original only)
    /// and the same actors, each copied the first time the fork reads it (<see cref="KnownActorDictionary.Fork"/>), since reading a
    /// report sets what it learns on them (a person's title, whom they speak for, their gender) and that must not carry
    /// over to the original or the next report. A report reads a few dozen of the graph's thousands of actors.
    /// </summary>
    public ActorIndex Fork() => new(root, contextualRoot, Actors.Fork());

    /// <summary>Adds a name; a name already taken by another actor keeps its first owner (the gazetteer comes first).</summary>
    public void Add(string form, string actorId, MentionKind kind, bool contextual = false, bool onlyIfFree = false)
    {
        if (Actors.IsFork) throw new InvalidOperationException("A fork shares its original's names: add them to the original.");
        if (string.IsNullOrWhiteSpace(form)) return;
        foreach (var variant in Variants(form))
        {
            var node = contextual ? contextualRoot : root;
            foreach (var c in variant)
            {
                node.Next ??= new Dictionary<char, Node>();
                if (!node.Next.TryGetValue(c, out var next)) node.Next[c] = next = new Node();
                node = next;
            }
            if (node.Entry is null || !onlyIfFree) node.Entry ??= (actorId, kind);
        }
    }

    // "the North" is also "The North" at the start of a sentence.
    private static IEnumerable<string> Variants(string form)
    {
        yield return form;
        if (form.StartsWith("the ", StringComparison.Ordinal)) yield return "The" + form[3..];
    }

    /// <summary>The longest name starting at <paramref name="start"/> that ends on a word boundary, if any.</summary>
    public (int End, string ActorId, MentionKind Kind)? Match(string text, int start, bool contextual = false)
    {
        var node = contextual ? contextualRoot : root;
        (int, string, MentionKind)? best = null;
        for (var i = start; i < text.Length; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[i], out node)) break;
            if (node.Entry is { } entry && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
                best = (i + 1, entry.ActorId, entry.Kind);
        }
        return best;
    }

    /// <summary>
    /// The known person a newly read name most likely is, under the stated rule: the same number of
    /// words as one of the person's names or aliases, all equal but at most one, which differs by one
    /// edit (a letter changed, added, dropped or two neighbours swapped) and has at least four letters
    /// ("Hu Xintao" is Hu Jintao, "Scheiffer" is Schieffer), and nothing says they speak for different
    /// states. A name that fits two or more people is not resolved: two people are never merged on a guess.
    /// </summary>
    public static (KnownActor? Actor, bool Ambiguous) ResolvePerson(IEnumerable<KnownActor> actors, string name, string? representsId)
    {
        var words = Words(name);
        var candidates = new List<KnownActor>();
        foreach (var actor in actors.Where(a => a.Kind == ActorKind.Person).Distinct())
        {
            if (representsId is not null && actor.RepresentsId is not null && actor.RepresentsId != representsId) continue;
            if (new[] { actor.Name }.Concat(actor.Aliases).Any(form => Close(words, Words(form))))
                candidates.Add(actor);
        }
        return candidates.Count switch
        {
            1 => (candidates[0], false),
            0 => (null, false),
            _ => (null, true),
        };
    }

    private static bool Close(string[] a, string[] b)
    {
        if (a.Length != b.Length || a.Length == 0) return false;
        var differing = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (++differing > 1 || Math.Min(a[i].Length, b[i].Length) < 4 || !WithinOneEdit(a[i], b[i])) return false;
        }
        return true;
    }

    /// <summary>Optimal string alignment distance of at most one.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (i == a.Length && i == b.Length) return true;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;                           // substitution
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)); // transposition
        }
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>A name's words for comparison: without accents, case or punctuation.</summary>
    public static string[] Words(string name) =>
        Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
