namespace Quorum.Contracts;

/// <summary>
/// Bands of a contract's whole-life value. The lower edges are the thresholds that matter to a
/// council's register: £5,000 (the Local Government Transparency Code 2015 publishes every contract
/// above it), £25,000 (Contracts Finder), then £100,000, £500,000 and £1 million.
/// </summary>
public enum ValueBand
{
    NotKnown,
    Under5Thousand,
    From5ThousandTo25Thousand,
    From25ThousandTo100Thousand,
    From100ThousandTo500Thousand,
    From500ThousandTo1Million,
    OneMillionOrMore,
}

/// <summary>Which band a contract's value falls in, and how a band reads.</summary>
public static class ValueBands
{
    private static readonly (decimal From, ValueBand Band)[] LowerEdges =
    [
        (1_000_000m, ValueBand.OneMillionOrMore),
        (500_000m, ValueBand.From500ThousandTo1Million),
        (100_000m, ValueBand.From100ThousandTo500Thousand),
        (25_000m, ValueBand.From25ThousandTo100Thousand),
        (5_000m, ValueBand.From5ThousandTo25Thousand),
        (0m, ValueBand.Under5Thousand),
    ];

    /// <summary>The band of a whole-life value: an edge belongs to the band above it (£5,000 exactly is "£5,000 to £24,999").</summary>
    public static ValueBand Of(decimal? wholeLifeValue) =>
        wholeLifeValue is { } value and >= 0 ? LowerEdges.First(e => value >= e.From).Band : ValueBand.NotKnown;

    /// <summary>
    /// The band of a contract: its whole-life value when given, else its annual value over the
    /// contract's length (a six-month contract at £40,000 a year is worth £20,000).
    /// </summary>
    public static ValueBand Of(decimal? wholeLifeValue, decimal? annualValue, DateOnly start, DateOnly end) =>
        wholeLifeValue is not null ? Of(wholeLifeValue)
        : annualValue is { } annual && end >= start ? Of(decimal.Round(annual * (end.DayNumber - start.DayNumber + 1) / 365.25m, 2))
        : ValueBand.NotKnown;

    public static string Label(ValueBand band) => band switch
    {
        ValueBand.Under5Thousand => "Under £5,000",
        ValueBand.From5ThousandTo25Thousand => "£5,000 to £24,999",
        ValueBand.From25ThousandTo100Thousand => "£25,000 to £99,999",
        ValueBand.From100ThousandTo500Thousand => "£100,000 to £499,999",
        ValueBand.From500ThousandTo1Million => "£500,000 to £999,999",
        ValueBand.OneMillionOrMore => "£1 million or more",
        _ => "Not known",
    };
}
