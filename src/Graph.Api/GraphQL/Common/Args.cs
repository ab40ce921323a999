using Graph.Core.Coalitions;

namespace Graph.Api.GraphQL;

/// <summary>Every argument the schema's fields take, each named once; arguments of one name and several types share the name.</summary>
public static class Args
{
    private const string IdName = "id", FromName = "from", ToName = "to", FirstName = "first", AfterName = "after", KindName = "kind";
    public const string InputName = "input";

    public static readonly Arg<NonNullGraphType<IdGraphType>, string> Id = new(IdName);
    public static readonly Arg<IdGraphType, string?> OptionalId = new(IdName);
    public static readonly Arg<DateScalar, DateOnly?> AsOf = new("asOf");
    public static readonly Arg<GraphEnum<Stance>, Stance?> Stance = new("stance");
    public static readonly Arg<BooleanGraphType, bool> IncludeRetracted =
        new Arg<BooleanGraphType, bool>("includeRetracted", "Also list what curators retracted (each says why in 'retraction').").Defaulting(false);

    // A window of days, open at either end; or a whole one; or the two ends of a path.
    public static readonly Arg<DateScalar, DateOnly?> From = new(FromName);
    public static readonly Arg<DateScalar, DateOnly?> To = new(ToName);
    public static readonly Arg<NonNullGraphType<DateScalar>, DateOnly> FromDay = new(FromName);
    public static readonly Arg<NonNullGraphType<DateScalar>, DateOnly> ToDay = new(ToName);
    public static readonly Arg<NonNullGraphType<IdGraphType>, string> FromNode = new(FromName);
    public static readonly Arg<NonNullGraphType<IdGraphType>, string> ToNode = new(ToName);

    public static readonly Arg<IntGraphType, int?> First = new(FirstName);
    public static readonly Arg<StringGraphType, string?> After = new(AfterName);
    public static readonly Arg<IntGraphType, int?> PageFirst = First.Described($"Page size, 0 to {PageRequest.MaxSize} (default {PageRequest.DefaultSize}).");
    public static readonly Arg<StringGraphType, string?> PageAfter = After.Described("The endCursor of the previous page.");
    public static readonly Arg<IntGraphType, int?> HowMany = First.Described($"How many, 0 to {PageRequest.MaxSize}.").Defaulting(PageRequest.DefaultSize);

    public static readonly Arg<StringGraphType, string?> Search = new("search");
    public static readonly Arg<IdGraphType, string?> About = new("about");
    public static readonly Arg<IdGraphType, string?> Speaker = new("speaker");
    public static readonly Arg<IdGraphType, string?> Forum = new("forum");
    public static readonly Arg<IdGraphType, string?> Subject = new("subject", "Only drafts about this actor (north-korea).");
    public static readonly Arg<GraphEnum<ActorKind>, ActorKind?> ActorKind = new(KindName);
    public static readonly Arg<GraphEnum<DraftKind>, DraftKind?> DraftKind = new(KindName);
    public static readonly Arg<GraphEnum<AllianceKind>, AllianceKind?> AllianceKind = new(KindName);

    // Filters and orders (issue 17): read into Core's records by DraftWhereInput, held to FilterLimits.
    private const string WhereName = "where";
    public static readonly Arg<DraftWhereType, Dictionary<string, object?>?> DraftWhere =
        new(WhereName, "Which drafts: operators on fields, AND / OR / NOT, and filters through positions, alternatives and status history.");
    public static readonly Arg<PositionWhereType, Dictionary<string, object?>?> PositionWhere = new(WhereName, "Which positions to count (all, without it).");
    public static readonly Arg<ListGraphType<NonNullGraphType<DraftOrderType>>, List<object?>?> DraftOrderBy =
        new("orderBy", "The order, key by key; the id always breaks ties (default: by title).");
    public static readonly Arg<ActorWhereType, Dictionary<string, object?>?> ActorWhere =
        new(WhereName, "Which actors: operators on fields, AND / OR / NOT, membership, and filters through positions (ballots included).");
    public static readonly Arg<ListGraphType<NonNullGraphType<ActorOrderType>>, List<object?>?> ActorOrderBy =
        new("orderBy", "The order, key by key; the id always breaks ties (default: by name).");
    public static readonly Arg<PositionWhereType, Dictionary<string, object?>?> SamePositionWhere = new(WhereName, "Which of them (all, without it).");
    public static readonly Arg<PositionWhereType, Dictionary<string, object?>?> PositionListWhere = new(WhereName,
        "Which positions: with it, those that count (not retracted) and the actor's ballots as the sides they take, as filters read them.");
    public static readonly Arg<StatementWhereType, Dictionary<string, object?>?> StatementWhere =
        new(WhereName, "Which statements: operators on fields, the speaker's kind, whom the speaker represents and alliances, AND / OR / NOT.");
    public static readonly Arg<ListGraphType<NonNullGraphType<StatementOrderType>>, List<object?>?> StatementOrderBy =
        new("orderBy", "The order, key by key; the id always breaks ties (default: newest first).");

    public static readonly Arg<IntGraphType, int> MaxHops = new Arg<IntGraphType, int>("maxHops").Defaulting(4);
    public static readonly Arg<NonNullGraphType<GraphEnum<GraphScope>>, GraphScope> Scope = new("scope");
    public static readonly Arg<IntGraphType, int> Depth = new Arg<IntGraphType, int>("depth").Defaulting(1);

    // Curation.
    public static readonly Arg<NonNullGraphType<DateScalar>, DateOnly> Until = new("until");
    public static readonly Arg<NonNullGraphType<IdGraphType>, string> SubjectId = new("subjectId");
    public static readonly Arg<NonNullGraphType<IdGraphType>, string> SourceId = new("sourceId");
    public static readonly Arg<NonNullGraphType<StringGraphType>, string?> Reason = new("reason");
    public static readonly Arg<StringGraphType, string?> By =
        new("by", "Who retracts, as they wish to be named; recorded with the fact that an API key let them in (never the key).");

    /// <summary>The one argument of a mutation that takes an input object.</summary>
    public static Arg<NonNullGraphType<TInput>, Dictionary<string, object?>> Input<TInput>() where TInput : IInputObjectGraphType => new(InputName);
}
