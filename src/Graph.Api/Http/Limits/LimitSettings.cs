using Microsoft.Extensions.Options;

namespace Graph.Api.Http.Limits;

/// <summary>
/// The section <c>Graph:Limits</c> as configured, each value text until <see cref="QueryLimits.From"/> reads it, so that
/// a value that is not a number is refused in the same words as one that is not positive.
/// </summary>
public sealed class LimitSettings() : Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
{
    public QueryLimits ToLimits() => QueryLimits.From(key => TryGetValue(key, out var value) ? value : null);
}

/// <summary>Stops the start on the first limit that is not a positive (whole) number.</summary>
public sealed class LimitSettingsValidation : IValidateOptions<LimitSettings>
{
    public ValidateOptionsResult Validate(string? name, LimitSettings options)
    {
        try
        {
            options.ToLimits();
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
