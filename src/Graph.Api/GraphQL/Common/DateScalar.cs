using GraphQLParser.AST;

namespace Graph.Api.GraphQL;

/// <summary>A calendar date, written YYYY-MM-DD both ways; anything else is refused with the value named.</summary>
public sealed class DateScalar : ScalarGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar date as YYYY-MM-DD (ISO 8601), for example 2006-07-08.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateOnly date => date,
        string text => DateParsing.Parse(text),
        _ => throw new FormatException($"A Date must be a string as YYYY-MM-DD, got {value}."),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => DateParsing.Parse((string)text.Value),
        _ => throw new FormatException($"A Date must be a string as YYYY-MM-DD, got {value.Kind}."),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly date => DateParsing.Format(date),
        _ => throw new InvalidOperationException($"Cannot serialize {value.GetType().Name} as a Date."),
    };
}
