namespace Quorum.Data;

/// <summary>A named value Quorum keeps about its own database, such as whether it holds demo data.</summary>
public class Setting
{
    public const string DemoData = "demo-data";

    public required string Key { get; set; }

    public required string Value { get; set; }
}
