using Graph.Api.Http.Limits;
using Reader = Graph.Api.GraphQL.FilterReader;

namespace Graph.Api.GraphQL;

/// <summary>
/// Reads a <c>DraftWhere</c> / <c>PositionWhere</c> argument (graphql-dotnet's dictionaries) into Core's filter records,
/// holding it to <see cref="FilterLimits"/> as it goes, so an oversized tree is refused before it is even read whole.
/// </summary>
internal static class DraftWhereInput
{
    public static DraftWhere? Draft(object? value, string argument) => value is IDictionary<string, object?> map
        ? Draft(new Reader(map, new FilterLimits(argument), argument), 1) : null;

    public static PositionWhere? Position(object? value, string argument) => value is IDictionary<string, object?> map
        ? Position(new Reader(map, new FilterLimits(argument), argument)) : null;

    private static DraftWhere Draft(Reader r, int depth)
    {
        r.Limits.Node(depth, r.Path);
        return new DraftWhere
        {
            Id = r.Str("id"), IdIn = r.Strings("id_IN"), Kind = r.Enum<DraftKind>("kind"), KindIn = r.Enums<DraftKind>("kind_IN"),
            ForumId = r.Str("forum"), ForumIdIn = r.Strings("forum_IN"), SubjectId = r.Str("subject"), SubjectIdIn = r.Strings("subject_IN"),
            Title = r.Str("title"), TitleContains = r.Str("title_CONTAINS"), TabledGte = r.Date("tabled_GTE"), TabledLte = r.Date("tabled_LTE"),
            And = r.Children("AND")?.Select(c => Draft(c, depth + 1)).ToList(),
            Or = r.Children("OR")?.Select(c => Draft(c, depth + 1)).ToList(),
            Not = r.Child("NOT") is { } not ? Draft(not, depth + 1) : null,
            PositionsSome = Related(r, "positions_SOME", Position), PositionsAll = Related(r, "positions_ALL", Position),
            PositionsNone = Related(r, "positions_NONE", Position), PositionsAggregate = Related(r, "positionsAggregate", Count),
            HistorySome = Related(r, "history_SOME", Status), HistoryNone = Related(r, "history_NONE", Status),
            // A filter through alternatives is a relationship filter holding a whole draft filter: it nests as AND does.
            AlternativesSome = r.Child("alternatives_SOME") is { } alt ? Alternative(alt, depth + 1) : null,
        };
    }

    internal static DraftWhere Alternative(Reader r, int depth)
    {
        r.Limits.Relationship(r.Path);
        return Draft(r, depth);
    }

    internal static T? Related<T>(Reader r, string name, Func<Reader, T> read) where T : class
    {
        if (r.Child(name) is not { } child) return null;
        r.Limits.Relationship(child.Path);
        r.Limits.Node(1, child.Path);
        return read(child);
    }

    internal static PositionWhere Position(Reader r) => new()
    {
        ActorId = r.Str("actor"), ActorIdIn = r.Strings("actor_IN"), Stance = r.Enum<Stance>("stance"), StanceIn = r.Enums<Stance>("stance_IN"),
        SinceGte = r.Date("since_GTE"), SinceLte = r.Date("since_LTE"), UntilGte = r.Date("until_GTE"), UntilLte = r.Date("until_LTE"),
        AsOf = r.Date("asOf"), ActorMemberOf = r.Str("actorMemberOf"),
        DraftId = r.Str("draft"), DraftIdIn = r.Strings("draft_IN"),
        // Through the position's draft: a relationship filter holding a whole draft filter, one level below the position's.
        OnDraft = r.Child("onDraft") is { } on ? Alternative(on, 2) : null,
        PrecededBy = Related(r, "precededBy", Position), FollowedBy = Related(r, "followedBy", Position),
    };

    internal static PositionCountWhere Count(Reader r) => new()
    {
        Where = r.Child("where") is { } where ? Position(where) : null,
        Count = r.Int("count"), CountGt = r.Int("count_GT"), CountGte = r.Int("count_GTE"), CountLt = r.Int("count_LT"), CountLte = r.Int("count_LTE"),
    };

    private static StatusWhere Status(Reader r) => new() { Status = r.Enum<DraftStatus>("status"), StatusIn = r.Enums<DraftStatus>("status_IN"), AsOf = r.Date("asOf") };
}
