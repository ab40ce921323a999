using GraphQL.Conversion;

namespace Graph.Api.GraphQL;

/// <summary>
/// camelCase, as the schema's names always were, except the filter's AND / OR / NOT: the Neo4j GraphQL library's
/// spelling, which camelCase would turn into aND and nOT.
/// </summary>
public sealed class FilterNameConverter : INameConverter
{
    public string NameForField(string fieldName, IComplexGraphType parentGraphType) =>
        IsOperator(fieldName) ? fieldName : CamelCaseNameConverter.Instance.NameForField(fieldName, parentGraphType);

    public string NameForArgument(string argumentName, IComplexGraphType parentGraphType, FieldType field) =>
        CamelCaseNameConverter.Instance.NameForArgument(argumentName, parentGraphType, field);

    private static bool IsOperator(string name) => name.Length > 1 && name.All(char.IsAsciiLetterUpper);
}
