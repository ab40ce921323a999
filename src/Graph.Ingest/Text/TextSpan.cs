namespace Graph.Ingest;

/// <summary>A stretch of the report's text, as UTF-16 offsets [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int position) => position >= Start && position < End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
