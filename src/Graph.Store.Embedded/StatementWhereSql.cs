using Graph.Core;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// A statement filter tree (<see cref="StatementFilters"/>, its definition) as one SQL condition over the statement s: every
/// value a numbered parameter, every column and operator constant text from here. Each condition is two-valued (a missing
/// date compares as false, never NULL), so NOT means what the definition means; each is written so SQLite can read it by
/// an index where one fits (a speaker's statements by (speaker, date), a date range by date).
/// </summary>
internal sealed class StatementWhereSql() : FilterSql("s")
{
    /// <summary>A date on the effective date: false, not NULL, for a statement with none.</summary>
    private string Date(string op, DateOnly day) => Dated(EffectiveDate, op, day);

    /// <summary>
    /// The whole query's condition: the filter, the statement not retracted (unless asked), and the words searched for as
    /// <paramref name="search"/> tests them (constant text over s.seq and $match, from <see cref="StatementSearch"/>).
    /// </summary>
    public string Of(StatementQuery query, string? search)
    {
        var parts = new List<string> { Of(query.Where) };
        if (!query.IncludeRetracted) parts.Add($"s.seq NOT IN {Schema.RetractedStatementSeqs}");
        if (search is not null) parts.Add(search);
        return All(parts);
    }

    public string Of(StatementWhere? where)
    {
        if (where is null) return "1";
        var parts = new List<string>();
        if (where.Id is { } id) parts.Add($"s.id = {Param(id)}");
        if (where.IdIn is { } ids) parts.Add($"s.id IN {List(ids)}");
        if (where.Kind is { } kind) parts.Add($"s.kind = {Param(EnumNames.ToName(kind))}");
        if (where.KindIn is { } kinds) parts.Add($"s.kind IN {List(kinds.Select(k => EnumNames.ToName(k)))}");
        if (where.SpeakerId is { } speaker) parts.Add($"s.speaker_id = {Param(speaker)}");
        if (where.SpeakerIdIn is { } speakers) parts.Add($"s.speaker_id IN {List(speakers)}");
        // A kind has thousands of speakers: the unary + keeps SQLite from reading each one's statements by the speaker's index
        // (the walk by date, or another filter's speakers, reads far fewer).
        if (where.SpeakerKind is { } speakerKind) parts.Add($"+s.speaker_id IN (SELECT k.id FROM actor k WHERE k.kind = {Param(EnumNames.ToName(speakerKind))})");
        if (where.SpeakerKindIn is { } speakerKinds)
            parts.Add($"+s.speaker_id IN (SELECT k.id FROM actor k WHERE k.kind IN {List(speakerKinds.Select(k => EnumNames.ToName(k)))})");
        if (where.SpeakerRepresents is { } represented) parts.Add(Represents(Param(represented)));
        // Those who were ever members first (a list SQLite reads the speakers' statements by), then on the statement's day.
        if (where.SpeakerMemberOf is { } alliance)
        {
            var a = Param(alliance);
            parts.Add($"s.speaker_id IN (SELECT m.actor_id FROM membership m WHERE m.alliance_id = {a} AND m.id NOT IN {Schema.Retracted}) " +
                $"AND {SqlRules.MemberOn("s.speaker_id", a, EffectiveDate)}");
        }
        if (where.AboutId is { } about)
            parts.Add($"EXISTS (SELECT 1 FROM statement_about x WHERE x.statement_id = s.id AND x.target_id = {Param(about)})");
        if (where.AboutIdIn is { } abouts)
            parts.Add($"EXISTS (SELECT 1 FROM statement_about x WHERE x.statement_id = s.id AND x.target_id IN {List(abouts)})");
        if (where.SourceId is { } source) parts.Add($"s.source_id = {Param(source)}");
        if (where.SourceIdIn is { } sources) parts.Add($"s.source_id IN {List(sources)}");
        if (where.DateGte is { } from) parts.Add(Date(">=", from));
        if (where.DateLte is { } to) parts.Add(Date("<=", to));
        // instr compares characters exactly: the definition's ordinal Contains ('' is in every text).
        if (where.TextContains is { } part) parts.Add($"instr(s.text, {Param(part)}) > 0");
        if (where.And is { } and) parts.Add(All(and.Select(Of).ToList()));
        if (where.Or is { } or) parts.Add(AnyOf(or.Select(w => Of(w))));
        if (where.Not is { } not) parts.Add($"NOT ({Of(not)})");
        return $"({All(parts)})";
    }

    /// <summary>
    /// <see cref="StatementFilters.Represents"/>: the actor itself or someone who ever held a role for it (a list SQLite reads
    /// the speakers' statements by), then a role that holds on the statement's day (any, for an undated statement).
    /// </summary>
    private static string Represents(string actor) =>
        $"s.speaker_id IN (SELECT {actor} UNION ALL SELECT r.person_id FROM role r WHERE r.represents_id = {actor} AND r.id NOT IN {Schema.Retracted}) " +
        $"AND (s.speaker_id = {actor} OR EXISTS (SELECT 1 FROM role r WHERE r.person_id = s.speaker_id AND +r.represents_id = {actor} " +
        $"AND r.id NOT IN {Schema.Retracted} AND ({EffectiveDate} IS NULL OR ({SqlRules.Holds("r.since", "r.until", EffectiveDate)}))))";
}
