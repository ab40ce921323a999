using Graph.Api.Http.Limits;
using Microsoft.Extensions.Options;

namespace Graph.Api.Extensions;

public static class LimitsExtensions
{
    /// <summary>
    /// What one request may ask (<c>Graph:Limits</c>), read once and checked at start; the endpoint, the exports and the
    /// heavy turns share it.
    /// </summary>
    public static IServiceCollection AddGraphLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<LimitSettings, LimitSettingsValidation>(configuration.GetSection(QueryLimits.Section));
        services.AddSingleton(services => services.GetRequiredService<IOptions<LimitSettings>>().Value.ToLimits());
        return services.AddSingleton<HeavyRequests>();
    }
}
