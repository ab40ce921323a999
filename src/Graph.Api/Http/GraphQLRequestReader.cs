using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.Api.Http.Limits;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

/// <summary>What a client asked: the query, its variables, the operation to run and extensions, and the text all four were
/// read from (a POST's body, a GET's query string).</summary>
internal sealed record GraphQLRequest(string Query, Inputs? Variables, string? OperationName, Inputs? Extensions, ReadOnlyMemory<byte> Text);

/// <summary>
/// Reads a <see cref="GraphQLRequest"/> from a GET's query string or a POST's JSON body, refusing with a
/// <see cref="RequestError"/> what is too long or not well formed.
/// </summary>
internal static class GraphQLRequestReader
{
    private const string InvalidText = "The request holds a string that is not valid Unicode text (invalid UTF-8, or a lone surrogate such as \\ud800).";

    public static GraphQLRequest ReadGet(HttpRequest request, IGraphQLTextSerializer serializer, QueryLimits limits)
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
            ParseInputs(Single("extensions"), "extensions", serializer), Encoding.UTF8.GetBytes(request.QueryString.Value ?? ""));
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

    public static async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, IGraphQLTextSerializer serializer, QueryLimits limits)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) ||
            !contentType.MediaType.Equals(GraphQLEndpoint.Json, StringComparison.OrdinalIgnoreCase))
            throw new RequestError(StatusCodes.Status415UnsupportedMediaType, $"A POST body must be {GraphQLEndpoint.Json}, got '{request.ContentType ?? "no content type"}'.");
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
                return new GraphQLRequest(Text("query", true)!, Object("variables"), Text("operationName", false), Object("extensions"), body);
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
        if (request.ContentLength > limit) throw TooLarge(request.ContentLength.Value.ToString(CultureInfo.InvariantCulture));
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
}
