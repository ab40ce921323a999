using System.Globalization;

namespace Graph.Core;

/// <summary>
/// What every store checks before recording an <see cref="Extraction"/>, in one place so that the
/// embedded and the Neo4j store refuse the same things with the same codes and words.
/// </summary>
public static class ExtractionRules
{
    /// <summary>Throws BAD_USER_INPUT naming the first field that is missing or out of range.</summary>
    public static void Validate(Extraction e)
    {
        var problem =
            string.IsNullOrEmpty(e.SubjectId) ? "subjectId is required" :
            string.IsNullOrEmpty(e.SourceId) ? "sourceId is required" :
            e.Start < 0 ? $"start must be 0 or more (got {e.Start})" :
            e.Length < 0 ? $"length must be 0 or more (got {e.Length})" :
            e.Text is null ? "text is required" :
            e.Rule is null ? "rule is required" :
            // Written so that NaN fails too.
            !(e.Confidence >= 0 && e.Confidence <= 1) ? $"confidence must be between 0 and 1 (got {e.Confidence.ToString(CultureInfo.InvariantCulture)})" :
            null;
        if (problem is not null)
            throw new GraphException(ErrorCodes.BadUserInput, $"Refused {Describe(e)}: {problem}.");
    }

    /// <summary>What the write does, for messages ("Refused recording the extraction of 'japan' from 'report-1': ...").</summary>
    public static string Describe(Extraction e) => $"recording the extraction of '{e.SubjectId}' from '{e.SourceId}'";

    /// <summary>What a missing source is checked as, for the "references something missing" message.</summary>
    public static string SourceReference(Extraction e) => $"the source '{e.SourceId}'";

    /// <summary>The subject is neither a node nor a dated fact.</summary>
    public static GraphException SubjectNotFound(Extraction e) =>
        new(ErrorCodes.NotFound, $"Cannot record an extraction of '{e.SubjectId}': no node, position, membership or role has that id.");
}
