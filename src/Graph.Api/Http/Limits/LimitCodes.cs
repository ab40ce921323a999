namespace Graph.Api.Http.Limits;

/// <summary>The <c>extensions.code</c> of each refusal.</summary>
public static class LimitCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string BodyTooLarge = "BODY_TOO_LARGE";
    public const string QueryStringTooLong = "QUERY_STRING_TOO_LONG";
    public const string Timeout = "TIMEOUT";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string MaxFragmentsExceeded = "MAX_FRAGMENTS_EXCEEDED";
    public const string MaxFragmentDepthExceeded = "MAX_FRAGMENT_DEPTH_EXCEEDED";
    public const string FragmentCycle = "FRAGMENT_CYCLE";
    public const string FragmentNameRepeated = "FRAGMENT_NAME_REPEATED";
    public const string MaxDirectivesExceeded = "MAX_DIRECTIVES_EXCEEDED";
    public const string MaxVariablesExceeded = "MAX_VARIABLES_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxRepeatsExceeded = "MAX_REPEATS_EXCEEDED";
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string Busy = "BUSY";
    // PAGE_SIZE_EXCEEDED ('first' over 100) is Graph.Core's ErrorCodes.PageSizeExceeded: the core checks every page request.
}
