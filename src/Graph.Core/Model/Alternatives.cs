namespace Graph.Core;

/// <summary>A draft's alternatives: the drafts related to it by ALTERNATIVE_TO in either direction (the relation is symmetric in meaning).</summary>
public static class Alternatives
{
    public static IReadOnlyList<string> Of(string draftId, IEnumerable<DraftRelation> relations) =>
        relations.Where(r => r.Kind == DraftRelationKind.AlternativeTo && (r.FromId == draftId || r.ToId == draftId))
            .Select(r => r.FromId == draftId ? r.ToId : r.FromId).Distinct().ToList();
}
