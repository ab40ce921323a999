namespace Graph.Ingest;

/// <summary>Counts for one kind of fact: what the gold holds, what was found, and how many of those agree.</summary>
public sealed record Score(string Kind, int Gold, int Found, int Correct, double? MinPrecision, double? MinRecall)
{
    public double Precision => Found == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Found;
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;
    public bool Passes => (MinPrecision is null || Precision >= MinPrecision) && (MinRecall is null || Recall >= MinRecall);
    public Score Add(Score other) => this with { Gold = Gold + other.Gold, Found = Found + other.Found, Correct = Correct + other.Correct };
}
