namespace Quorum.Web.Features;

/// <summary>The <c>--demo</c> switch: loads demo data and lists the demo accounts on the sign-in page.</summary>
public sealed record DemoMode(bool IsOn)
{
    /// <summary>Takes <c>--demo</c> out of the arguments (the configuration reader would want a value after it).</summary>
    public static string[] Strip(string[] args, out DemoMode mode)
    {
        mode = new DemoMode(args.Contains("--demo", StringComparer.OrdinalIgnoreCase)
            || string.Equals(Environment.GetEnvironmentVariable("Quorum__Demo"), "true", StringComparison.OrdinalIgnoreCase));
        return [.. args.Where(a => !a.Equals("--demo", StringComparison.OrdinalIgnoreCase))];
    }
}
