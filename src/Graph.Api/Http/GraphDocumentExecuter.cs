using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.Http;

/// <summary>graphql-dotnet's executor, choosing the operation to run by <see cref="OperationSelection"/>, as the endpoint's checks do.</summary>
public sealed class GraphDocumentExecuter(IDocumentBuilder documentBuilder, IDocumentValidator documentValidator,
    IExecutionStrategySelector executionStrategySelector, IEnumerable<IConfigureExecution> configurations)
    : DocumentExecuter(documentBuilder, documentValidator, executionStrategySelector, configurations)
{
    protected override GraphQLOperationDefinition GetOperation(string? operationName, GraphQLDocument document) =>
        OperationSelection.Select(document, operationName);
}
