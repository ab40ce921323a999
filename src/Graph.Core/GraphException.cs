namespace Graph.Core;

/// <summary>An error a user can act on. The code names the kind of problem; the message names what was wrong.</summary>
public sealed class GraphException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string DuplicateId = "DUPLICATE_ID";
    public const string InvalidDate = "INVALID_DATE";
    public const string DateOrder = "DATE_ORDER";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    /// <summary>A page larger than <see cref="PageRequest.MaxSize"/> was asked for.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
}
