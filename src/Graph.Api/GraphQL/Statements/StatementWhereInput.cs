namespace Graph.Api.GraphQL;

/// <summary>
/// Reads a <c>StatementWhere</c> argument into Core's filter record, holding it to <see cref="Http.Limits.FilterLimits"/> as
/// it goes, so an oversized tree is refused before it is even read whole.
/// </summary>
internal static class StatementWhereInput
{
    public static StatementWhere? Statement(object? value, string argument) => FilterReader.Of(value, argument) is { } r ? Statement(r, 1) : null;

    private static StatementWhere Statement(FilterReader r, int depth)
    {
        r.Limits.Node(depth, r.Path);
        return new StatementWhere
        {
            Id = r.Str("id"), IdIn = r.Strings("id_IN"), Kind = r.Enum<StatementKind>("kind"), KindIn = r.Enums<StatementKind>("kind_IN"),
            SpeakerId = r.Str("speaker"), SpeakerIdIn = r.Strings("speaker_IN"),
            SpeakerKind = r.Enum<ActorKind>("speakerKind"), SpeakerKindIn = r.Enums<ActorKind>("speakerKind_IN"),
            SpeakerRepresents = r.Str("speakerRepresents"), SpeakerMemberOf = r.Str("speakerMemberOf"),
            AboutId = r.Str("about"), AboutIdIn = r.Strings("about_IN"), SourceId = r.Str("source"), SourceIdIn = r.Strings("source_IN"),
            DateGte = r.Date("date_GTE"), DateLte = r.Date("date_LTE"), TextContains = r.Str("text_CONTAINS"),
            And = r.Children("AND")?.Select(c => Statement(c, depth + 1)).ToList(),
            Or = r.Children("OR")?.Select(c => Statement(c, depth + 1)).ToList(),
            Not = r.Child("NOT") is { } not ? Statement(not, depth + 1) : null,
        };
    }
}
