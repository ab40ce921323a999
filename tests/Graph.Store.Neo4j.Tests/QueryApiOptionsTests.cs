using Graph.Store.Neo4j.Http;

namespace Graph.Store.Neo4j.Tests;

public sealed class QueryApiOptionsTests
{
    [Theory]
    [InlineData("http://localhost:7474", "http://localhost:7474/")]
    [InlineData("http://localhost:7474/", "http://localhost:7474/")]
    [InlineData("https://abc123.databases.neo4j.io", "https://abc123.databases.neo4j.io/")]
    [InlineData("https://neo4j.example.com:7473", "https://neo4j.example.com:7473/")]
    [InlineData("http://proxy.example.com/neo4j", "http://proxy.example.com/neo4j/")]
    [InlineData("neo4j://localhost", "http://localhost:7474/")]
    [InlineData("neo4j://db.example.com:7687", "http://db.example.com:7474/")]
    [InlineData("bolt://localhost:7687", "http://localhost:7474/")]
    [InlineData("bolt://10.0.0.5", "http://10.0.0.5:7474/")]
    [InlineData("neo4j+s://abc123.databases.neo4j.io", "https://abc123.databases.neo4j.io/")]
    [InlineData("bolt+s://db.example.com:7687", "https://db.example.com:7473/")]
    [InlineData("http://neo4j:secret@localhost:7474", "http://localhost:7474/")] // user info dropped
    public void Maps_NEO4J_URI_forms_to_the_HTTP_root(string input, string expected)
    {
        Assert.Equal(expected, QueryApiOptions.ToHttpBaseAddress(input).AbsoluteUri);
        Assert.Equal(expected, new QueryApiOptions(new Uri(input)).BaseAddress.AbsoluteUri);
    }

    [Theory]
    [InlineData("ftp://localhost")]
    [InlineData("localhost:7474")]
    [InlineData("not a uri")]
    public void Rejects_what_is_not_a_Neo4j_address(string input) =>
        Assert.Throws<ArgumentException>(() => QueryApiOptions.ToHttpBaseAddress(input));

    [Fact]
    public void Has_sensible_defaults()
    {
        var options = new QueryApiOptions(new Uri("http://localhost:7474"));

        Assert.Equal("neo4j", options.Database);
        Assert.Equal("neo4j", options.User);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(100), options.FirstRetryDelay);
        Assert.Null(options.BearerToken);
    }

    [Fact]
    public void With_copies_are_normalised_too()
    {
        var options = new QueryApiOptions(new Uri("http://localhost:7474")) with
        {
            BaseAddress = new Uri("bolt://db:7687"),
            Timeout = TimeSpan.Zero,
            MaxRetries = -1,
        };

        Assert.Equal("http://db:7474/", options.BaseAddress.AbsoluteUri);
        Assert.Equal(QueryApiOptions.DefaultTimeout, options.Timeout);
        Assert.Equal(0, options.MaxRetries);
    }

    [Fact]
    public void FromEnvironment_is_null_without_NEO4J_URI()
    {
        Assert.Null(QueryApiOptions.FromEnvironment(new Dictionary<string, string?>()));
        Assert.Null(QueryApiOptions.FromEnvironment(new Dictionary<string, string?> { ["NEO4J_URI"] = " ", ["NEO4J_PASSWORD"] = "x" }));
    }

    [Fact]
    public void FromEnvironment_reads_the_NEO4J_variables()
    {
        var options = QueryApiOptions.FromEnvironment(new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = "neo4j+s://abc123.databases.neo4j.io",
            ["NEO4J_USER"] = "reader",
            ["NEO4J_PASSWORD"] = "s3cret",
            ["NEO4J_DATABASE"] = "movies",
        });

        Assert.NotNull(options);
        Assert.Equal("https://abc123.databases.neo4j.io/", options.BaseAddress.AbsoluteUri);
        Assert.Equal("reader", options.User);
        Assert.Equal("s3cret", options.Password);
        Assert.Equal("movies", options.Database);
    }

    [Fact]
    public void FromEnvironment_defaults_user_and_database_and_accepts_NEO4J_USERNAME()
    {
        var defaults = QueryApiOptions.FromEnvironment(name => name == "NEO4J_URI" ? "bolt://localhost:7687" : null)!;
        Assert.Equal("neo4j", defaults.User);
        Assert.Equal("neo4j", defaults.Database);
        Assert.Equal("", defaults.Password);

        var aura = QueryApiOptions.FromEnvironment(new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = "https://abc123.databases.neo4j.io",
            ["NEO4J_USERNAME"] = "aura-user",
        })!;
        Assert.Equal("aura-user", aura.User);
    }

    [Fact]
    public void ToString_never_prints_the_password_or_token()
    {
        var options = new QueryApiOptions(new Uri("http://localhost:7474"), Password: "hunter2-secret") { BearerToken = "tok-secret" };

        var text = options.ToString();

        Assert.Contains("User = neo4j", text);
        Assert.DoesNotContain("hunter2-secret", text);
        Assert.DoesNotContain("tok-secret", text);
    }
}
