using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>A council's schedule of payments under its label, approved as a whole by the outcome closing its last line.</summary>
public static partial class DecisionReader
{
    // "2818. Accounts for payment:-", "19/03 Payments:", "Invoices for approval:": the label a clerk sets over the schedule of payments.
    [GeneratedRegex(@"^(?:\d{1,4}(?:[./]\d{1,4})?[.)]?\s+)?(?<label>[^:]{0,40}\b(?:payments?|accounts|invoices|cheques|bills)\b[^:]{0,30}?)\s*:-?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PaymentsLabel();

    [GeneratedRegex(@"[£$€]\s?\d")]
    private static partial Regex Amount();

    // "Merlin Waste - £30.00 (Ch. No. 300162) – all approved for payment.", "… (Ch. No. 300070). All approved.": the outcome
    // closing the schedule's last line settles every payment in it.
    [GeneratedRegex(@"(?:[-–—.;]|^)\s*(?<outcome>(?:all\s+)?(?:approved|agreed|authori[sz]ed)(?:\s+for\s+payment)?(?:\s+(?:unanimously|by\s+all))?\s*\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ScheduleApproved();

    /// <summary>
    /// "Accounts for payment:-" over "Village Hall Room Hire - £30.00 (Ch. No. 300159)" and more such lines, the last closed by "– all
    /// approved for payment.": the schedule approved as a whole is one decision, in the label's words and the outcome's ("Accounts
    /// for payment: all approved for payment."), not the list of payees. Null when line <paramref name="index"/> is no such label,
    /// when the lines under it are not payments or when no outcome closes them.
    /// </summary>
    private static (string Text, int Last)? ScheduleOfPaymentsApproved(IReadOnlyList<TextLine> lines, int index)
    {
        var first = lines[index].Text.Trim();
        if (!first.EndsWith(':') && !first.EndsWith(":-", StringComparison.Ordinal) || PaymentsLabel().Match(first) is not { Success: true } label)
            return null;
        var payments = 0;
        var unpriced = 0;
        for (var j = NextNonBlank(lines, index + 1, 1); j > index && j < lines.Count && j <= index + 40; j++)
        {
            if (lines[j].IsBlank || lines[j].Kind is not (LineKind.Text or LineKind.ListItem))
                return null;
            var text = lines[j].Text.Trim();
            if (Amount().IsMatch(text))
                payments++;
            else if (++unpriced > 2)
                return null;
            if (payments > 0 && ScheduleApproved().Match(text) is { Success: true } approved)
                return ($"{label.Groups["label"].Value.Trim()}: {approved.Groups["outcome"].Value.Trim()}", j);
        }

        return null;
    }
}
