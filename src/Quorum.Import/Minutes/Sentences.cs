using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

/// <summary>Splits a line of minutes into sentences.</summary>
public static partial class Sentences
{
    [GeneratedRegex(@"(?<=[a-z0-9\)’'""][.!?])\s+(?=[A-Z“""‘(])")]
    private static partial Regex Boundary();

    public static string[] Split(string text) =>
        Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
}
