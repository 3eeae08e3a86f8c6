namespace Quorum.Web.Features;

/// <summary>The <c>--demo</c> switch: loads demo data and lists the demo accounts on the sign-in page.</summary>
public sealed record DemoMode(bool IsOn)
{
    /// <summary>Takes <c>--demo</c> out of the arguments (the configuration reader would want a value after it).</summary>
    public static string[] Strip(string[] args, out bool demoSwitch)
    {
        demoSwitch = args.Contains("--demo", StringComparer.OrdinalIgnoreCase);
        return [.. args.Where(a => !a.Equals("--demo", StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>On with <c>--demo</c>, or with the setting <c>Quorum:Demo</c> (<c>Quorum__Demo=true</c>).</summary>
    public static DemoMode From(bool demoSwitch, IConfiguration configuration) =>
        new(demoSwitch || configuration.GetValue<bool>("Quorum:Demo"));
}
