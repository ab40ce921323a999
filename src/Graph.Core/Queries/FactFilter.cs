namespace Graph.Core;

/// <summary>Which dated facts to read: those with one of the subjects, one of the objects, or one of the fact ids
/// (each a filter only where given), holding on AsOf if given; retracted ones only with IncludeRetracted. Without
/// WithEvidence the caller reads no fact's evidence, so a store may leave each list empty rather than read it.</summary>
public sealed record FactFilter(IReadOnlyCollection<string>? SubjectIds = null, IReadOnlyCollection<string>? ObjectIds = null,
    DateOnly? AsOf = null, IReadOnlyCollection<string>? FactIds = null, bool IncludeRetracted = false, bool WithEvidence = true);
