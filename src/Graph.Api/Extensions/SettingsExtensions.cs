using Graph.Api.Http;
using Microsoft.Extensions.Options;

namespace Graph.Api.Extensions;

/// <summary>The settings, bound to options and checked when the API starts: a bad value stops the start with one line naming it.</summary>
public static class SettingsExtensions
{
    /// <summary>The section <c>Graph</c> (store, database, seed, log format), and the <see cref="GraphSettings"/> made of it.</summary>
    public static IServiceCollection AddGraphSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<GraphOptions, GraphOptionsValidation>(configuration.GetSection(GraphOptions.Section));
        return services.AddSingleton(services => GraphSettings.From(services.GetRequiredService<IOptions<GraphOptions>>().Value, configuration,
            services.GetRequiredService<IHostEnvironment>()));
    }

    /// <summary>Who may write (<c>Graph:ApiKeys</c>): <see cref="WriteAccess"/>.</summary>
    public static IServiceCollection AddWriteAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WriteAccessOptions>().Configure(options => options.Keys = WriteAccessOptions.Read(configuration.GetSection(WriteAccessOptions.Section)));
        return services.AddSingleton<WriteAccess>();
    }

    /// <summary>The origins browsers may call the API from (<c>Graph:Cors:Origins</c>), with the methods and headers a GraphQL client sends.</summary>
    public static IServiceCollection AddGraphCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<CorsOrigins, CorsOriginsValidation>(configuration.GetSection(CorsOrigins.Section));
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<CorsOrigins>>((cors, allowed) =>
            cors.AddDefaultPolicy(policy => policy.WithOrigins(allowed.Value.Origins)
                .WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Authorization", "X-Api-Key")));
        return services;
    }

    /// <summary>Options bound from a section and checked by <typeparamref name="TValidation"/> when the API starts.</summary>
    public static IServiceCollection AddCheckedOptions<TOptions, TValidation>(this IServiceCollection services, IConfigurationSection section)
        where TOptions : class where TValidation : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
        return services.AddSingleton<IValidateOptions<TOptions>, TValidation>();
    }

    /// <summary>Logs are structured (message templates with named values); Graph:LogFormat=json writes them as one JSON object a line, for log collectors.</summary>
    public static WebApplicationBuilder AddGraphLogging(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetSection(GraphOptions.Section).Get<GraphOptions>() is { JsonLogs: true })
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole();
        }
        return builder;
    }
}
