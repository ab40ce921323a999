using Graph.Api.Extensions;
using Graph.Api.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphLogging();
builder.Services
    .AddGraphSettings(builder.Configuration)
    .AddGraphStore()
    .AddGraphServices()
    .AddGraphLimits(builder.Configuration)
    .AddWriteAccess(builder.Configuration)
    .AddGraphCors(builder.Configuration)
    .AddGraphQLApi();

var app = builder.Build();
if (await app.PrepareAsync() is { } reason)
{
    Console.Error.WriteLine($"Graph API cannot start: {reason}");
    return 1;
}

app.UseSecurityHeaders();
app.UseCors();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGraphEndpoints();
app.Run();
return 0;

/// <summary>Exposed so tests can host the API in process.</summary>
public partial class Program;
