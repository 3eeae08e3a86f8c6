using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

/// <summary>What a column of a roll set out as a table holds, as its header says.</summary>
internal enum RollColumn
{
    Other,
    Name,
    FirstName,
    LastName,
    Organisation,
    Role,
    Initials,

    /// <summary>A column of one state of attendance ("Present", "Apologies", "Absent"): a mark in it says the person was in that state.</summary>
    Present,
    Apologies,
    Absent,

    /// <summary>A column saying the state in a word or a letter ("Attendance": "Present", "Apols", "P", "A").</summary>
    Status,

    /// <summary>A register's column of this meeting, under its date, in the same words and letters; no other word counts.</summary>
    Meeting,
}

/// <summary>What a cell of a roll says of the person on its row.</summary>
internal enum RollMark
{
    /// <summary>Nothing: an empty cell, a dash.</summary>
    None,

    /// <summary>A tick or a cross, whose meaning is the column's ("✓", "X", "Yes").</summary>
    Tick,
    Present,
    Apologies,
    Absent,

    /// <summary>Words that are no mark ("10", "Chair", "joined at 7pm").</summary>
    Other,
}

/// <summary>
/// The words of a roll's header and the marks of its cells, in one place for every reader of rolls set out as tables
/// (a Word or web table, a PDF's columns): "Name | Present | Apologies | Absent" with ticks, or "Member | Attendance" with
/// "P", "Apols", "A", as clerks anywhere set them.
/// </summary>
internal static partial class RollColumns
{
    public static RollColumn Of(string header) => Key(header) switch
    {
        "name" or "names" or "full name" or "member" or "members" or "attendee" or "attendees" or "person" or "participant" or "participants"
            or "governor" or "governors" or "councillor" or "councillors" or "trustee" or "trustees" or "director" or "directors"
            or "board member" or "board members" or "committee member" or "committee members" or "representative" or "delegate" => RollColumn.Name,
        "first name" or "firstname" or "given name" or "forename" => RollColumn.FirstName,
        "last name" or "lastname" or "surname" or "family name" => RollColumn.LastName,
        "company" or "organisation" or "organization" or "affiliation" or "representing" or "institution" or "institute" or "org" or "body" => RollColumn.Organisation,
        "role" or "roles" or "position" or "title" or "office" or "post" => RollColumn.Role,
        "init" or "initials" => RollColumn.Initials,
        "present" or "attended" or "in attendance" or "attending" => RollColumn.Present,
        "apologies" or "apology" or "apols" or "regrets" or "excused" or "sent apologies" or "apologies received" => RollColumn.Apologies,
        "absent" or "not present" or "absent without apologies" => RollColumn.Absent,
        "attendance" or "status" or "attendance status" or "present/absent" or "attended?" or "present?" => RollColumn.Status,
        _ => RollColumn.Other,
    };

    /// <summary>A header cell as it is compared: lower case, without a closing colon or a note of the marks ("Present (Y/N)").</summary>
    private static string Key(string header) => MarksNote().Replace(header.Trim().ToLowerInvariant(), string.Empty).TrimEnd(':', '.').Trim();

    // "Present (Y/N)", "Attendance (P/A/Ap)": the note of the marks the column uses.
    [GeneratedRegex(@"\s*\((?:[a-z]{1,3}\s*/\s*)+[a-z]{1,3}\)\s*$")]
    private static partial Regex MarksNote();

    public static bool IsState(RollColumn column) =>
        column is RollColumn.Present or RollColumn.Apologies or RollColumn.Absent or RollColumn.Status or RollColumn.Meeting;

    public static RollMark Mark(string cell)
    {
        var text = cell.Trim().Trim('*').Trim().TrimEnd('.');
        if (text.Length == 0 || text is "-" or "–" or "—" or "n/a" or "N/A")
            return RollMark.None;
        if (text is "✓" or "✔" or "☑" or "√" or "✅" or "x" or "X" or "y" or "Y" or "yes" or "Yes" or "YES" or "1" || TickWithNote().IsMatch(text))
            return RollMark.Tick;
        if (text is "✗" or "✘" or "✕" or "❌" or "n" or "N" or "no" or "No" or "NO" or "0" or "A" or "a" or "Ab" or "AB" or "Abs" or "NP" or "DNA")
            return RollMark.Absent;
        if (text is "P" or "p" or "L" or "l")
            return RollMark.Present;
        if (text is "E" or "Ex" or "Exc" or "AP" or "Ap" or "Apol" or "Apols")
            return RollMark.Apologies;
        return StateWord().Match(text) switch
        {
            { Success: true } m when m.Groups["apologies"].Success => RollMark.Apologies,
            { Success: true } m when m.Groups["absent"].Success => RollMark.Absent,
            { Success: true } => RollMark.Present,
            _ => RollMark.Other,
        };
    }

    // "✓ (remote)", "Yes – by phone": a tick and a note of how the person took part.
    [GeneratedRegex(@"^(?:[✓✔☑√✅]|yes)\s*[(–—,:-]", RegexOptions.IgnoreCase)]
    private static partial Regex TickWithNote();

    // "Apologies", "Sent regrets", "Excused"; "Absent", "Not present", "Did not attend"; "Present", "Attended", "Remote", "Late".
    [GeneratedRegex(@"^(?:(?<apologies>apolog|apols?\b|sent\s+(?:apolog|regrets)|regrets|excused|absent\s*[(,–-]?\s*(?:with\s+)?(?:apolog|excused|regrets))|(?<absent>absent|not\s+present|did\s+not\s+attend|no\s*show)|(?:present|attended|in\s+person|remote(?:ly)?|virtual(?:ly)?|online|by\s+(?:phone|video|zoom|teams)|via\s+(?:zoom|teams|phone|video)|late\b))", RegexOptions.IgnoreCase)]
    private static partial Regex StateWord();
}
