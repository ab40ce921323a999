namespace Graph.Ingest;

/// <summary>A quotation: the span between its marks (<see cref="Inner"/>) and with them.</summary>
public sealed record Quotation(TextSpan Inner, int Sentence)
{
    public TextSpan Outer => new(Inner.Start - 1, Inner.End + 1);
}
