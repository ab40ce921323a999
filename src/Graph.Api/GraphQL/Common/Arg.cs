using GraphQL.Builders;

namespace Graph.Api.GraphQL;

/// <summary>
/// A field argument: its name, GraphQL type, description and default, declared once (in <see cref="Args"/>), added to a field
/// with <see cref="ArgExtensions.With"/> and read back as <typeparamref name="TValue"/> with <see cref="ArgExtensions.Get"/>.
/// </summary>
public sealed record Arg<TGraphType, TValue>(string Name, string? Description = null) where TGraphType : IGraphType
{
    public bool HasDefault { get; private init; }
    public object? Default { get; private init; }

    public Arg<TGraphType, TValue> Defaulting(object value) => this with { HasDefault = true, Default = value };

    public Arg<TGraphType, TValue> Described(string description) => this with { Description = description };
}

public static class ArgExtensions
{
    public static FieldBuilder<TSource, TReturn> With<TSource, TReturn, TGraphType, TValue>(this FieldBuilder<TSource, TReturn> field,
        Arg<TGraphType, TValue> arg) where TGraphType : IGraphType =>
        arg.HasDefault
            ? field.Argument<TGraphType>(arg.Name, arg.Description, a => a.DefaultValue = arg.Default)
            : field.Argument<TGraphType>(arg.Name, arg.Description);

    public static TValue Get<TGraphType, TValue>(this IResolveFieldContext context, Arg<TGraphType, TValue> arg) where TGraphType : IGraphType =>
        context.GetArgument<TValue>(arg.Name);
}
