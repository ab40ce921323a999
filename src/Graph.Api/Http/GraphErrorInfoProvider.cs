using Graph.Core;
using GraphQL;
using GraphQL.Execution;

namespace Graph.Api.Http;

/// <summary>
/// Errors as users see them: a core <see cref="GraphException"/> keeps its message and code; any other
/// failure inside a resolver becomes a plain internal error (logged, never shown: no stack traces,
/// paths or SQL in responses).
/// </summary>
public sealed class GraphErrorInfoProvider : ErrorInfoProvider
{
    public const string InternalCode = "INTERNAL_SERVER_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is not UnhandledError)
        {
            // Parse and validation errors name what was wrong; a value our scalars refused (a malformed
            // date) adds the core's explanation to graphql-dotnet's "Variable '$since' is invalid".
            if (Find<GraphException>(executionError.InnerException) is { } refused && !info.Message.Contains(refused.Message))
                return new ErrorInfo { Message = $"{info.Message} {refused.Message}", Extensions = Extensions(info, refused.Code) };
            return info;
        }
        if (Find<GraphException>(executionError) is { } graph)
            return new ErrorInfo { Message = graph.Message, Extensions = Extensions(info, graph.Code) };
        return new ErrorInfo { Message = "Internal error; it has been logged.", Extensions = Extensions(info, InternalCode) };
    }

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is T found) return found;
        return null;
    }

    private static Dictionary<string, object?> Extensions(ErrorInfo info, string code)
    {
        var extensions = info.Extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(info.Extensions);
        extensions["code"] = code;
        extensions.Remove("codes");
        return extensions;
    }
}
