namespace Graph.Api.GraphQL;

/// <summary>The fields facts and statements share: when they held, their evidence and their retraction.</summary>
internal static class FactFields
{
    /// <summary>What every dated fact shows: when it began, the first day it no longer held, and its evidence.</summary>
    public static void AddDatedFields<T>(this ObjectGraphType<T> type) where T : IDatedFact
    {
        type.Field<DateScalar>("since").Resolve(c => c.Source.Since);
        type.Field<DateScalar>("until").Description("The first day it no longer holds.").Resolve(c => c.Source.Until);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Resolve(c => c.Source.Evidence);
        type.AddRetractionField(f => f.Id);
    }

    /// <summary>Why, by whom and when a fact was retracted; null while it stands.</summary>
    public static void AddRetractionField<T>(this ObjectGraphType<T> type, Func<T, string> id) =>
        type.Field<RetractionType>("retraction").Description("Why, by whom and when it was retracted; null while it stands.")
            .Resolve().WithService<RetractionLoader>().Resolve((c, retractions) => retractions.Load(id(c.Source)));
}
