using Graph.Api.Http.Limits;
using static Graph.Api.GraphQL.DraftWhereInput;
using Reader = Graph.Api.GraphQL.FilterReader;

namespace Graph.Api.GraphQL;

/// <summary>
/// Reads an <c>ActorWhere</c> argument into Core's <see cref="ActorWhere"/>, held to <see cref="FilterLimits"/> as it goes
/// (its position filters read as <see cref="DraftWhereInput"/> reads them), so an oversized tree is refused before it is read whole.
/// </summary>
internal static class ActorWhereInput
{
    public static ActorWhere? Actor(object? value, string argument) => value is IDictionary<string, object?> map
        ? Actor(new Reader(map, new FilterLimits(argument), argument), 1) : null;

    private static ActorWhere Actor(Reader r, int depth)
    {
        r.Limits.Node(depth, r.Path);
        return new ActorWhere
        {
            Id = r.Str("id"), IdIn = r.Strings("id_IN"), Kind = r.Enum<ActorKind>("kind"), KindIn = r.Enums<ActorKind>("kind_IN"),
            Name = r.Str("name"), NameContains = r.Str("name_CONTAINS"), MemberOf = r.Str("memberOf"),
            And = r.Children("AND")?.Select(c => Actor(c, depth + 1)).ToList(),
            Or = r.Children("OR")?.Select(c => Actor(c, depth + 1)).ToList(),
            Not = r.Child("NOT") is { } not ? Actor(not, depth + 1) : null,
            PositionsSome = Related(r, "positions_SOME", Position), PositionsAll = Related(r, "positions_ALL", Position),
            PositionsNone = Related(r, "positions_NONE", Position), PositionsAggregate = Related(r, "positionsAggregate", Count),
        };
    }
}
