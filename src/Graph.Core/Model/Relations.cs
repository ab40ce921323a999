namespace Graph.Core;

/// <summary>
/// The edge vocabulary: the relations path search, the map and the exports follow, each in its stored direction. Sources,
/// evidence, 'via', statuses, votes and ballots are provenance or dated records, not relations between nodes, and are left
/// out. The stores' edge queries are built from (or given) this list.
/// </summary>
public static class Relations
{
    public const string Represents = "REPRESENTS", Made = "MADE", About = "ABOUT", MemberOf = "MEMBER_OF", InForum = "IN_FORUM";

    /// <summary>A position's relation is its stance.</summary>
    public static readonly IReadOnlyList<string> Stances = Enum.GetValues<Stance>().Select(s => EnumNames.ToName(s)).ToList();

    /// <summary>A draft relation's relation is its kind.</summary>
    public static readonly IReadOnlyList<string> DraftRelations = Enum.GetValues<DraftRelationKind>().Select(k => EnumNames.ToName(k)).ToList();

    public static readonly IReadOnlyList<string> All = [Represents, Made, About, .. Stances, MemberOf, .. DraftRelations, InForum];
}
