namespace Graph.Api.Http.Limits;

/// <summary>A document refused before validation: the limit's code and a message naming the bound.</summary>
public sealed record DocumentRefusal(string Code, string Message);
