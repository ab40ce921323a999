using Graph.Core;
using Graph.Core.Coalitions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Field<NodeInterface>("node").Description("Any node by id.").Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Node(c.GetArgument<string>("id")));
        Field<ActorType>("actor").Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Actor(c.GetArgument<string>("id")));
        Field<NonNullGraphType<ActorConnectionType>>("actors")
            .Description("Actors by kind and by a search on name and aliases (capitals, demonyms, misspellings), by name.")
            .Argument<GraphEnum<ActorKind>>("kind").Argument<StringGraphType>("search").Paging()
            .ResolveAsync(async c => await Store(c).FindActorsAsync(
                new ActorFilter(c.GetArgument<ActorKind?>("kind"), c.GetArgument<string?>("search")), c.Page(), c.CancellationToken));
        Field<DraftType>("draft").Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Draft(c.GetArgument<string>("id")));
        Field<NonNullGraphType<DraftConnectionType>>("drafts")
            .Argument<GraphEnum<DraftKind>>("kind").Argument<IdGraphType>("forum").Argument<StringGraphType>("search")
            .Argument<IdGraphType>("subject", "Only drafts about this actor (north-korea).").Paging()
            .ResolveAsync(async c => await Store(c).FindDraftsAsync(
                new DraftFilter(c.GetArgument<DraftKind?>("kind"), c.GetArgument<string?>("forum"), c.GetArgument<string?>("search"),
                    c.GetArgument<string?>("subject")), c.Page(), c.CancellationToken));
        Field<AllianceType>("alliance").Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Alliance(c.GetArgument<string>("id")));
        Field<NonNullGraphType<AllianceConnectionType>>("alliances")
            .Argument<GraphEnum<AllianceKind>>("kind").Argument<StringGraphType>("search").Paging()
            .ResolveAsync(async c => await Store(c).FindAlliancesAsync(
                new AllianceFilter(c.GetArgument<AllianceKind?>("kind"), c.GetArgument<string?>("search")), c.Page(), c.CancellationToken));
        Field<StatementType>("statement").Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Statement(c.GetArgument<string>("id")));
        Field<NonNullGraphType<StatementConnectionType>>("statements")
            .Description("Statements, newest first, by speaker, subject, date window (inclusive, on the date said or else reported) and words in the text. " +
                $"A search for words alone counts and lists at most {StatementFilter.MaxSearchCount} matches: totalCount stops there. " +
                $"A search looks for at most {SearchWords.MaxWords} different words.")
            .Argument<IdGraphType>("speaker").Argument<IdGraphType>("about").Argument<DateScalar>("from").Argument<DateScalar>("to")
            .Argument<StringGraphType>("search").Paging().IncludeRetracted()
            .ResolveAsync(async c => await Store(c).FindStatementsAsync(
                new StatementFilter(c.GetArgument<string?>("speaker"), c.GetArgument<string?>("about"), c.GetArgument<DateOnly?>("from"),
                    c.GetArgument<DateOnly?>("to"), c.GetArgument<string?>("search"), c.Retracted()), c.Page(), c.CancellationToken));
        Field<SourceType>("source").Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Source(c.GetArgument<string>("id")));
        Field<NonNullGraphType<SourceConnectionType>>("sources").Paging()
            .ResolveAsync(async c => await Store(c).FindSourcesAsync(c.Page(), c.CancellationToken));
        Field<PathType>("path")
            .Description("The shortest connection between two nodes over roles, statements, positions, memberships and draft relations; null if none within maxHops.")
            .Argument<NonNullGraphType<IdGraphType>>("from").Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = 4)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<PathFinder>()
                .FindAsync(c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument<int>("maxHops"), c.CancellationToken));
        AddCoalitionFields(this);
    }

    private static void AddCoalitionFields(QueryType query)
    {
        query.Field<NonNullGraphType<AlignmentType>>("alignment")
            .Description("The alignment graph between actors over positions held between from and to (inclusive; open ends allowed), and the blocs on it.")
            .Argument<DateScalar>("from").Argument<DateScalar>("to")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CoalitionService>()
                .AlignmentAsync(c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), ct: c.CancellationToken));
        query.Field<NonNullGraphType<BlocTimelineType>>("blocTimeline")
            .Description("The blocs on each day a position began or ended between from and to, and who moved between them.")
            .Argument<NonNullGraphType<DateScalar>>("from").Argument<NonNullGraphType<DateScalar>>("to")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CoalitionService>()
                .TimelineAsync(c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), c.CancellationToken));
        query.Field<NonNullGraphType<GraphViewType>>("graph")
            .Description("Nodes and edges to draw for a scope: DRAFT (id, asOf), NEIGHBOURHOOD (id, depth, asOf) or WINDOW (from, to).")
            .Argument<NonNullGraphType<GraphEnum<GraphScope>>>("scope").Argument<IdGraphType>("id")
            .Argument<IntGraphType>("depth", a => a.DefaultValue = 1).Argument<DateScalar>("asOf").Argument<DateScalar>("from").Argument<DateScalar>("to")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<GraphViews>().BuildAsync(c.GetArgument<GraphScope>("scope"),
                c.GetArgument<string?>("id"), c.GetArgument<int>("depth"), c.GetArgument<DateOnly?>("asOf"), c.GetArgument<DateOnly?>("from"),
                c.GetArgument<DateOnly?>("to"), c.CancellationToken));
    }

    private static IGraphStore Store(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IGraphStore>();
}

internal static class PagingArguments
{
    public static FieldBuilder<TSource, TReturn> Paging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("first", $"Page size, 0 to {PageRequest.MaxSize} (default {PageRequest.DefaultSize}).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.");

    public static PageRequest Page(this IResolveFieldContext c) =>
        PageRequest.Of(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"));
}
