using GraphQL.Execution;
using GraphQLParser.AST;

namespace Graph.Api.Http;

/// <summary>
/// The one decision of which operation of a document a request runs. The write check, the GET rule and the executor
/// (<see cref="GraphDocumentExecuter"/>) all call <see cref="Select"/> with the same document and name, so what is
/// checked is what runs: there is no second reading of the request that could disagree with it.
/// <para>
/// An absent, null or empty <c>operationName</c> means "no name given": the document must then hold exactly one
/// operation. Any other name, blanks included, must be the name of exactly one operation.
/// </para>
/// </summary>
public static class OperationSelection
{
    /// <summary>The operation to run; throws the executor's own request errors when there is none or it is ambiguous.</summary>
    public static GraphQLOperationDefinition Select(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? selected = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            count++;
            if (string.IsNullOrEmpty(operationName))
            {
                selected ??= operation;
                continue;
            }
            if (operation.Name?.StringValue != operationName) continue;
            if (selected is not null)
                throw new InvalidOperationNameError($"The document has more than one operation named '{operationName}'.");
            selected = operation;
        }
        if (count == 0) throw new NoOperationError();
        if (string.IsNullOrEmpty(operationName))
            return count == 1 ? selected! : throw new NoOperationNameError();
        return selected ?? throw new InvalidOperationNameError($"The document has no operation named '{operationName}'.");
    }
}
