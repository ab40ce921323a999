namespace Graph.Api.GraphQL;

/// <summary>C# enums as GraphQL enums with UPPER_SNAKE_CASE values, the same names as in the data file.</summary>
public sealed class GraphEnum<T> : EnumerationGraphType where T : struct, Enum
{
    private static readonly Dictionary<Type, string> Descriptions = new()
    {
        [typeof(ActorKind)] = "What kind of actor: a state, a person, an organization (the UN, its Security Council) or a news outlet or agency.",
        [typeof(Stance)] = "An actor's stance on a draft.",
        [typeof(DraftKind)] = "What kind of text a draft is.",
        [typeof(DraftStatus)] = "Where a draft stands.",
        [typeof(DraftRelationKind)] = "How two drafts relate.",
        [typeof(AllianceKind)] = "What kind of group an alliance is.",
        [typeof(StatementKind)] = "QUOTE: the speaker's own words; PARAPHRASE: what a report says they said.",
        [typeof(SourceKind)] = "REPORT: a news report; REFERENCE: a public record cited for standing facts.",
        [typeof(VoteResult)] = "How a vote ended: ADOPTED, FAILED (too few votes in favour) or VETOED (a permanent member voted no).",
        [typeof(BallotChoice)] = "How one member voted: YES, NO, ABSTAIN, or ABSENT (did not take part).",
        [typeof(Origin)] = "CURATED: entered by people; EXTRACTED: created by the extractor from a report.",
        [typeof(Graph.Core.Coalitions.GraphScope)] = "What a graph view covers: DRAFT (a draft's sides), NEIGHBOURHOOD (around a node), WINDOW (a period).",
    };

    public GraphEnum()
    {
        Name = typeof(T).Name;
        Description = Descriptions.GetValueOrDefault(typeof(T));
        foreach (var value in Enum.GetValues<T>())
            Add(EnumNames.ToName(value), value);
    }
}
