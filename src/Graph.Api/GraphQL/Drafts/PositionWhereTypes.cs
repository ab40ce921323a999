namespace Graph.Api.GraphQL;

public sealed class PositionWhereType : InputObjectGraphType
{
    public PositionWhereType()
    {
        Name = "PositionWhere";
        Description = "Which positions (ballots included, as the side each takes) to keep: every field given must hold.";
        Field<IdGraphType>("actor");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("actor_IN");
        Field<GraphEnum<Stance>>("stance");
        Field<ListGraphType<NonNullGraphType<GraphEnum<Stance>>>>("stance_IN");
        Field<DateScalar>("since_GTE");
        Field<DateScalar>("since_LTE");
        Field<DateScalar>("until_GTE");
        Field<DateScalar>("until_LTE");
        Field<DateScalar>("asOf").Description("Holding on that day.");
        Field<IdGraphType>("actorMemberOf").Description("Taken by a member of this alliance (permanent-five) on the position's since; any member, for an undated one.");
        Field<IdGraphType>("draft").Description("On this draft.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("draft_IN");
        Field<DraftWhereType>("onDraft").Description("On a draft that matches this whole draft filter.");
        const string sameDraft = "the same actor took a position that counts (a ballot included) on the same draft, matching this";
        const string order = "both dated: an undated position precedes and follows nothing, and two begun on one day are in no order";
        Field<PositionWhereType>("precededBy").Description($"Earlier, {sameDraft}: begun on an earlier day ({order}).");
        Field<PositionWhereType>("followedBy").Description($"Later, {sameDraft}: begun on a later day ({order}).");
    }
}

public sealed class PositionsAggregateWhereType : InputObjectGraphType
{
    public PositionsAggregateWhereType()
    {
        Name = "PositionsAggregateWhere";
        Description = "How many of a draft's positions match 'where' (all, without it), against each bound given.";
        Field<PositionWhereType>("where");
        Field<IntGraphType>("count");
        Field<IntGraphType>("count_GT");
        Field<IntGraphType>("count_GTE");
        Field<IntGraphType>("count_LT");
        Field<IntGraphType>("count_LTE");
    }
}

public sealed class DraftStatusWhereType : InputObjectGraphType
{
    public DraftStatusWhereType()
    {
        Name = "DraftStatusWhere";
        Description = "Which status changes to keep: every field given must hold.";
        Field<GraphEnum<DraftStatus>>("status");
        Field<ListGraphType<NonNullGraphType<GraphEnum<DraftStatus>>>>("status_IN");
        Field<DateScalar>("asOf").Description("Recorded on or before that day (an undated change always), as Draft.status(asOf) reads them.");
    }
}
