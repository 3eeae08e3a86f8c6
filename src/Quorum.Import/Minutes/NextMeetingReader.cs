using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Finds the firm dates of the body's future meetings: in a "Next meeting" / "Dates of future
/// meetings" item or heading, or a "Next meeting:" line. Tentative dates and other events are left out.
/// </summary>
public static partial class NextMeetingReader
{
    // "next video meeting", "Next zoom-meeting:", "next in-person meeting": how the meeting is held may stand before its kind.
    private const string Medium = @"(?:(?:video|online|virtual|zoom|teams|skype|phone|telephone|web|hybrid|in[\s-]person)[\s-])?";

    // "Next committee meeting", "Next Parish Council meeting", "next TSC meeting", "Future members' meetings": the body's kind of
    // meeting, or its name, may stand between the word for what is to come and the meeting. One list for labels, titles and sentences.
    private const string MeetingKind = @"(?:regular|ordinary|full|monthly|quarterly|scheduled|formal|public|board|council|committee|parish\s+council|steering|general|group|team|members'?|tac|tsc|tc|(?-i:\p{Lu}[\p{L}&'’/-]*))";

    // "Next committee meeting", "Future board meetings", "Meeting dates", "Schedule of meetings": a section on the meetings to come.
    [GeneratedRegex(@"\b(?:next|future|further|forthcoming)\s+" + Medium + @"(?:" + MeetingKind + @"\s+)?meetings?\b|\bmeeting\s+dates\b|\bdates?\s+(?:of|for)\s+(?:the\s+)?(?:next|future)\b|\bschedule\s+of\s+meetings\b", RegexOptions.IgnoreCase)]
    private static partial Regex SectionTitle();

    // "Dates of future meetings: …", "Upcoming meetings: …", "Future meeting dates:" name the body's own meetings to come too;
    // clubs call a meeting a "meet" ("Next board meet on 19/11/25").
    // "Next meeting: …", "Next face to face to be hosted by Google in San Francisco Feb 11", "E. Next Meeting Date - October 2, 2018", "BM 68/2122 Date of next meeting Monday 16 May", "The next TAC meeting: …", "19/143 Dates of Forthcoming Milltown Parish Council Meeting – …", "Next call: …", "Date of next board meeting - …"; another body's
    // "next IETF meeting" is not this body's.
    [GeneratedRegex(@"^(?:(?:[A-Z]{1,4}\s?)?\d{1,3}(?:[./]\d{1,4}){0,2}[a-z]?[.):]?\s+|[A-Za-z][.)]\s+|item\s+\d{1,3}[.:]?\s+)?(?:(?:dates?|time|venue|place)(?:\s*(?:,|and|&)\s*(?:date|time|venue|place))*\s+(?:of|for)\s+)?(?:the\s+)?(?:next|future|forthcoming|upcoming)\s+" + Medium + @"(?:" + MeetingKind + @"\s+){0,3}(?:meeting|meet|call|teleconference|telecon|session|face[\s-]to[\s-]face(?:\s+meeting)?|f2f)(?:\s+date)?s?\s*(?:will\s+be|is)?\s*[:\-–]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex InlineLabel();

    // "Will have an update next meeting", "Website – deferred until next meeting": a point put off to the next meeting, read as an
    // item's title, names no next meeting of its own, and the dates under it are of other things (an earlier meeting's "December 15").
    [GeneratedRegex(@"\b(?:will|would|shall|deferred|postponed|until|till|prior\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PutOffToTheNextMeeting();

    // "Committee meeting (propose 01 December)": a date put forward, not yet fixed.
    [GeneratedRegex(@"\b(?:tbc|tbd|to\s+be\s+(?:confirmed|agreed|decided|determined)|tentative(?:ly)?|provisional(?:ly)?|possibly|perhaps|pencilled|maybe|proposed\s+dates?|propose[ds]?\s+(?:for\s+|on\s+)?(?:\w+\s+)?\d+)\b|\?", RegexOptions.IgnoreCase)]
    private static partial Regex Tentative();

    // "Wednesday 13th May at 7pm – venue TBC (? Old Church)", "Location to be determined": the place is still open, the date is
    // fixed. The doubt runs to the end of the clause that opens with the place.
    [GeneratedRegex(@"\b(?:venue|location|place|room)\s*(?:is\s+(?:still\s+)?|:\s*)?(?:tbc|tbd|tba|to\s+be\s+(?:confirmed|agreed|decided|determined|arranged|announced))\b[^.;]*", RegexOptions.IgnoreCase)]
    private static partial Regex VenueInDoubt();

    /// <summary>Whether the text puts its date in doubt; a doubt about the place of the meeting alone does not.</summary>
    private static bool InDoubt(string text) => Tentative().IsMatch(VenueInDoubt().Replace(text, " "));

    // A board's retreat or away day to set its priorities is a gathering of its own, not one of its meetings.
    [GeneratedRegex(@"\b(?:workshop|conference|seminar|dinner|training|webinar|event|summit|festival|launch|deadline|survey|retreat|away[\s-]?day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherEvent();

    [GeneratedRegex(@"^appendix\b", RegexOptions.IgnoreCase)]
    private static partial Regex Appendix();

    // A board's meetings out of its usual round, set in the minutes: "The audit meeting will be February 6 at 6 pm and the
    // budget meeting will be February 24", "A special meeting will be held on March 3", "agreed to set a special meeting date of March 3".
    // The chair's "… then scheduled the next TSC meeting for Thursday, December 17" and "the vote was deferred to a meeting on
    // November 29" fix the body's next meeting in the course of the minutes, with the chair or the body as the one who fixes it.
    // "… making the next meeting on December 17 the last of the year": the meeting named with its date, no verb between.
    // "the next meeting will be held on", "the next regular meeting of the council is on", "decided to hold the work session
    // on", "the regular meeting scheduled on", "adjourned at 8:05 pm until the next regular meeting on", "will meet again on",
    // "the next meeting should be held on", "agreed the next meeting to be held on", "the next meeting date is", and a date
    // straight after the words ("…, next meeting Tuesday 4th June", "adjourned until 4 June"): said anywhere in a sentence.
    [GeneratedRegex(@"\b(?:next|following)\s+(?:" + MeetingKind + @"\s+){0,3}meeting(?:\s+date)?\b(?:\s+of\s+(?:the\s+)?[\p{L}&' -]{2,60}?)?\s+(?:(?:will|would|should|shall)\s+(?:now\s+)?(?:be|take\s+place)|is|to\s+(?:be\s+held|take\s+place)|(?:has\s+been|was)\s+" + Fixed + @")\b|\b(?:will|shall|is\s+to)\s+next\s+meet\b|\bdate\s+of\s+(?:the\s+)?next\s+(?:\w+\s+)?meeting\s+(?:was|is|has\s+been|will\s+be)\b|\b(?:decided|agreed|resolved)\s+(?:by\s+consensus\s+|unanimously\s+)?to\s+(?:hold|move|reschedule)\s+the\s+(?:[\w-]+\s+){0,4}?(?:meeting|work\s+session)\b|\b(?:next|regular)\s+(?:\w+\s+)?meeting\s+(?:is\s+|was\s+|has\s+been\s+)?scheduled\s+(?:on|for)\b|\b(?:adjourned|adjourn)\b.{0,60}?\b(?:to|until|till)\s+the\s+next\s+(?:\w+\s+){0,2}meeting\s+(?:on|at)\b|\b(?:will|shall|to|would|agreed\s+to)\s+meet\s+again\s+on\b|\bnext\s+(?:\w+\s+)?meeting\s+on\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s|\d)|\bnext\s+(?:\w+\s+)?meeting\s*[:,–(-]?\s*" + DateStartsHere + @"|\badjourn(?:ed)?\s+(?:until|till|to)\s+" + DateStartsHere
        + @"|\b(?:deferred|postponed|held\s+over|carried\s+(?:over|forward))\s+(?:to|until|till)\s+(?:a|the)\s+(?:(?:special|further|later|following|next|separate)\s+)?meeting\s+on\b"
        + @"|\b(?:a|an|the)\s+" + OutOfRound + @"\s+meeting\s+(?:will|shall)\s+be\s+(?:held\s+)?(?:on\s+)?" + DateStartsHere
        + @"|\b" + Fixed + @"\s+(?:a|an|the)\s+" + OutOfRound + @"\s+meeting(?:\s+date)?\s+(?:of|for|on)\s+(?:the\s+)?" + DateStartsHere
        // "The Chair … confirmed the next meeting as 9 April", "RESOLVED that the next meeting be held on 9 April", "the meeting
        // adjourned at 8:30 pm until April 9, 2024".
        + @"|\b" + Fixed + @"\s+(?:the\s+date\s+of\s+)?the\s+next\s+(?:\w+\s+){0,2}meeting\s+(?:as|for|on)\b"
        + @"|\bnext\s+(?:\w+\s+){0,2}meeting\s+be\s+held\s+(?:on\s+)?" + DateStartsHere
        + @"|\badjourned\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:until|till|to)\s+" + DateStartsHere
        // The body's usual meeting named by its round or its month: "will decide at its regular meeting on 13th April", "the
        // meeting for April would be on the 1st of April", "the March meeting will be held on 9 March".
        + @"|\b(?:its|our)\s+(?:next\s+)?regular\s+meeting\s+(?:on\s+)?" + DateStartsHere
        + @"|\bthe\s+(?:meeting\s+(?:for|in)\s+" + MonthName + @"|" + MonthName + @"\s+meeting)\s+(?:will|would|shall)\s+(?:now\s+)?be\s+(?:held\s+)?on\b"
        + AnnualMeetingFixed, RegexOptions.IgnoreCase)]
    private static partial Regex NextMeetingSentence();

    // How minutes say a meeting's date was fixed: "the next meeting has been arranged for", "The Chair confirmed the next meeting
    // as", "scheduled the next TSC meeting for", "set a special meeting date of".
    private const string Fixed = @"(?:arranged|scheduled|set|fixed|agreed|confirmed|called|noted)";

    // A board's meetings out of its usual round: "A special meeting will be held on", "set an additional meeting for".
    private const string OutOfRound = @"(?:special|budget|audit|organi[sz]ational|reorgani[sz]ation|joint|additional|extra(?:ordinary)?)";

    // The body's annual meeting given a date in the minutes, though not as "the next meeting": "The annual meeting has been
    // scheduled for Saturday, May 7", "Annual meeting date discussed and changed to May 1", "the next AGM to take place on
    // 14th October". The meeting opens the line or is the body's ("the", "our", "The Alumni Association"): "Call for
    // resolutions for AGM to be held on 18 October" and "the County Association's AGM" are another body's.
    private const string AnnualMeetingFixed =
        @"|" + OwnAnnualMeeting + @"(?:\s+date)?\s+(?:(?:has\s+been|had\s+been|was|is|will\s+be)\s+)?(?:\w+\s+and\s+)?(?:" + Fixed + @"|rescheduled|changed|moved)\s+(?:for|to|on|as)\s+(?:the\s+)?" + DateStartsHere
        + @"|" + OwnAnnualMeeting + @"\s+(?:(?:will|shall)\s+(?:be\s+held|take\s+place)|to\s+(?:be\s+held|take\s+place))\s+(?:on\s+)?" + DateStartsHere;

    // "Solid CG meeting on 2023-09-11, 5PM CET", "ALTO board face-to-face meeting: 9am Friday Nov 6": the body's meeting called
    // by the body's own name, its date straight after (a time of day may stand between). Whose name it is, OwnName decides.
    [GeneratedRegex(@"(?<![\p{L}\d])(?<b>(?-i:\p{Lu}[\p{L}\d&'’-]*)(?:\s+(?-i:\p{Lu}[\p{L}\d&'’-]*)){0,3})\s+(?:(?:board|committee|council|group|team)\s+)?" + Medium
        + @"(?:face[\s-]to[\s-]face\s+)?meeting\s*(?:on\s+|[:,–-]\s*)?(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?\s*,?\s*)?" + DateStartsHere, RegexOptions.IgnoreCase)]
    private static partial Regex NamedMeeting();

    /// <summary>
    /// Whether every word of <paramref name="named"/> is a word of the body's name or the initials of words of it ("Solid CG"
    /// in the minutes of the W3C Solid Community Group).
    /// </summary>
    private static bool OwnName(string named, string body)
    {
        var own = PersonNames.Tokens(body).Where(t => t is not ("of" or "the" or "and")).Select(t => t.ToLowerInvariant()).ToList();
        var initials = string.Concat(own.Select(t => t[0]));
        var words = PersonNames.Tokens(named).Where(t => t is not ("The" or "Our" or "Its")).ToList();
        return words.Count > 0 && words.All(w => own.Contains(w.ToLowerInvariant())
            || w.Length >= 2 && w.All(char.IsUpper) && initials.Contains(w.ToLowerInvariant(), StringComparison.Ordinal));
    }

    // "Annual General Meeting 6 December", "ANNUAL MEETING - 21 SEPTEMBER IN BERLIN": a title that is the meeting and its date.
    [GeneratedRegex(@"^\W*(?:annual\s+(?:general\s+)?meeting|agm)\s*[:,\-–]?\s*" + DateStartsHere, RegexOptions.IgnoreCase)]
    private static partial Regex AnnualMeetingTitle();

    private const string OwnAnnualMeeting = @"(?:^\W*|\b(?:the|our|its)\s+(?:(?:next|coming|forthcoming)\s+)?(?:(?-i:\p{Lu}[\p{L}&-]*)\s+){0,4}?)(?:annual\s+(?:general\s+)?meeting|agm)";

    // Every saying above holds a word of the first set (what is held: a meeting, a session, an adjournment) and one of the
    // second (what says it is to come: "next", "again", "will", "adjourned", "scheduled", "postponed", a special or annual meeting's
    // kind): a line short of either is not tried against the many alternatives.
    private static readonly System.Buffers.SearchValues<string> MeetingWords =
        System.Buffers.SearchValues.Create(["meet", "adjourn", "sess", "agm"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> ComingWords = System.Buffers.SearchValues.Create(
        ["next", "following", "again", "adjourn", "hold", "held", "move", "schedul", "deferred", "postponed", "carried", "will", "would", "shall", "regular",
            "special", "budget", "audit", "organi", "joint", "additional", "extra", "annual", "agm"],
        StringComparison.OrdinalIgnoreCase);

    private static bool SaysNextMeeting(string text) =>
        text.AsSpan().ContainsAny(MeetingWords) && text.AsSpan().ContainsAny(ComingWords) && NextMeetingSentence().IsMatch(text);

    // A date written straight after the words, with nothing between: "…, next meeting Tuesday 4th June", "adjourned until
    // 4 June 2024 at 7 p.m.". A weekday, a month and its day, a day and its month, or a date in figures; not a bare number.
    private const string DateStartsHere = @"(?=(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s|" + MonthName + @"\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @"\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|(?:19|20)\d{2}-\d{2}-\d{2})";

    private const string MonthName = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    // "(tentatively kept to the second Tuesday of every month, subject to change)": a long aside about the usual
    // schedule, not a doubt about the date it follows; "(TBC)" is.
    [GeneratedRegex(@"\((?:[^()\s]+\s+){5,}[^()]*\)")]
    private static partial Regex LongAside();

    // Another gathering named before a date: "followed by the AGM 26th April".
    // A run-through of a meeting is not one: "Trial AGM (Zoom) 03 November", "rehearsal 2 May".
    [GeneratedRegex(@"\b(?:agm|annual\s+general\s+meeting|workshop|conference|seminar|dinner|training|webinar|event|summit|festival|launch|deadline|survey|social|trial|rehearsal|practice|retreat|away[\s-]?day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventBefore();

    [GeneratedRegex(@"^(?:agm|annual\s+general\s+meeting)$", RegexOptions.IgnoreCase)]
    private static partial Regex AnnualMeeting();

    /// <summary>
    /// "Date of next meeting" over "The AGM, 19th April": the body's own annual meeting, when it is the first date the
    /// next-meeting line gives, is its next meeting; "15th March followed by the AGM 26th April" names another gathering.
    /// </summary>
    private static bool OnlyTheAnnualMeeting(string before) => EventBefore().Matches(before).All(m => AnnualMeeting().IsMatch(m.Value));

    // "… to be held on" / "Date of next meetings : last Thursday of the month 7.30pm:": the date follows on the next line.
    // "… will take place on Monday, 2nd" / "September at 7.30 p.m.": the line broke inside the date.
    [GeneratedRegex(@"\b(?:on|held|be|at|for|is|date)\s*:?$|:\s*$|(?:\bon|day,?)\s+\d{1,2}(?:st|nd|rd|th)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RunsOnToDate();

    // "Dates for 2024, 29th August, 26th September …", "Meeting dates for 2025:": the body's own schedule for the year.
    // "2017-18 Council Meeting Schedule: September 19th, November 7th, …": for a season over two years (a school's, a club's).
    // "… The following dates were confirmed for 2006." over a date a line: the schedule set in the closing sentence of a minute.
    // "Proposed dates for 2025" are not firm (Tentative), and the dates up to this meeting's are past.
    [GeneratedRegex(@"^(?:(?:council|board|committee|our)\s+)?(?:meeting\s+)?dates\s+(?:of\s+(?:the\s+)?(?:\w+\s+)?meetings\s+)?(?:for|in)\s+(?<y>(?:19|20)\d{2})\b\s*[:,\-–]?\s*(?<rest>.*)$"
        + @"|^(?:[a-z\d]{1,2}[.)]\s+)?(?<y>(?:19|20)\d{2})(?<span>\s*[-‐–/]+\s*(?:\d{2}|(?:19|20)\d{2}))?\s+(?:(?:council|board|committee|regular)\s+)?meeting\s+(?:schedule|dates)\s*[:\-–]\s*(?<rest>.*)$"
        + @"|(?:^|[.!?]\s+)the\s+following\s+(?:meeting\s+)?dates\s+(?:were|have\s+been|are)\s+(?:agreed|confirmed|set|fixed|adopted|approved)\s+for\s+(?<y>(?:19|20)\d{2})\b\s*[:.]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearSchedule();

    public static List<string> Read(IReadOnlyList<TextLine> lines, IReadOnlyList<AgendaItemRange> items, DateOnly? meetingDate, bool monthFirst, string? body = null)
    {
        var found = new List<DateOnly>();
        foreach (var item in items.Where(i => SectionTitle().IsMatch(i.Title) && !PutOffToTheNextMeeting().IsMatch(i.Title)))
        {
            CollectFromTitle(lines[item.Start].Text, meetingDate, monthFirst, found);
            Collect(lines, item.BodyStart, item.End, DateText.FindYear(item.Title), meetingDate, monthFirst, found);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // "The meeting closed at 9.15pm. Next meeting: Tuesday 2nd April": the label opens the line's last sentence.
            if (line.Kind is LineKind.Text && !InlineLabel().IsMatch(line.Text.Trim()) && ClosingLabel(line.Text) is { } closing)
            {
                Collect([new TextLine(closing)], 0, 1, null, meetingDate, monthFirst, found, labelled: true);
                continue;
            }

            // A table row "Date of next meeting | Tuesday 2nd April 2019 at 7.30pm", or with the item's number before it.
            if (line.Kind == LineKind.TableRow && LabelledRow(lines, i, meetingDate, monthFirst) is { } value)
            {
                Collect([new TextLine(value)], 0, 1, null, meetingDate, monthFirst, found, labelled: true);
                continue;
            }

            if (line.Kind is LineKind.Text or LineKind.ListItem && YearSchedule().Match(line.Text.Trim()) is { Success: true } schedule)
            {
                // The year's dates follow on the line, or a line each below a label that ends there. A season over two years gives
                // its dates no year of its own: each is the first after this meeting's.
                var rest = schedule.Groups["rest"].Value;
                int? year = schedule.Groups["span"].Success ? null : int.Parse(schedule.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (DateText.FindAll(rest, year ?? meetingDate?.Year, monthFirst: monthFirst).Count == 0)
                    Collect(lines, i + 1, DatedLinesEnd(lines, i + 1, meetingDate, monthFirst), year, meetingDate, monthFirst, found, labelled: true);
                else
                    Collect([new TextLine(rest)], 0, 1, year, meetingDate, monthFirst, found, labelled: true);
                continue;
            }

            if (line.Kind == LineKind.Heading && SectionTitle().IsMatch(line.Text) && !PutOffToTheNextMeeting().IsMatch(line.Text) && !items.Any(item => item.Start == i))
            {
                var end = i + 1;
                while (end < lines.Count && lines[end].Kind != LineKind.Heading)
                    end++;
                CollectFromTitle(line.Text, meetingDate, monthFirst, found);
                Collect(lines, i + 1, end, DateText.FindYear(line.Text), meetingDate, monthFirst, found);
            }
            else if (line.Kind is LineKind.Text or LineKind.ListItem && InlineLabel().Match(line.Text.Trim()) is { Success: true } label
                && (label.Groups["rest"].Value.Length > 0 || NextText(lines, i) is not null) && !UnderAnotherBody(lines, i) && !NamesAnotherBody(line.Text, body)
                && !InAnotherGroupsReport(lines, i, body) && !TopicsOwnMeeting(lines, i, body))
            {
                // "Next meeting" alone on its line: the date is on the line below it.
                var rest = label.Groups["rest"].Value;
                if (rest.Length == 0 && IsListLabel(line.Text))
                {
                    Collect(lines, i + 1, DatedLinesEnd(lines, i + 1, meetingDate, monthFirst), null, meetingDate, monthFirst, found, labelled: true);
                    continue;
                }

                if (rest.Length == 0 || !DateText.FindAll(rest, meetingDate?.Year, monthFirst: monthFirst).Any(m => m.Date is not null) && RunsOnToDate().IsMatch(rest.Trim()) && NextText(lines, i) is not null)
                    rest = (rest + " " + NextText(lines, i)).Trim();
                var before = found.Count;
                Collect([new TextLine(rest)], 0, 1, null, meetingDate, monthFirst, found, labelled: true);
                if (found.Count == before && DateBelow(lines, i, meetingDate, monthFirst) is >= 0 and var dated)
                    Collect(lines, dated, dated + 1, null, meetingDate, monthFirst, found, labelled: true);
            }
            else if (line.Kind is LineKind.Text or LineKind.ListItem or LineKind.TableRow && SaysNextMeeting(line.Text) && !InAnotherGroupsReport(lines, i, body)
                && !UnderAnotherBody(lines, i) && !TopicsOwnMeeting(lines, i, body))
            {
                // A paragraph may say it more than once ("… the regular meeting scheduled on Thursday, June 21 … decided to
                // hold the work session on Tuesday, July 19"): each saying gives the first date after it, up to the next.
                var sayings = NextMeetingSentence().Matches(line.Text);
                for (var k = 0; k < sayings.Count; k++)
                {
                    if (NamesAnotherBody(sayings[k].Value, body))
                        continue;
                    var stop = k + 1 < sayings.Count ? sayings[k + 1].Index : line.Text.Length;
                    var end = sayings[k].Index + sayings[k].Length;
                    if (SaidDate(lines, i, line.Text[end..Math.Max(end, stop)], meetingDate, monthFirst, k + 1 == sayings.Count) is { } date)
                        found.Add(date);
                }
            }
            else if (line.Kind is LineKind.Text or LineKind.ListItem && body is not null && NamedMeeting().Match(line.Text) is { Success: true } named
                && OwnName(named.Groups["b"].Value, body) && SaidDate(lines, i, line.Text[(named.Index + named.Length)..], meetingDate, monthFirst, last: false) is { } own)
            {
                found.Add(own);
            }
            else if (line.Kind is LineKind.Text or LineKind.Heading && AnnualMeetingTitle().Match(line.Text) is { Success: true } title
                && !InANextMeetingList(lines, i) && SaidDate(lines, i, line.Text[title.Length..], meetingDate, monthFirst, last: false) is { } date)
            {
                found.Add(date);
            }
        }

        return found.Distinct().Order().Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    // An item's number or a minute reference in the cell before a label: "7", "7.", "BM 68/2122".
    [GeneratedRegex(@"^(?:[A-Z]{0,4}\s?\d{1,4}(?:[./]\d{1,4}){0,2}[.)]?)?$")]
    private static partial Regex NumberCell();

    /// <summary>
    /// What a table row gives after a next-meeting label in one of its cells: "Date of next meeting | Tuesday 2nd April",
    /// "7 | Date of next meeting | Tuesday 2nd April" (minutes set out as a table of numbered items), "7 | Next meeting: 2 April".
    /// When the row holds the label alone, the date is in the row below it ("7 | Date of next meeting" over " | Tuesday 2nd April").
    /// </summary>
    private static string? LabelledRow(IReadOnlyList<TextLine> lines, int index, DateOnly? meetingDate, bool monthFirst)
    {
        if (lines[index].Cells is not { Count: >= 1 } cells)
            return null;
        for (var k = 0; k < cells.Count; k++)
        {
            if (InlineLabel().Match(cells[k].Trim()) is { Success: true } label)
            {
                var value = string.Join(' ', cells.Skip(k + 1).Prepend(label.Groups["rest"].Value)).Trim();
                if (DateText.FindAll(value, meetingDate?.Year, monthFirst: monthFirst).Count == 0 && RowBelow(lines, index) is { } below)
                    value = below.Text;

                return value.Length > 0 ? value : null;
            }

            if (!NumberCell().IsMatch(cells[k].Trim()))
                return null;
        }

        return null;
    }

    private static TextLine? RowBelow(IReadOnlyList<TextLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count && j <= index + 2; j++)
        {
            if (!lines[j].IsBlank)
                return lines[j].Kind == LineKind.TableRow ? lines[j] : null;
        }

        return null;
    }

    // "Dates of future meetings:", "Next meetings:" alone on a line: a list of dates follows, one a line.
    [GeneratedRegex(@"\b(?:meetings|dates)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PluralLabel();

    private static bool IsListLabel(string text) => PluralLabel().IsMatch(text);

    /// <summary>Where a list of dates under a label ends: at the first line that gives no date, or after a dozen.</summary>
    private static int DatedLinesEnd(IReadOnlyList<TextLine> lines, int start, DateOnly? meetingDate, bool monthFirst)
    {
        var end = start;
        var dated = 0;
        for (var j = start; j < lines.Count && dated < 12; j++)
        {
            if (lines[j].IsBlank)
                continue;
            if (lines[j].Kind == LineKind.Heading || !DateText.FindAll(lines[j].Text, meetingDate?.Year, monthFirst: monthFirst).Any(m => m.Date is not null))
                break;
            dated++;
            end = j + 1;
        }

        return end;
    }

    // "the next meeting of the Planning Committee will be …": the meeting of the body named, which may not be the one whose minutes these are.
    [GeneratedRegex(@"\bmeeting\s+of\s+(?:the\s+)?(?<b>[\p{L}&' -]{2,60}?)\s+(?:will|would|is|shall|has|was)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingOfNamed();

    /// <summary>A next-meeting sentence naming a committee or board that is not the body whose minutes these are.</summary>
    private static bool NamesAnotherBody(string saying, string? body)
    {
        if (body is null || (MeetingOfNamed().Match(saying) is { Success: true } of ? of : NextNamedMeeting().Match(saying)) is not { Success: true } named
            || !OtherBodyName().IsMatch(named.Groups["b"].Value))
        {
            return false;
        }

        return !MeetingHeaderReader.NamesBody(named.Groups["b"].Value, body);
    }

    // "The next Planning Committee meeting will be …" in the full council's minutes: that committee's meeting.
    [GeneratedRegex(@"\b(?i:next)\s+(?<b>(?:\p{Lu}[\p{L}&'’/-]*\s+){1,3})meeting\b")]
    private static partial Regex NextNamedMeeting();

    /// <summary>The date a next-meeting sentence gives: the first after its words, or on the next line when the sentence breaks off before it.</summary>
    private static DateOnly? SaidDate(IReadOnlyList<TextLine> lines, int i, string after, DateOnly? meetingDate, bool monthFirst, bool last)
    {
        // "… to be held on" / "Wednesday 9th May 2018": the date follows on the next line.
        if (last && !DateText.FindAll(after, meetingDate?.Year, monthFirst: monthFirst).Any(m => m.Date is not null) && RunsOnToDate().IsMatch(after.Trim()) && NextText(lines, i) is { } next)
            after += " " + next;
        if (InDoubt(Sentences.Split(after).FirstOrDefault() ?? after))
            return null;
        var first = DateText.FindAll(after, meetingDate?.Year, monthFirst: monthFirst).FirstOrDefault(m => m.Date is not null);
        if (first is null && meetingDate is { } meeting)
            return DayOfMonthAfter(after, meeting);
        if (first?.Date is not { } date || EventBefore().IsMatch(after[..first.Index]))
            return null;
        // "The next meeting will be held on 14th January" in December's minutes: the year the meeting's date implies is the next one.
        if (!first.HasYear && meetingDate is { } before && date <= before)
            date = date.AddYears(1);
        return meetingDate is not { } held || date > held ? date : null;
    }

    // "The next meeting is scheduled for the 17th", "… will be held on Tuesday the 11th at 2pm", "Next meeting: the 3rd": the day
    // of the month alone, as minutes write the next meeting when it falls in the coming weeks.
    [GeneratedRegex(@"^\W*(?:\p{L}+\s+){0,3}?(?:(?:on|for)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?the\s+(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", RegexOptions.IgnoreCase)]
    private static partial Regex DayOfMonthOnly();

    /// <summary>The date <paramref name="text"/> gives by the day of the month alone: the first such day after <paramref name="meeting"/>.</summary>
    private static DateOnly? DayOfMonthAfter(string text, DateOnly meeting)
    {
        if (DayOfMonthOnly().Match(text) is not { Success: true } match)
            return null;
        var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        for (var month = new DateOnly(meeting.Year, meeting.Month, 1); month < meeting.AddMonths(3); month = month.AddMonths(1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) is var date && date > meeting)
                return date;
        }

        return null;
    }

    /// <summary>What follows a next-meeting label that opens the last sentence of a line (bullets a PDF runs into one line the text extractor has already split).</summary>
    private static string? ClosingLabel(string text) =>
        Sentences.Split(text) is { Length: > 1 } sentences && InlineLabel().Match(sentences[^1]) is { Success: true } sentence && sentence.Groups["rest"].Value.Length > 0
            ? sentence.Groups["rest"].Value
            : null;

    // "B. Communications Center JPA – (DC Shannon)" over "Next Meeting: July 14": a committee's report gives that committee's next meeting.
    [GeneratedRegex(@"\b(?:committee|sub-?committee|jpa|authority|commission|working\s+group|task\s+force|forum|partnership)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherBodyName();

    /// <summary>A "Next meeting:" line straight under an entry that names another committee or authority belongs to that body.</summary>
    private static bool UnderAnotherBody(IReadOnlyList<TextLine> lines, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - 3; j--)
        {
            if (lines[j].IsBlank)
                continue;
            var text = lines[j].Text.Trim();
            return PersonNames.Tokens(text).Length <= 12 && OtherBodyName().IsMatch(text) && !text.Contains("meeting", StringComparison.OrdinalIgnoreCase)
                && lines[j].Kind != LineKind.Heading && !SectionTitle().IsMatch(text);
        }

        return false;
    }

    // "NEXT Marketing meeting – Weds 6th January" under "Marketing", "The next Hamfest committee meeting will be Nov 8th" under
    // "Hamfest": the next meeting named for the topic of the part of the minutes it stands in is that of the team working on it.
    [GeneratedRegex(@"\bnext\s+(?<q>(?-i:\p{Lu}[\p{L}&'’-]*)(?:\s+(?-i:\p{Lu}[\p{L}&'’-]*))?)\s+(?:(?:committee|sub-?committee|team|group|working\s+group)\s+)?meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextNamedForATopic();

    // The words that name a kind of meeting, not a topic: "Next Regular Meeting", "Next Board meeting".
    [GeneratedRegex(@"^(?:regular|ordinary|full|monthly|quarterly|general|annual|special|board|council|committee|executive|steering|management|public|formal)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingKindWord();

    /// <summary>Whether the line gives the next meeting of the topic of the part of the minutes it stands in, not of the body.</summary>
    private static bool TopicsOwnMeeting(IReadOnlyList<TextLine> lines, int index, string? body)
    {
        if (NextNamedForATopic().Match(lines[index].Text) is not { Success: true } named)
            return false;
        var words = PersonNames.Tokens(named.Groups["q"].Value);
        if (words.Length == 0 || words.Any(w => MeetingKindWord().IsMatch(w)) || body is not null && MeetingHeaderReader.NamesBody(named.Groups["q"].Value, body))
            return false;
        return TitleAbove(lines, index) is { } title
            && words.All(w => PersonNames.Tokens(title).Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The title of the part of the minutes a line stands in: the nearest heading above it, or a short line or item of a few words with no stop.</summary>
    private static string? TitleAbove(IReadOnlyList<TextLine> lines, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - 40; j--)
        {
            var text = lines[j].Text.Trim();
            if (lines[j].Kind == LineKind.Heading || lines[j].Kind is LineKind.Text or LineKind.ListItem && text.Length > 0 && PersonNames.Tokens(text).Length <= 4 && !".:;,?!".Contains(text[^1]))
                return text;
        }

        return null;
    }

    // "Foundation Report (D. Richards)", "Friends of the Library report": a group reporting to the body tells its own news,
    // and "the next meeting is scheduled for 16 March" inside its entry is that group's meeting, not the body's.
    [GeneratedRegex(@"\breports?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"\b(?:foundation|friends|association|society|trust|league|guild|committee|sub-?committee|commission|authority|working\s+group|task\s+force|forum|partnership)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingGroup();

    /// <summary>A line inside the entry of another group's report: the entry it sits under names a group the body's own name does not.</summary>
    private static bool InAnotherGroupsReport(IReadOnlyList<TextLine> lines, int index, string? body)
    {
        if (OwningEntry(lines, index) is not { } entry || !ReportTitle().IsMatch(entry) || ReportingGroup().Match(entry) is not { Success: true } group)
            return false;
        return body is null || !body.Contains(group.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The entry a line belongs to: the nearest heading above it, or the nearest list item at a shallower depth. A paragraph
    /// between list items stands at the depth of the item just above it (a Word list a paragraph breaks into).
    /// </summary>
    private static string? OwningEntry(IReadOnlyList<TextLine> lines, int index)
    {
        var depth = lines[index].Kind == LineKind.ListItem ? lines[index].Level : (int?)null;
        var seen = 0;
        for (var j = index - 1; j >= 0 && seen < 15; j--)
        {
            if (lines[j].IsBlank)
                continue;
            seen++;
            if (lines[j].Kind == LineKind.Heading)
                return lines[j].Text.Trim();
            if (lines[j].Kind != LineKind.ListItem)
                continue;
            depth ??= lines[j].Level;
            if (lines[j].Level < depth)
                return lines[j].Text.Trim();
        }

        return null;
    }

    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})*[.):\t]|[a-z][.)]\s|item\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex OpensAnItem();

    // "ACTIONS TO BE TAKEN": a title in capitals opens another part of the minutes.
    [GeneratedRegex(@"^[^\p{Ll}]*\p{Lu}{3}[^\p{Ll}]*$")]
    private static partial Regex CapitalsLine();

    /// <summary>
    /// "Next meeting" over "The chair thanked all for attending." over "Wednesday 20 May, 7pm": a label's date may stand a few
    /// lines below it, past a sentence or a page's running header. The first line below giving a date after this meeting's,
    /// within the item: not past a heading or a title in capitals, the next numbered or lettered entry, or a date in doubt. -1 when there is none.
    /// </summary>
    private static int DateBelow(IReadOnlyList<TextLine> lines, int index, DateOnly? meetingDate, bool monthFirst)
    {
        var seen = 0;
        for (var j = index + 1; j < lines.Count && seen < 6; j++)
        {
            if (lines[j].IsBlank)
                continue;
            seen++;
            var text = lines[j].Text.Trim();
            if (lines[j].Kind == LineKind.Heading || OpensAnItem().IsMatch(text) || InDoubt(text) || InlineLabel().IsMatch(text))
                return -1;
            if (DateText.FindAll(text, meetingDate?.Year, monthFirst: monthFirst).Any(m => m.Date is { } date && (meetingDate is not { } held || date > held || !m.HasYear)))
                return j;
            if (CapitalsLine().IsMatch(text))
                return -1;
        }

        return -1;
    }

    /// <summary>
    /// Whether the line stands in a list of dates under a next-meeting label: "Committee meeting 14 January" over "AGM 11
    /// February", or "Next committee meeting:" a few lines above. The label's rule reads that list, and leaves the members'
    /// annual meeting after the committee's own date out.
    /// </summary>
    private static bool InANextMeetingList(IReadOnlyList<TextLine> lines, int index)
    {
        var seen = 0;
        for (var j = index - 1; j >= 0 && seen < 3; j--)
        {
            if (lines[j].IsBlank)
                continue;
            if (seen++ == 0 && DateText.FindAll(lines[j].Text, null).Count > 0 || InlineLabel().IsMatch(lines[j].Text.Trim()))
                return true;
        }

        return false;
    }

    private static string? NextText(IReadOnlyList<TextLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count && j <= index + 3; j++)
        {
            if (!lines[j].IsBlank)
                return lines[j].Text;
        }

        return null;
    }

    /// <summary>"### Next meeting: May 19", "10. Next Meeting: June 16th, 2020, 6:30 pm": a heading or an item's title that gives the date itself.</summary>
    private static void CollectFromTitle(string title, DateOnly? meetingDate, bool monthFirst, List<DateOnly> found)
    {
        if (InlineLabel().Match(title.Trim()) is { Success: true } label && label.Groups["rest"].Value.Trim().Length > 0)
            Collect([new TextLine(label.Groups["rest"].Value)], 0, 1, null, meetingDate, monthFirst, found, labelled: true);
    }

    /// <summary>The dates of a next-meeting section or line; under a "Next meeting" label another event's word after the date ("the weekend after the deadline") does not make it another event.</summary>
    private static void Collect(IReadOnlyList<TextLine> lines, int start, int end, int? sectionYear, DateOnly? meetingDate, bool monthFirst, List<DateOnly> found, bool labelled = false)
    {
        var year = sectionYear ?? meetingDate?.Year;
        var sectionFirst = true;
        for (var i = start; i < end && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (lines[i].IsBlank)
                continue;
            if (Appendix().IsMatch(text.Trim()) || lines[i].Kind == LineKind.Heading && i > start)
                break;
            if (InDoubt(LongAside().Replace(text, " ")) || !labelled && OtherEvent().IsMatch(text) && !text.Contains("meeting", StringComparison.OrdinalIgnoreCase))
                continue;
            var from = 0;
            foreach (var mention in DateText.FindAll(text, year, monthFirst: monthFirst))
            {
                var before = text[from..Math.Max(from, mention.Index)];
                // The annual meeting is the body's next only as the section's first date: after the committee's own date it is the members'.
                var first = from == 0 && sectionFirst;
                sectionFirst = false;
                from = mention.Index + mention.Text.Length;
                if (mention.Date is not { } date || EventBefore().IsMatch(before) && !(first && OnlyTheAnnualMeeting(before)))
                    continue;
                if (!mention.HasYear && meetingDate is { } held && date < held && sectionYear is null)
                    date = date.AddYears(1);
                if (meetingDate is { } meeting && date <= meeting)
                    continue;
                found.Add(date);
            }

            // "Next meeting: the 14th at 7pm": the date under a label may give the day of the month alone.
            if (labelled && meetingDate is { } heldOn && !DateText.FindAll(text, year, monthFirst: monthFirst).Any(m => m.Date is not null) && DayOfMonthAfter(text, heldOn) is { } next)
            {
                found.Add(next);
            }
        }
    }
}
