using Graph.Api.Http;
using Graph.Core;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Graph.Api.Extensions;

public static class StartupExtensions
{
    /// <summary>
    /// Checks what can be checked before the host starts: the settings, the schema, and the store (prepared and seeded), so
    /// that a bad setting or a database file that cannot be used (not a database, unreadable, read-only) ends the start
    /// with one line, not the host's stack trace. Returns that line's reason, or null when the API may start.
    /// </summary>
    public static async Task<string?> PrepareAsync(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException e)
        {
            return e.Message;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            return string.Join(" ", e.InnerExceptions.Select(inner => inner.Message));
        }
        app.Services.GetRequiredService<ISchema>().Initialize(); // a schema mistake fails the start, not the first request
        var startup = app.Services.GetRequiredService<StoreStartup>();
        try
        {
            await startup.FirstTryAsync(CancellationToken.None);
        }
        catch (StoreUnusableException e)
        {
            return e.Message;
        }
        app.Lifetime.ApplicationStarted.Register(startup.AnnounceEndpoints);
        if (!app.Services.GetRequiredService<WriteAccess>().IsEnabled)
            app.Logger.LogInformation("Reads only: no API keys are configured (Graph:ApiKeys), so every mutation is refused.");
        return null;
    }
}
