using GraphQL.Builders;

namespace Graph.Api.GraphQL;

/// <summary>The arguments of every connection: a page size and the cursor to start after.</summary>
internal static class PagingArguments
{
    public static FieldBuilder<TSource, TReturn> Paging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.With(Args.PageFirst).With(Args.PageAfter);

    public static PageRequest Page(this IResolveFieldContext c) => PageRequest.Of(c.Get(Args.PageFirst), c.Get(Args.PageAfter));
}
