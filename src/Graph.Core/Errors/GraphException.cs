namespace Graph.Core;

/// <summary>An error a user can act on. The code names the kind of problem; the message names what was wrong.</summary>
public sealed class GraphException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>What a store refused, as data, when the error is a refused write.</summary>
    public WriteRefusal? Refusal { get; init; }
}

public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string DuplicateId = "DUPLICATE_ID";
    public const string InvalidDate = "INVALID_DATE";
    public const string DateOrder = "DATE_ORDER";
    /// <summary>A fact retracted before: its first retraction stands.</summary>
    public const string AlreadyRetracted = "ALREADY_RETRACTED";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    /// <summary>A page larger than <see cref="PageRequest.MaxSize"/> was asked for.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
}
