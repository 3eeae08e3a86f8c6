using System.Globalization;
using System.Text.RegularExpressions;

namespace Quorum.Actions;

/// <summary>
/// Formats a body's action references from a pattern: <c>{prefix} {meeting:00}/{seq:00}</c> gives
/// "LG CIO 03/05"; <c>Action {n:00}</c> gives a plain running number across the body, "Action 01".
/// </summary>
public static partial class ActionReferenceScheme
{
    public const string Default = "{prefix} {meeting:00}/{seq:00}";

    public const string RunningNumber = "Action {n:00}";

    /// <param name="prefix">The body's action prefix.</param>
    /// <param name="meeting">The number of the meeting that raised the action.</param>
    /// <param name="sequence">The action's order among that meeting's actions.</param>
    /// <param name="running">The action's number across all of the body's actions.</param>
    public static string Format(string? scheme, string prefix, int meeting, int sequence, int running)
    {
        scheme = string.IsNullOrWhiteSpace(scheme) ? Default : scheme;
        var text = Placeholder().Replace(scheme, m =>
        {
            var format = m.Groups["format"].Success ? m.Groups["format"].Value : null;
            return m.Groups["name"].Value switch
            {
                "prefix" => prefix,
                "meeting" => meeting.ToString(format, CultureInfo.InvariantCulture),
                "seq" => sequence.ToString(format, CultureInfo.InvariantCulture),
                "n" => running.ToString(format, CultureInfo.InvariantCulture),
                _ => m.Value,
            };
        });
        return text.Trim();
    }

    public static bool IsValid(string scheme) =>
        Placeholder().Matches(scheme).All(m => m.Groups["name"].Value is "prefix" or "meeting" or "seq" or "n")
        && (scheme.Contains("{seq", StringComparison.Ordinal) || scheme.Contains("{n", StringComparison.Ordinal));

    [GeneratedRegex(@"\{(?<name>[a-z]+)(:(?<format>0+))?\}")]
    private static partial Regex Placeholder();
}
