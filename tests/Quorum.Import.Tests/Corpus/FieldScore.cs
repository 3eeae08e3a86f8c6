namespace Quorum.Import.Tests.Corpus;

/// <summary>True and false positives and negatives for one field, summed over documents (micro-average).</summary>
public sealed class FieldScore(string name, double threshold)
{
    public string Name { get; } = name;

    public double Threshold { get; } = threshold;

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public void Add(int truePositives, int falsePositives, int falseNegatives)
    {
        TruePositives += truePositives;
        FalsePositives += falsePositives;
        FalseNegatives += falseNegatives;
    }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public bool Passes => F1 >= Threshold;
}
