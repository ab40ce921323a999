namespace Graph.Api.Tests;

/// <summary>One API with the seed loaded, shared by tests that only read.</summary>
public sealed class SeedHostFixture : IAsyncLifetime
{
    public ApiHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = ApiHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
