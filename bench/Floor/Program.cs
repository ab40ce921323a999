// A floor for bench/peers.sh: what ASP.NET Core costs for one GraphQL POST when the answer is already known.
// FLOOR_ANSWER names a file holding the API's own answer; every POST /graphql gets those bytes back.
var answerFile = Environment.GetEnvironmentVariable("FLOOR_ANSWER")
    ?? throw new InvalidOperationException("set FLOOR_ANSWER to the file of the answer to serve");
var answer = File.ReadAllBytes(answerFile);

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapPost("/graphql", async context =>
{
    // Read the request as the API must, so the floor pays for the same bytes in as well as out.
    await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = answer.Length;
    await context.Response.Body.WriteAsync(answer, context.RequestAborted);
});
app.MapGet("/ready", () => "ready");
app.Run();
