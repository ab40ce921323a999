namespace Graph.Core;

/// <summary>A fact retracted before: its first retraction stands.</summary>
public sealed record Retracted(string Id) : WriteRefusal
{
    public override string Code => ErrorCodes.AlreadyRetracted;
    public override string Message => $"'{Id}' was retracted before.";
}

/// <summary>A write that references something missing (a foreign key, an evidence source, a draft to relate).</summary>
public sealed record Dangling(string Doing, string References) : WriteRefusal
{
    public override string Code => ErrorCodes.BadUserInput;
    public override string Message => $"Refused {Doing}: it references something missing (check {References}).";
}
