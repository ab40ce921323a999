using Graph.Api.GraphQL;
using Graph.Api.Http;
using Graph.Core;
using Graph.Core.Coalitions;
using GraphQL;

namespace Graph.Api.Extensions;

public static class GraphQLExtensions
{
    /// <summary>What the queries and mutations compute with: curation, paths, coalitions, views and the reading of reports.</summary>
    public static IServiceCollection AddGraphServices(this IServiceCollection services)
    {
        services.AddSingleton<CurationService>();
        services.AddSingleton<PathFinder>();
        services.AddSingleton<CoalitionService>();
        services.AddSingleton<GraphViews>();
        // The gazetteer and lexicon (data/ingest, copied to ingest/ beside the app) are read once, on the first report.
        services.AddSingleton(_ => Graph.Ingest.Lexicon.Load());
        return services.AddSingleton<ReportIngestion>();
    }

    /// <summary>The schema, its loaders and the endpoint's handler.</summary>
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services)
    {
        // A request's loaders live as long as it does, so the fields of one request share their batches and cache.
        foreach (var loader in typeof(GraphSchema).Assembly.GetTypes()
                     .Where(t => t is { IsAbstract: false, IsClass: true, IsPublic: true } && typeof(IRequestLoader).IsAssignableFrom(t)))
            services.AddScoped(loader);
        services.AddSingleton(_ => new DocumentCache()); // parsed and validated documents, by query text
        services.AddSingleton(services => new AnswerCache(services.GetRequiredService<IDataVersion>(),
            services.GetRequiredService<Http.Limits.QueryLimits>().AnswerCacheBytes)); // answers to queries, while the store is unchanged
        services.AddSingleton<GraphQLHandler>();
        return services.AddGraphQL(graphql => graphql
            .AddSchema<GraphSchema>()
            .AddDocumentExecuter<GraphDocumentExecuter>()
            .AddGraphTypes(typeof(GraphSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<GraphErrorInfoProvider>());
    }
}
