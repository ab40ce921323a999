using Graph.Store.Neo4j.Http;
using Microsoft.Extensions.Options;

namespace Graph.Api;

/// <summary>What stops the start in the section <c>Graph</c>: an unknown store or log format, or Neo4j with no address.</summary>
public sealed class GraphOptionsValidation(IConfiguration configuration) : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        if ((options.Store ?? "embedded").Trim().ToLowerInvariant() is not ("embedded" or "" or "neo4j") and var other)
            return ValidateOptionsResult.Fail($"Graph:Store must be 'embedded' or 'neo4j', got '{other}'.");
        if (options.StoreKind == StoreKind.Neo4j && QueryApiOptions.FromEnvironment(key => configuration[key]) is null)
            return ValidateOptionsResult.Fail("Graph:Store is 'neo4j' but NEO4J_URI is not set (for example http://localhost:7474).");
        if ((options.LogFormat ?? "").Trim().ToLowerInvariant() is not ("" or "plain" or "json"))
            return ValidateOptionsResult.Fail($"Graph:LogFormat must be 'plain' or 'json', got '{options.LogFormat}'.");
        return ValidateOptionsResult.Success;
    }
}
