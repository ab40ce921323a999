namespace Graph.Api.Http;

/// <summary>A request refused before it runs: the HTTP status, the message and the error's code.</summary>
internal sealed class RequestError(int status, string message, string code = "BAD_REQUEST") : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
}

/// <summary>A document the parser failed on while describing its syntax error: still a syntax error.</summary>
internal sealed class UnparsableDocument : Exception;
