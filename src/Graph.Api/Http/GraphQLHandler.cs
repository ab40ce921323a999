using System.Globalization;
using System.Text;
using Graph.Api.Http.Limits;
using Graph.Core;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.Http;

/// <summary>
/// Answers GraphQL requests, held to the limits read once at start (<see cref="QueryLimits"/>); see <see cref="GraphQLEndpoint"/>
/// for what it does with a request, in order.
/// </summary>
public sealed class GraphQLHandler(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, WriteAccess writeAccess,
    QueryLimits limits, DocumentCache documents, AnswerCache answers, HeavyRequests heavy, ILogger<GraphSchemaMarker> logger)
{
    private readonly QueryLimitRules rules = new(limits);

    /// <summary>Answers one request to <see cref="GraphQLEndpoint.Path"/>.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = Negotiate(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, GraphQLEndpoint.Json,
                $"The Accept header must allow {GraphQLEndpoint.GraphQLResponseJson} or {GraphQLEndpoint.Json}.");
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && !http.Request.Query.ContainsKey("query") && AcceptsHtml(http.Request))
        {
            http.Response.Redirect("/graphiql");
            return;
        }

        GraphQLRequest request;
        GraphQLDocument? document;
        CachedDocument? cached;
        GraphQLOperationDefinition? operation = null;
        long? version;
        AnswerKey? key = null;
        byte[]? kept = null;
        try
        {
            request = HttpMethods.IsGet(http.Request.Method)
                ? GraphQLRequestReader.ReadGet(http.Request, serializer, limits)
                : await GraphQLRequestReader.ReadPostAsync(http.Request, serializer, limits);
            // Read before anything runs: a write that commits after this leaves the answer unkept (AnswerCache).
            version = answers.Version();
            if (version is not null)
            {
                key = new AnswerKey(http.Request.Method, mediaType, request.Text.Span);
                kept = answers.Get(key, version.Value);
            }
            cached = kept is null ? documents.Get(request.Query) : null;
            document = kept is not null ? null : cached?.Document ?? Parse(request.Query);
            // A cached document executed, so it is within the bounds; any other is bounded before validation reads it.
            if (cached is null && document is not null && DocumentBounds.Check(document, limits) is { } refusal)
                throw new RequestError(mediaType == GraphQLEndpoint.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, refusal.Message, refusal.Code);
            if (document is not null) operation = OperationSelection.Select(document, request.OperationName);
            if (operation?.Operation == OperationType.Mutation)
            {
                if (HttpMethods.IsGet(http.Request.Method))
                {
                    http.Response.Headers.Allow = HttpMethods.Post;
                    throw new RequestError(StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST, not GET.");
                }
                if (writeAccess.Refusal(http.Request) is { } writeRefusal)
                {
                    http.Response.Headers.WWWAuthenticate = "Bearer";
                    throw new RequestError(StatusCodes.Status401Unauthorized, writeRefusal, "UNAUTHENTICATED");
                }
            }
        }
        catch (RequestError e)
        {
            await WriteErrorAsync(http, e.Status, mediaType, e.Message, e.Code);
            return;
        }
        catch (DocumentError e)
        {
            // No operation, or none by that name, or several and no name: nothing runs, as the executor would answer.
            await WriteErrorAsync(http, mediaType == GraphQLEndpoint.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
                mediaType, e.Message, e.Code ?? "BAD_REQUEST");
            return;
        }
        catch (UnparsableDocument)
        {
            // As for any document that does not parse: 400 in graphql-response+json, 200 in plain JSON.
            await WriteErrorAsync(http, mediaType == GraphQLEndpoint.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
                mediaType, "The document is not valid GraphQL syntax.", "GRAPHQL_PARSE_FAILED");
            return;
        }

        if (kept is not null)
        {
            await WriteAnswerAsync(http, mediaType, kept, roundTrips: 0);
            return;
        }

        var isHeavy = operation is not null && HeavyRequests.IsHeavy(document!, operation, request.Variables);
        IDisposable? turn;
        try { turn = isHeavy ? await heavy.EnterAsync(http.RequestAborted) : null; }
        catch (OperationCanceledException) { return; } // the client went away while waiting
        using var heldTurn = turn;
        if (isHeavy && turn is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, mediaType, heavy.Refuse(http.Response), LimitCodes.Busy);
            return;
        }

        var roundTrips = RoundTrips.Begin();
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Document = document, // parsed once, for the write check and for execution
                Variables = request.Variables,
                OperationName = request.OperationName,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                CancellationToken = http.RequestAborted,
                // The core rules, then depth and cost; a cached document passed the core rules already, and need not be
                // measured again when its operation passed before and variables cannot change the measure.
                ValidationRules = cached is null ? rules.All : cached.WithinLimits(request.OperationName) ? [] : rules.Limits,
                Timeout = limits.Timeout,    // cancels the execution's token: resolvers and store calls stop
                TimeoutAction = TimeoutAction.ReturnTimeoutError,
                UnhandledExceptionDelegate = context =>
                {
                    if (context.OriginalException is not GraphException)
                        logger.LogError(context.OriginalException, "Unhandled error resolving {Field}", context.FieldContext?.FieldDefinition.Name);
                    return Task.CompletedTask;
                },
            });
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away: no one to answer
        }
        if (document is not null && result.Executed) // executed, so it passed every rule it was given
            (cached ?? documents.Add(request.Query, document)).Passed(request.OperationName);
        var timedOut = result.Errors?.Any(e => e is TimeoutError) == true;
        if (timedOut)
        {
            // graphql-dotnet's own message says only that it timed out; say the limit and what to do.
            result.Errors = [new ExecutionError(
                $"The request ran longer than the limit of {limits.Timeout.TotalSeconds:0.###} s and was cancelled. Ask for less (smaller pages, fewer nested lists).")
                { Code = LimitCodes.Timeout }];
            logger.LogWarning("A GraphQL request ran out of time ({Timeout}) and was cancelled", limits.Timeout);
        }
        if (result.Errors is { Count: var errorCount } errors && errorCount > limits.MaxErrors)
        {
            var shown = new ExecutionErrors();
            foreach (var error in errors.Take(limits.MaxErrors)) shown.Add(error);
            shown.Add(new ExecutionError($"{errorCount - limits.MaxErrors} more errors are not shown (at most {limits.MaxErrors} are).") { Code = LimitCodes.TooManyErrors });
            result.Errors = shown;
        }
        if (key is not null && operation?.Operation == OperationType.Query && result.Executed && result.Errors is not { Count: > 0 } &&
            result.Extensions is not { Count: > 0 })
        {
            await WriteKeptAnswerAsync(http, mediaType, result, key, version!.Value, roundTrips.Count);
            return;
        }
        result.Extensions ??= [];
        result.Extensions["storeRoundTrips"] = roundTrips.Count;

        http.Response.StatusCode = mediaType != GraphQLEndpoint.GraphQLResponseJson ? StatusCodes.Status200OK
            : timedOut ? StatusCodes.Status504GatewayTimeout
            : !result.Executed ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (await SerializeAsync(http, mediaType, result) is not { } answer) return;
        http.Response.ContentLength = answer.Length;
        await http.Response.Body.WriteAsync(answer.GetBuffer().AsMemory(0, (int)answer.Length), http.RequestAborted);
    }

    /// <summary>
    /// A query's answer, without errors, written and kept for reuse (<see cref="AnswerCache"/>). What is kept is the answer
    /// up to its closing brace; each request it is sent to gets its own round trips after it.
    /// </summary>
    private async Task WriteKeptAnswerAsync(HttpContext http, string mediaType, ExecutionResult result, AnswerKey key, long version, int roundTrips)
    {
        if (await SerializeAsync(http, mediaType, result) is not { } answer) return;
        var kept = answer.GetBuffer().AsSpan(0, (int)answer.Length - 1).ToArray(); // a JSON object, less its closing brace
        answers.Add(key, version, kept);
        await WriteAnswerAsync(http, mediaType, kept, roundTrips);
    }

    /// <summary>The result as JSON within the response limit; null when it was larger and the too-large answer was sent instead.</summary>
    private async Task<CappedBuffer?> SerializeAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        var answer = new CappedBuffer(limits.MaxResponseBytes);
        try
        {
            await serializer.WriteAsync(answer, result, http.RequestAborted);
            return answer;
        }
        catch (CappedBuffer.FullException)
        {
            await WriteTooLargeAsync(http, mediaType);
            return null;
        }
    }

    /// <summary>An answer up to its closing brace, closed with this request's <c>extensions.storeRoundTrips</c>.</summary>
    private static async Task WriteAnswerAsync(HttpContext http, string mediaType, byte[] answer, int roundTrips)
    {
        var close = Encoding.UTF8.GetBytes(",\"extensions\":{\"storeRoundTrips\":" + roundTrips.ToString(CultureInfo.InvariantCulture) + "}}");
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = answer.Length + close.Length;
        await http.Response.Body.WriteAsync(answer, http.RequestAborted);
        await http.Response.Body.WriteAsync(close, http.RequestAborted);
    }

    private async Task WriteTooLargeAsync(HttpContext http, string mediaType)
    {
        logger.LogWarning("A GraphQL answer was over the limit of {Limit} bytes and was not sent", limits.MaxResponseBytes);
        await WriteErrorAsync(http, mediaType == GraphQLEndpoint.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, mediaType,
            $"The answer is larger than the limit of {limits.MaxResponseBytes} bytes. Ask for less (smaller pages, fewer fields or aliases).",
            LimitCodes.ResponseTooLarge);
    }

    /// <summary>The media type to answer with, or null when the client accepts neither.</summary>
    private static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return GraphQLEndpoint.Json;
        foreach (var range in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (range.Quality == 0) continue;
            var type = range.MediaType.Value?.ToLowerInvariant();
            if (type == GraphQLEndpoint.GraphQLResponseJson) return GraphQLEndpoint.GraphQLResponseJson;
            if (type is GraphQLEndpoint.Json or "application/*" or "*/*") return GraphQLEndpoint.Json;
        }
        return null;
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>The parsed document, or null when it is not valid syntax (the executor then reports where).</summary>
    private static GraphQLDocument? Parse(string query)
    {
        try { return GraphQLParser.Parser.Parse(query); }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException) { return null; }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The parser can fail while describing a syntax error (a lone carriage return): still a syntax error.
            throw new UnparsableDocument();
        }
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string mediaType, string message,
        string code = "BAD_REQUEST")
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };
        await http.Response.WriteAsync(serializer.Serialize(result), http.RequestAborted);
    }
}

/// <summary>The logging category of the GraphQL endpoint.</summary>
public sealed class GraphSchemaMarker;
