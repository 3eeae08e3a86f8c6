using System.Globalization;

namespace Quorum.Web.Features.Meetings;

/// <summary>Orders agenda numbers as people read them: 2 before 10, 3 before 3.1 before 4.</summary>
public sealed class AgendaNumberOrder : IComparer<string>
{
    public static readonly AgendaNumberOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = Parts(x);
        var b = Parts(y);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
                return c;
        }

        return a.Length.CompareTo(b.Length);
    }

    private static int[] Parts(string? number) =>
        [.. (number ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)];
}
