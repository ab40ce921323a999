using System.Text.Json;
using Graph.Api.Http.Limits;
using Graph.Core;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body, GET with query parameters (queries only), responses as
/// application/graphql-response+json when the client accepts it (request errors then answer 400)
/// and as application/json otherwise (always 200 for a well-formed request).
/// Requests are held to <see cref="QueryLimits"/>: a body over the limit answers 413 and a GET query string over it
/// 414 (before anything is parsed); a parsed document is bounded by <see cref="DocumentBounds"/> before any validation
/// rule reads it; depth and cost are validation rules (refused like any invalid document); the operation that runs is
/// chosen once (<see cref="OperationSelection"/>) and the write check and the GET rule look at it; a heavy request waits
/// for a turn (<see cref="HeavyRequests"/>) or answers 429; a request that runs out of time is cancelled and answered with
/// a TIMEOUT error (504 in graphql-response+json); an answer is capped in size and in the errors it lists.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>Maps the endpoint, held to the limits read once at start from <c>Graph:Limits</c> (Program.cs: a bad value fails the start).</summary>
    public static void MapGraphQLEndpoint(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<QueryLimits>();
        var rules = new QueryLimitRules(limits);
        var documents = app.Services.GetRequiredService<DocumentCache>();
        var heavy = app.Services.GetRequiredService<HeavyRequests>();
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post],
            (HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, WriteAccess writeAccess,
                ILogger<GraphSchemaMarker> logger) => HandleAsync(http, executer, serializer, writeAccess, limits, rules, documents, heavy, logger));
    }

    private const string InvalidText = "The request holds a string that is not valid Unicode text (invalid UTF-8, or a lone surrogate such as \\ud800).";

    private sealed record GraphQLRequest(string Query, Inputs? Variables, string? OperationName, Inputs? Extensions);

    private sealed class UnparsableDocument : Exception;

    private sealed class RequestError(int status, string message, string code = "BAD_REQUEST") : Exception(message)
    {
        public int Status { get; } = status;
        public string Code { get; } = code;
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer,
        WriteAccess writeAccess, QueryLimits limits, QueryLimitRules rules, DocumentCache documents, HeavyRequests heavy, ILogger<GraphSchemaMarker> logger)
    {
        var mediaType = Negotiate(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status406NotAcceptable, Json,
                $"The Accept header must allow {GraphQLResponseJson} or {Json}.");
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
        try
        {
            request = HttpMethods.IsGet(http.Request.Method)
                ? ReadGet(http.Request, serializer, limits)
                : await ReadPostAsync(http.Request, serializer, limits);
            cached = documents.Get(request.Query);
            document = cached?.Document ?? Parse(request.Query);
            // A cached document executed, so it is within the bounds; any other is bounded before validation reads it.
            if (cached is null && document is not null && DocumentBounds.Check(document, limits) is { } refusal)
                throw new RequestError(mediaType == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, refusal.Message, refusal.Code);
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
            await WriteErrorAsync(http, serializer, e.Status, mediaType, e.Message, e.Code);
            return;
        }
        catch (DocumentError e)
        {
            // No operation, or none by that name, or several and no name: nothing runs, as the executor would answer.
            await WriteErrorAsync(http, serializer, mediaType == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
                mediaType, e.Message, e.Code ?? "BAD_REQUEST");
            return;
        }
        catch (UnparsableDocument)
        {
            // As for any document that does not parse: 400 in graphql-response+json, 200 in plain JSON.
            await WriteErrorAsync(http, serializer, mediaType == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
                mediaType, "The document is not valid GraphQL syntax.", "GRAPHQL_PARSE_FAILED");
            return;
        }

        var isHeavy = operation is not null && HeavyRequests.IsHeavy(document!, operation, request.Variables);
        IDisposable? turn;
        try { turn = isHeavy ? await heavy.EnterAsync(http.RequestAborted) : null; }
        catch (OperationCanceledException) { return; } // the client went away while waiting
        using var heldTurn = turn;
        if (isHeavy && turn is null)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status429TooManyRequests, mediaType, heavy.Refuse(http.Response), LimitCodes.Busy);
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
        result.Extensions ??= [];
        result.Extensions["storeRoundTrips"] = roundTrips.Count;

        http.Response.StatusCode = mediaType != GraphQLResponseJson ? StatusCodes.Status200OK
            : timedOut ? StatusCodes.Status504GatewayTimeout
            : !result.Executed ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var answer = new CappedBuffer(limits.MaxResponseBytes);
        try
        {
            await serializer.WriteAsync(answer, result, http.RequestAborted);
        }
        catch (CappedBuffer.FullException)
        {
            logger.LogWarning("A GraphQL answer was over the limit of {Limit} bytes and was not sent", limits.MaxResponseBytes);
            await WriteErrorAsync(http, serializer, mediaType == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, mediaType,
                $"The answer is larger than the limit of {limits.MaxResponseBytes} bytes. Ask for less (smaller pages, fewer fields or aliases).",
                LimitCodes.ResponseTooLarge);
            return;
        }
        http.Response.ContentLength = answer.Length;
        await http.Response.Body.WriteAsync(answer.GetBuffer().AsMemory(0, (int)answer.Length), http.RequestAborted);
    }

    /// <summary>The media type to answer with, or null when the client accepts neither.</summary>
    private static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return Json;
        foreach (var range in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (range.Quality == 0) continue;
            var type = range.MediaType.Value?.ToLowerInvariant();
            if (type == GraphQLResponseJson) return GraphQLResponseJson;
            if (type is Json or "application/*" or "*/*") return Json;
        }
        return null;
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static GraphQLRequest ReadGet(HttpRequest request, IGraphQLTextSerializer serializer, QueryLimits limits)
    {
        if (request.QueryString.Value is { } queryString && queryString.Length - 1 > limits.MaxQueryStringLength) // less the '?'
            throw new RequestError(StatusCodes.Status414RequestUriTooLong,
                $"The query string is {queryString.Length - 1} characters; the limit is {limits.MaxQueryStringLength}. Send long queries with POST.",
                LimitCodes.QueryStringTooLong);
        string? Single(string name)
        {
            var values = request.Query[name];
            if (values.Count > 1) throw new RequestError(StatusCodes.Status400BadRequest, $"The '{name}' parameter is given more than once.");
            return values.Count == 0 ? null : values[0];
        }
        var query = Single("query");
        if (string.IsNullOrEmpty(query))
            throw new RequestError(StatusCodes.Status400BadRequest, "A GET request needs a 'query' parameter.");
        return new GraphQLRequest(query, ParseInputs(Single("variables"), "variables", serializer), Single("operationName"),
            ParseInputs(Single("extensions"), "extensions", serializer));
    }

    private static Inputs? ParseInputs(string? json, string name, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return ReadInputs(document.RootElement, name, serializer);
        }
        catch (JsonException e) when (e.InnerException is InvalidOperationException)
        {
            throw new RequestError(StatusCodes.Status400BadRequest, InvalidText);
        }
        catch (JsonException)
        {
            throw new RequestError(StatusCodes.Status400BadRequest, $"'{name}' is not valid JSON.");
        }
    }

    private static Inputs? ReadInputs(JsonElement element, string name, IGraphQLTextSerializer serializer) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Object => serializer.ReadNode<Inputs>(element), // from the parsed element, not re-read from text
        _ => throw new RequestError(StatusCodes.Status400BadRequest, $"'{name}' must be a JSON object."),
    };

    private static async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, IGraphQLTextSerializer serializer, QueryLimits limits)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) ||
            !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            throw new RequestError(StatusCodes.Status415UnsupportedMediaType, $"A POST body must be {Json}, got '{request.ContentType ?? "no content type"}'.");
        var body = await ReadBodyAsync(request, limits.MaxBodyBytes);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new RequestError(StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new RequestError(StatusCodes.Status400BadRequest, "The request body must be a JSON object with a 'query'.");
            string? Text(string name, bool required)
            {
                if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                    return required ? throw new RequestError(StatusCodes.Status400BadRequest, $"The request body needs a '{name}' string.") : null;
                return value.ValueKind == JsonValueKind.String ? value.GetString()
                    : throw new RequestError(StatusCodes.Status400BadRequest, $"'{name}' must be a string.");
            }
            Inputs? Object(string name) => root.TryGetProperty(name, out var value) ? ReadInputs(value, name, serializer) : null;
            try
            {
                return new GraphQLRequest(Text("query", true)!, Object("variables"), Text("operationName", false), Object("extensions"));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Well-formed JSON whose strings are not text: invalid UTF-8, or an escaped lone surrogate such as \ud800.
                throw new RequestError(StatusCodes.Status400BadRequest, InvalidText);
            }
        }
    }

    /// <summary>The whole body, refused with 413 as soon as it is known to be over the limit (by Content-Length, or while reading).</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, long limit)
    {
        RequestError TooLarge(string size) => new(StatusCodes.Status413PayloadTooLarge,
            $"The request body is {size} bytes; the limit is {limit}.", LimitCodes.BodyTooLarge);
        if (request.ContentLength > limit) throw TooLarge(request.ContentLength.Value.ToString());
        if (request.ContentLength is { } length)
        {
            // The usual case: the length is known (and within the limit), so read straight into one array of that size.
            var body = new byte[length];
            var filled = 0;
            while (filled < body.Length)
            {
                var count = await request.Body.ReadAsync(body.AsMemory(filled), request.HttpContext.RequestAborted);
                if (count == 0) break; // shorter than announced: Kestrel fails the request; parse what came
                filled += count;
            }
            return body.AsMemory(0, filled);
        }
        var buffer = new MemoryStream(4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge("more than " + limit);
            buffer.Write(chunk, 0, read);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

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

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, string message,
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
