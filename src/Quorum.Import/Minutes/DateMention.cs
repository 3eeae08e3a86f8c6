namespace Quorum.Import.Minutes;

/// <summary>
/// A date as written in a document. <see cref="Date"/> is null when the text names a day
/// that does not exist (31/02/2010); <see cref="HasDay"/> is false for "March 2010".
/// </summary>
public sealed record DateMention(string Text, int Index, DateOnly? Date, bool HasYear, bool HasDay, int Year, int Month, int Day)
{
    public bool IsInvalid => Date is null;

    /// <summary>ISO text: yyyy-MM-dd, or yyyy-MM when only a month is given; null when invalid.</summary>
    public string? Iso => !HasDay && Month > 0 ? $"{Year:D4}-{Month:D2}" : Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
