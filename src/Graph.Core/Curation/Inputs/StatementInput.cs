namespace Graph.Core;

public sealed record StatementInput(string? Id, string SpeakerId, DateOnly? Date, StatementKind Kind, string Text,
    string? SourceId, Source? NewSource, string? ViaId, string? Setting, IReadOnlyList<string>? AboutIds);
