using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>Reads title, body, date, times and venue from the lines before the attendance list.</summary>
public static partial class MeetingHeaderReader
{
    [GeneratedRegex(@"\b(?:minutes|notes)\s+(?:of|from)\s+(?:the\s+)?(?<b>.+?)\s+(?:meeting|conference\s+call|call|teleconference)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesOf();

    // "… meeting of the Library Board was called to order", "… meeting of the Kalamazoo Section of the ACS will not meet in person":
    // the name ends where the sentence goes on.
    [GeneratedRegex(@"\b(?:meeting|call)\s+of\s+(?:the\s+)?(?<b>[^,(]+?)(?=\s+(?:held|on|at|in|via|by|to\s+be|was|were|will|would|shall|has|had)\b|\s*[,(]|\s+[-–—|]\s|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingOf();

    // "Minutes of the Audit Committee held on 3 March 2020": the words up to where the meeting is dated or placed;
    // "Minutes from Monday, January 29, 2018" names a day, not a body, and "MINUTES OF THE EXTRAORDINARY MEETING OF …" a meeting.
    // "MINUTES OF PARISH COUNCIL MEETING at NETHERBY VILLAGE HALL on …": the name ends at its meeting, before where it met.
    [GeneratedRegex(@"^(?:the\s+)?(?:(?:draft|approved|unconfirmed|confirmed|signed)\s+)?minutes\s+(?:of|from|for)\s+(?:the\s+|an?\s+)?(?<b>(?!(?:(?:the|an?)\s+)?(?:annual|ordinary|extraordinary|special|regular|monthly|meeting|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[^,;:()]{3,80}?)(?=\s+(?:held|on|dated)\b|\s+meeting\s+(?:at|in|via|by)\b|\s*[,;(]|\s+[-–—|]\s)", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesOfHeld();

    // "RSC Meeting", "Haskell.org Monthly Call": the name before the words for its meeting; a call is a meeting when it recurs.
    // "2020 RLCA Annual General Meeting": "Annual General" is the kind of meeting, not part of the name.
    [GeneratedRegex(@"^(?<b>.+?)\s+(?:(?:(?:annual|extraordinary|special)\s+general\s+|monthly\s+|quarterly\s+|annual\s+|general\s+|sync\s+|steering\s+|special\s+|regular\s+|ordinary\s+|extraordinary\s+|public\s+|open\s+)?(?:meeting|conference\s+call|telecon(?:ference)?|minutes|notes)|(?:weekly|biweekly|bi-weekly|fortnightly|monthly|quarterly)\s+(?:call|sync))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedMeeting();

    // "Minutes for RSC Meeting 2023-06-24": the words for the record before the name of the body whose meeting it was.
    [GeneratedRegex(@"^(?:(?:draft|approved|unapproved|final)\s+)?(?:meeting\s+)?(?:minutes|notes)\s+(?:of|for|from)\s+(?:the\s+)?(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex RecordOf();

    // "RSC", "TC39", "W3C": a body's initials, as open-source and standards groups name themselves.
    [GeneratedRegex(@"^(?-i:\p{Lu}[\p{Lu}\d&-]{1,7})$")]
    private static partial Regex Acronym();

    /// <summary>
    /// "Minutes for RSC Meeting": after the words for the record, a body named by its initials before "Meeting". Only initials:
    /// "Minutes of the X Meeting" in words is read by the patterns for it, and after "Minutes for" words may say which meeting instead.
    /// </summary>
    private static Match AcronymMeeting(string text)
    {
        var stripped = RecordOf().Replace(text, string.Empty);
        var named = stripped.Length < text.Length ? NamedMeeting().Match(stripped) : Match.Empty;
        return named.Success && Acronym().IsMatch(named.Groups["b"].Value) ? named : Match.Empty;
    }

    [GeneratedRegex(@"^(?:regular|special|ordinary|extraordinary|annual|monthly|quarterly|public|open|emergency|adjourned)\s+(?=(?:board|committee|council|general|meeting|session|members|trustees|directors)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingKind();

    [GeneratedRegex(@"^(?:the\s+)?(?<g>[\p{L} -]{3,50}?)\s+(?:meeting|minutes)\s+(?:for|of)\s+(?:the\s+)?(?<o>[^,;:()\d]{3,60}?)\s*(?=\d|$|[,(])", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingFor();

    [GeneratedRegex(@"^(?:held\s+)?at\s+(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AtLine();

    [GeneratedRegex(@"^(?:venue|location|place|where)\s*:\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex VenueLabel();

    [GeneratedRegex(@"\b(?:conference\s+call|teleconference|telephone\s+conference|video\s+conference)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallWords();

    [GeneratedRegex(@"(?<![\d/.:])(?<h>[01]?\d|2[0-3])(?:[:.](?<m>[0-5]\d))?\s*(?<ap>am|pm|a\.m\.|p\.m\.)?(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(?:closed|ended|finished|concluded|close)\b[^.\n]{0,30}?\b(?<h>[01]?\d|2[0-3])[:.](?<m>[0-5]\d)\s*(?<ap>am|pm)?", RegexOptions.IgnoreCase)]
    private static partial Regex EndTime();

    [GeneratedRegex(@"^date\s*:\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FrontMatterDate();

    [GeneratedRegex(@"^title\s*:\s*(?<v>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FrontMatterTitle();

    // "body: Finance Committee": a site that keeps each body's minutes says in the page's front matter whose they are.
    [GeneratedRegex(@"^body\s*:\s*(?<v>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FrontMatterBody();

    [GeneratedRegex(@"[\p{Ll}]")]
    private static partial Regex LowerCase();

    [GeneratedRegex(@"^(?:created|last\s+(?:updated|modified|edited)|updated|modified|edited|posted|published|uploaded)\s+(?:by\s+.{1,60}?\s+)?(?:on|at)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PageProvenance();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}(?:T|\s+)\d{1,2}:\d{2}:\d{2}")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^(?:19|20)\d{2}\b(?!-\d)")]
    private static partial Regex OpensWithYear();

    // "1.5 Approval of previous minutes [Minutes of 2021-09-17 Meeting #44]", "Confirmation of the Minutes of the last meeting".
    [GeneratedRegex(@"\b(?:previous|last|prior)\s+(?:meeting'?s?\s+)?minutes\b|\bminutes\s+of\s+(?:the\s+)?(?:previous|last|prior)\s+meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousMinutes();

    [GeneratedRegex(@"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:dates?\s+of\s+)?(?:the\s+)?(?:next|future|forthcoming|upcoming)\s+(?:\w+\s+)?meetings?\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureMeetingsItem();

    /// <summary>
    /// Whether a header line speaks of the minutes of the meeting before: it names them, or stands right under a line that
    /// does and gives no date itself ("Confirmation of Previous Minutes" over a link to "2020-03-17-minutes.md"). Its date is that meeting's.
    /// </summary>
    private static bool OfThePreviousMinutes(List<(string Text, int Index)> header, int k) =>
        PreviousMinutes().IsMatch(header[k].Text)
        || k > 0 && header[k - 1].Index >= header[k].Index - 2 && PreviousMinutes().IsMatch(header[k - 1].Text) && DateText.FindFirst(header[k - 1].Text, null) is null;

    // What is left of "APPROVED DECEMBER 11 2019" or "Minutes approved: 11/12/2019" without its date: an approval stamp alone.
    [GeneratedRegex(@"^\W*(?:minutes\s+)?(?:approved|adopted|confirmed|ratified)(?:\s+(?:on|at))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovalStamp();

    /// <summary>
    /// Whether a body named in the text ("the Parish Council", "the Board") is the body whose minutes these are: every word
    /// of the name, but "the", "of" and "and", is a word of <paramref name="body"/>.
    /// </summary>
    internal static bool NamesBody(string named, string body)
    {
        var own = PersonNames.Tokens(body).Select(t => t.ToLowerInvariant()).ToHashSet();
        var words = PersonNames.Tokens(named).Select(t => t.ToLowerInvariant()).Where(t => t is not ("the" or "of" or "and")).ToList();
        return words.Count > 0 && words.All(own.Contains);
    }

    public static MeetingHeader Read(IReadOnlyList<TextLine> lines, int attendanceStart, bool monthFirst, List<string> warnings)
    {
        var end = attendanceStart > 0 ? attendanceStart : Math.Min(lines.Count, 40);
        var all = string.Join('\n', lines.Take(2000).Select(l => l.Text));
        var header = new List<(string Text, int Index)>();
        var headings = new List<string>();
        string? frontTitle = null;
        string? frontBody = null;
        DateMention? date = null;
        DateMention? stamped = null;
        string? start = null;
        for (var i = 0; i < end; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
                continue;
            var text = line.Text.Trim();
            if (line.Kind == LineKind.FrontMatter)
            {
                if (FrontMatterDate().Match(text) is { Success: true } fd)
                {
                    // "date: 2022-08-26 12:03:03 UTC+12:00": a stamp to the second is when the page was written or
                    // converted; the minutes' own heading dates the meeting, and the stamp serves only without one.
                    if (Timestamp().IsMatch(fd.Groups["v"].Value))
                    {
                        stamped ??= DateText.FindFirst(fd.Groups["v"].Value, null);
                        continue;
                    }

                    date ??= DateText.FindFirst(fd.Groups["v"].Value, null, monthFirst);
                    start ??= FindTime(fd.Groups["v"].Value[(date?.Text.Length ?? 0)..]);
                }
                else if (FrontMatterTitle().Match(text) is { Success: true } ft)
                {
                    frontTitle = ft.Groups["v"].Value.Trim().Trim('"', '\'');
                }
                else if (FrontMatterBody().Match(text) is { Success: true } fb)
                {
                    frontBody ??= fb.Groups["v"].Value.Trim().Trim('"', '\'');
                }

                continue;
            }

            if (text.StartsWith("[image", StringComparison.OrdinalIgnoreCase))
                continue;
            header.Add((text, i));
            if (line.Kind == LineKind.Heading && line.Level <= 1)
                headings.Add(text);
        }

        var dateLine = -1;
        if (date is null)
        {
            DateMention? approval = null;
            for (var k = 0; k < header.Count; k++)
            {
                var (text, index) = header[k];
                // "2. Future Meetings" over "October 14, 2021": the minutes have gone on past their header to the meetings to come.
                if (FutureMeetingsItem().IsMatch(text))
                    break;
                // "Created by Ry Jones on Oct 01, 2019": when a wiki page was made, not when the meeting was.
                if (PageProvenance().IsMatch(text) || OfThePreviousMinutes(header, k))
                    continue;
                var mention = DateText.FindFirst(text, approval?.Year, monthFirst);
                if (mention is null && k + 1 < header.Count && header[k + 1].Index <= index + 2 && OpensWithYear().IsMatch(header[k + 1].Text))
                {
                    // "… as presented at the AGM on July 8," over "2020.": a PDF broke the line between the day and its year.
                    var joined = text + " " + header[k + 1].Text;
                    if (DateText.FindFirst(joined, null, monthFirst) is { } split && split.Index < text.Length)
                        (text, mention) = (joined, split);
                }

                if (mention is null)
                    continue;
                // "APPROVED DECEMBER 11 2019" at the top: the later meeting that approved these minutes, not this one.
                if (approval is null && IsApprovalStamp(text, mention))
                {
                    approval = mention;
                    continue;
                }

                // "September 23 – Room 901" under it: the year of the approval, or the one before when that date would follow it.
                if (!mention.HasYear && approval is { Date: { } approved } && mention.Date > approved)
                    mention = DateText.FindFirst(text, approval.Year - 1, monthFirst) ?? mention;
                date = mention;
                dateLine = index;
                start ??= FindTime(text.Remove(mention.Index, mention.Text.Length));
                break;
            }
        }

        // "title: Minutes - Meeting of February 5, 2008" in a page's front matter, and no date in the text under it.
        date ??= frontTitle is null ? null : DateText.FindFirst(frontTitle, null, monthFirst);
        date ??= stamped;
        if (date is { IsInvalid: true })
            warnings.Add($"The meeting date '{date.Text}' is not a real date; it was left empty for the clerk to fill in.");
        else if (date is null)
            warnings.Add("No meeting date was found.");

        // The stamp is not the title either: the line under it is.
        var title = header.Select(h => h.Text).FirstOrDefault(text => !IsApprovalStamp(text, DateText.FindFirst(text, null))) ?? frontTitle;
        var titleRegion = TitleRegion(header, headings);
        var opening = lines.Take(60).Where(l => !l.IsBlank && l.Kind != LineKind.FrontMatter).Select(l => l.Text.Trim()).ToList();
        return new MeetingHeader(
            title ?? frontTitle,
            frontBody ?? Body(titleRegion, headings, frontTitle, all, opening, header.Select(h => h.Text).ToList()) ?? CalledToOrder(opening) ?? MeetingAsBody(titleRegion),
            date?.Date,
            start,
            FindEndTime(lines),
            Venue(header, dateLine));
    }

    // "The regular board meeting of the Milltown Township Board of Trustees was called to order by …": a US board's minutes
    // open by naming whose meeting was called to order, where the heading named only the township or the kind of meeting.
    [GeneratedRegex(@"\b(?:meeting|session)\s+of\s+(?:the\s+)?(?<b>(?-i:\p{Lu})[\p{L}'’.&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*(?-i:\p{Lu})[\p{L}'’.&-]*){1,8})\s+(?:was|were)\s+(?:called\s+to\s+order|held|convened)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingOfCalledToOrder();

    // "The Riverside Steering Committee met in Room 12 on May 8, 1996.": minutes that open by saying who met, where and when.
    [GeneratedRegex(@"^(?:the\s+)?(?<b>(?-i:\p{Lu})[\p{L}'’.&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*(?-i:\p{Lu})[\p{L}'’.&-]*){1,8})\s+met\s+(?:in|at|on|via|by|over|online|virtually|remotely)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BodyMet();

    /// <summary>The body named in the opening sentence that calls its meeting to order, or says it met, when that name says whose body it is.</summary>
    private static string? CalledToOrder(List<string> opening)
    {
        var text = TextCleaning.Squash(string.Join(' ', opening.Take(20)));
        // A line of its own opens with who met: the lines are looked at one by one, where they start.
        var met = opening.Take(20).Select(line => TextCleaning.Squash(line.Trim())).Where(line => line.Contains(" met ", StringComparison.OrdinalIgnoreCase)).Select(line => BodyMet().Match(line));
        foreach (Match m in MeetingOfCalledToOrder().Matches(text).Concat(met.Where(m => m.Success)))
        {
            var name = m.Groups["b"].Value.Trim();
            var tokens = PersonNames.Tokens(name);
            if (tokens.Length >= 2 && BodyWords.Contains(tokens[^1].Trim('.', ',')) && !IsGenericBody(name))
                return name;
        }

        return null;
    }

    private static bool IsApprovalStamp(string text, DateMention? mention) =>
        mention is { HasYear: true, Date: not null } && ApprovalStamp().IsMatch(text.Remove(mention.Index, mention.Text.Length));

    // The council's own name is the capitalised words before "Parish Council": not "Annual Parish Meeting of"; and not
    // "MILLTOWN TOWN COUNCIL OFFICES", where another body met.
    [GeneratedRegex(@"(?<b>(?:\b(?!(?:of|the|a|an|and|minutes|meeting|held|annual|ordinary|extraordinary|special|parish|town|community)\b)(?-i:[\p{Lu}])[\p{L}'’&-]*\s+){1,4}(?:parish|town|community|city|county|district|borough|village)\s+council)\b(?!\s+(?:offices?|chambers?|buildings?|rooms?|house|hall)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LocalCouncil();

    [GeneratedRegex(@"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s+")]
    private static partial Regex LeadingDate();

    // "Meeting for Worship for Business", "Meeting for Sufferings": a meeting that is itself the body, as Quakers name theirs.
    [GeneratedRegex(@"^(?:minutes\s+(?:of|for)\s+(?:the\s+)?)?(?<b>meeting\s+for\s+(?:\p{L}+\s+){0,4}\p{L}+)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingForTitle();

    /// <summary>A title naming only the meeting, less its month or date ("Minutes for Meeting for Worship for Business October 2012"), where no body was found.</summary>
    private static string? MeetingAsBody(List<string> titleRegion)
    {
        foreach (var line in titleRegion.Take(3))
        {
            var text = line.Trim();
            var cut = DateText.FindFirst(text, null)?.Index ?? (MonthAndYear().Match(text) is { Success: true } month ? month.Index : -1);
            if (cut > 0)
                text = text[..cut].Trim().TrimEnd(',', '-', '–');
            if (MeetingForTitle().Match(text) is { Success: true } title)
                return title.Groups["b"].Value;
        }

        return null;
    }

    /// <summary>
    /// Where a title stands: the first lines of the page, and its first headings wherever a web page's
    /// navigation pushed them.
    /// </summary>
    // "From: Ann Lee <ann@example.org>", "Subject: Usage Board telecon 2005-03-24 - report": the headers of minutes sent as an e-mail.
    [GeneratedRegex(@"^(?:from|to|cc|date|sent|subject|reply-to|message-id)\s*:\s*(?<v>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex MailHeader();

    [GeneratedRegex(@"^\s*[-=_*~]{5,}\s*$")]
    private static partial Regex RuleLine();

    private static List<string> TitleRegion(List<(string Text, int Index)> header, List<string> headings)
    {
        // Minutes sent as an e-mail: the subject is the title, and the other headers and the rules round them are no part of it.
        if (header.Take(8).Count(h => MailHeader().IsMatch(h.Text)) >= 3)
        {
            var subject = header.Take(8).Select(h => MailHeader().Match(h.Text)).FirstOrDefault(m => m.Success && m.Value.StartsWith("subject", StringComparison.OrdinalIgnoreCase));
            var title = subject is null ? null : Regex.Replace(subject.Groups["v"].Value, @"^(?:(?:re|fwd?|aw)\s*:\s*)+", string.Empty, RegexOptions.IgnoreCase);
            var rest = header.Where(h => !MailHeader().IsMatch(h.Text) && !RuleLine().IsMatch(h.Text)).ToList();
            header = title is { Length: > 0 } ? [(title, -1), .. rest] : rest;
        }

        var (rejoined, absorbed) = NamesRejoined(header);
        header = rejoined;
        var region = header.Take(6).Select(h => h.Text).ToList();
        // "MEETING MINUTES" under a letterhead of several blocks (a web page's header): it and the line under it are the title.
        var minutes = header.FindIndex(h => MinutesAlone().IsMatch(h.Text));
        if (minutes >= region.Count && minutes + 1 < header.Count)
            region.AddRange([header[minutes].Text, header[minutes + 1].Text]);
        foreach (var heading in headings.Take(2))
        {
            if (!region.Contains(heading) && !absorbed.Contains(heading))
                region.Add(heading);
        }

        return region;
    }

    // Words that end a name of a body or an organisation when a letterhead wraps it: "… WATER BOARD", "… ASSOCIATION", "CO-OP".
    private static readonly HashSet<string> NameEndWords = new(StringComparer.OrdinalIgnoreCase) { "co-op", "coop", "inc", "llc", "ltd", "cic", "plc" };

    // A line that says which sitting it heads ("REGULAR SESSION", "Open Session", "Public Hearing"), not whose name it carries on.
    [GeneratedRegex(@"^(?:(?:regular|special|annual|ordinary|extraordinary|adjourned|emergency|session|sitting|hearing|workshop|public|open|closed|joint)\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex SittingAlone();

    private static bool IsSittingAlone(string text) => SittingAlone().IsMatch(text.Trim());

    /// <summary>
    /// A letterhead whose name the page was too narrow for, wrapped over two or three short lines ("WESTFIELD RESIDENTS" over
    /// "ASSOCIATION", "MOUNTAIN VIEW" over "WATER BOARD" over "CO-OP"): the lines are one name when the first ends before a word for
    /// what kind of body it is and the next ends on one, both written alike (in capitals, or each word capitalised).
    /// </summary>
    private static (List<(string Text, int Index)> Lines, HashSet<string> Absorbed) NamesRejoined(List<(string Text, int Index)> header)
    {
        var lines = new List<(string Text, int Index)>();
        var absorbed = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < header.Count; k++)
        {
            var (text, index) = header[k];
            var last = index;
            while (k + 1 < header.Count && header[k + 1].Index == last + 1 && !header[k].Text.Contains('\t', StringComparison.Ordinal)
                && !header[k + 1].Text.Contains('\t', StringComparison.Ordinal) && WrapsOnto(HeaderText(text), HeaderText(header[k + 1].Text)))
            {
                absorbed.Add(text);
                absorbed.Add(header[k + 1].Text);
                text = $"{HeaderText(text)} {HeaderText(header[k + 1].Text)}";
                last = header[++k].Index;
            }

            lines.Add((text, index));
        }

        return (lines, absorbed);
    }

    private static bool WrapsOnto(string first, string next)
    {
        if (!IsNamePiece(first, 8) || !IsNamePiece(next, 4) || LowerCase().IsMatch(first) != LowerCase().IsMatch(next))
            return false;
        var words = PersonNames.Tokens(first);
        var tokens = PersonNames.Tokens(next);
        // "MILLTOWN AND DISTRICT" over "ALLOTMENT SOCIETY": a town and the country round it, not yet the body of them.
        var ending = words.Length >= 3 && words[^2] is "and" or "AND" or "&" && words[^1].Equals("district", StringComparison.OrdinalIgnoreCase) ? words[^2] : words[^1];
        // "… CO-OP", "… INC": a company's form always ends the name above it.
        if (tokens.Length == 1 && NameEndWords.Contains(tokens[0].TrimEnd('.')))
            return true;
        return !EndsAName(ending) && EndsAName(tokens[^1]) && words.Length + tokens.Length <= 10;

        static bool EndsAName(string word) => BodyWords.Contains(word) || OrganisationNouns.Contains(word) || NameEndWords.Contains(word.TrimEnd('.'));
    }

    /// <summary>A short line of a letterhead: capitalised words only, no date, figure, colon or comma, no word for a meeting or an officer.</summary>
    private static bool IsNamePiece(string text, int maxWords)
    {
        var tokens = PersonNames.Tokens(text);
        return tokens.Length >= 1 && tokens.Length <= maxWords && char.IsUpper(text[0]) && text.IndexOfAny([':', ',', ';', '/', '|', '(']) < 0 && !text.Any(char.IsDigit)
            && !NotAnOrganisationLine().IsMatch(text) && !IsSittingAlone(text) && !NamesOfficers(text) && DateText.FindFirst(text, 2000) is null
            && !StartsWithMonthWord(text) && tokens.All(t => char.IsUpper(t[0]) || t[0] == '&' || LowerCaseNameWords.Contains(t))
            && !tokens.All(t => DocumentMarkWords.Contains(t));
    }

    private static string? Body(List<string> header, List<string> headings, string? frontTitle, string all, List<string> opening, List<string> beforeAttendance)
    {
        foreach (var body in Candidates(header, headings, frontTitle, all).Select(Clean).OfType<string>())
        {
            // "Northshire Hospitals NHS Trust" over "Minutes of the Trust Board meeting": the board of the trust named above.
            if (OrganisationEndingWith(header, body) is { } whose)
                return whose;
            if (!IsGenericBody(body))
                return FullerAbove(header, body) ?? SpeltOut(body, all) ?? SpeltInLetterhead(body, header) ?? OrganisationOverTitle(header, body) ?? body;
            if (Organisation(header, body) is { } organisation)
                return $"{organisation} {TitleCase(GoverningKind(body, organisation))}";
            // "Northshire Integrated Care Board" over "Minutes of the Board meeting": the line that ends with the board names it.
            if (NamedAbove(header, body) is { } named)
                return named;
            // "Minutes of the meeting of the Board members" over "…, Chairman of the Northshire Pension Board, convened …":
            // the opening lines name whose board it is.
            if (NamedInOpening(beforeAttendance, body) is { } opened)
                return opened;
            // "Minutes of a Regular Meeting of the Board of Directors" over "A regular meeting of the Milltown Software Foundation was
            // held over Zoom": the opening sentence says whose meeting it was.
            if (CalledToOrder(opening) is { } called)
                return called;
            if (PersonNames.Tokens(body).Length > 1)
                return body;
            // "Committee" alone says what kind of body met, not which: a later line may name it; no answer beats a wrong one.
        }

        return BoardOfOrganisation(header, opening) ?? KindUnderOrganisation(header) ?? PlaceOrClubAlone(header);
    }

    // "Council of Management", "Board of Trustees": an organisation's governing body, named by its kind and whom it is made of.
    [GeneratedRegex(@"^(?<k>council|board)\s+of\s+(?:management|trustees|directors|governors)$", RegexOptions.IgnoreCase)]
    private static partial Regex GoverningBody();

    /// <summary>
    /// "Milltown Preservation Trust" over "COUNCIL OF MANAGEMENT MEETING": the trust's council, "Milltown Preservation Trust
    /// Council", as its members speak of it; an organisation of one word keeps the body's whole name.
    /// </summary>
    private static string GoverningKind(string body, string organisation) =>
        GoverningBody().Match(body) is { Success: true } governing && PersonNames.Tokens(organisation).Length >= 2
            ? char.ToUpperInvariant(governing.Groups["k"].Value[0]) + governing.Groups["k"].Value[1..].ToLowerInvariant()
            : body;

    /// <summary>
    /// "MIDSHIRE FIRE AND RESCUE AUTHORITY" over "Minutes of the meeting of the Fire Authority": the heading gives the body's full
    /// name, of which the minutes' own words are a short form (every word of it, in order, and the same last word). Not a
    /// line of two names ("Cyngor Cymuned Llanfair / Llanfair Community Council": the Welsh and the English).
    /// </summary>
    private static string? FullerAbove(List<string> header, string body)
    {
        var words = PersonNames.Tokens(body);
        if (words.Length < 2)
            return null;
        foreach (var line in header.Take(6))
        {
            var text = HeaderText(line);
            var tokens = PersonNames.Tokens(text);
            if (tokens.Length <= words.Length || tokens.Length > words.Length + 4 || tokens.Length > 9 || !char.IsUpper(text[0])
                || !tokens[^1].Equals(words[^1], StringComparison.OrdinalIgnoreCase) || tokens[0].Equals(words[0], StringComparison.OrdinalIgnoreCase)
                || NotAnOrganisationLine().IsMatch(text) || text.IndexOfAny([':', '/', '|', '(']) >= 0 || text.Any(char.IsDigit)
                || !InOrder(tokens, words))
            {
                continue;
            }

            return Clean(LowerCase().IsMatch(text) ? text : CapitalsRecased(text));
        }

        return null;

        static bool InOrder(string[] tokens, string[] words)
        {
            var at = 0;
            foreach (var token in tokens)
            {
                if (at < words.Length && token.Equals(words[at], StringComparison.OrdinalIgnoreCase))
                    at++;
            }

            return at == words.Length;
        }
    }

    // "Colfax Township", "Town of Millbrook", "Milltown Chess Club": a township, town or club names itself alone at the head
    // of its minutes, its address and the date under it, and its board or committee goes unnamed.
    [GeneratedRegex(@"^(?-i:(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:Township|Club)|(?:Town|Township|Village|City|Borough)\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$")]
    private static partial Regex PlaceOrClubName();

    /// <summary>The letterhead's first line when it is only a township's, town's or club's name.</summary>
    private static string? PlaceOrClubAlone(List<string> header)
    {
        if (header.Count == 0)
            return null;
        var text = HeaderText(header[0]);
        return PlaceOrClubName().IsMatch(text) && !NotAnOrganisationLine().IsMatch(text) ? text : null;
    }

    /// <summary>
    /// "2020 RLCA Annual General Meeting Minutes" with "… of the Redstone Lake Cottagers Association (RLCA) …" in the text:
    /// a body named by its initials is the name the minutes spell out for them, in the words whose capitals make the initials.
    /// </summary>
    private static string? SpeltOut(string body, string all)
    {
        if (!Acronym().IsMatch(body) || body.Any(char.IsDigit))
            return null;
        foreach (Match m in Regex.Matches(all, @"(?<name>(?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:of|and|for|the|&)\s+)*){2,8})\(\s*" + Regex.Escape(body) + @"\s*\)"))
        {
            var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var capitals = words.Select((w, k) => (w, k)).Where(x => char.IsUpper(x.w[0])).ToList();
            if (capitals.Count < body.Length)
                continue;
            var first = capitals[^body.Length].k;
            if (string.Concat(capitals.TakeLast(body.Length).Select(x => char.ToUpperInvariant(x.w[0]))) == body.ToUpperInvariant())
                return string.Join(' ', words[first..]);
        }

        return null;
    }

    /// <summary>
    /// "GARELOCHHEAD" / "COMMUNITY COUNCIL" over "MINUTES from the GCC meeting", "Oregon Council of Computer Chairs" over "OCCC Minutes":
    /// a body its title names by initials, whose letterhead spells out the words they stand for.
    /// </summary>
    private static string? SpeltInLetterhead(string body, List<string> header)
    {
        if (!Acronym().IsMatch(body) || body.Length < 3 || body.Any(char.IsDigit))
            return null;
        var words = header.Take(4).SelectMany(l => l.Split('\t')).SelectMany(l => HeaderText(l).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        for (var start = 0; start < words.Count; start++)
        {
            if (!char.IsUpper(words[start][0]))
                continue;
            var name = new List<string>();
            var initials = 0;
            for (var k = start; k < words.Count && k < start + 16 && initials < body.Length; k++)
            {
                var word = words[k].Trim(',', '.', ';', ':');
                if (word.Length == 0)
                    break;
                if (char.IsUpper(word[0]))
                {
                    if (char.ToUpperInvariant(word[0]) != body[initials])
                        break;
                    initials++;
                }
                else if (word is not ("of" or "and" or "for" or "the" or "&"))
                {
                    break;
                }

                name.Add(word);
            }

            if (initials == body.Length && name.Count <= 8)
            {
                var spelt = string.Join(' ', name);
                return LowerCase().IsMatch(spelt) ? spelt : CapitalsRecased(spelt);
            }
        }

        return null;
    }

    /// <summary>
    /// "Cedar Ridge School" over "Trust Lands Community Council", "Strata Plan NW1234" over "Strata Council Meeting Minutes": the first
    /// line names the organisation, with no word for a body of its own, and the title under it the body of it that met.
    /// </summary>
    private static string? OrganisationOverTitle(List<string> header, string body)
    {
        if (header.Count < 2 || !HeaderText(header[1]).StartsWith(body, StringComparison.OrdinalIgnoreCase) || !EndsWithBodyWord().IsMatch(body)
            || TitleLineBody(header[0]) is not null || Letterhead(header[0]) is not { } letterhead || NamesOfficers(header[0])
            || PersonNames.Tokens(letterhead).Any(t => BodyWords.Contains(t)) || body.Contains(letterhead, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return $"{letterhead} {body}";
    }

    // A body's kind alone on a line: "Senate", "Court", "Council", "Governing Body" under a university's or school's name.
    [GeneratedRegex(@"^(?:the\s+)?(?:senate|court|council|board|governing\s+(?:body|board)|full\s+governing\s+(?:body|board))$", RegexOptions.IgnoreCase)]
    private static partial Regex KindAlone();

    /// <summary>"University of Milltown" over "Senate": the organisation's senate, "University of Milltown Senate".</summary>
    private static string? KindUnderOrganisation(List<string> header)
    {
        for (var k = 1; k < header.Count; k++)
        {
            var text = HeaderText(header[k]);
            if (!KindAlone().IsMatch(text))
                continue;
            var kind = Regex.Replace(text, @"^the\s+", string.Empty, RegexOptions.IgnoreCase);
            return Organisation(header.Take(k).ToList(), kind) is { } organisation ? $"{organisation} {TitleCase(kind)}" : null;
        }

        return null;
    }

    /// <summary>
    /// A body whose first word ends an organisation's name on a line of the heading ("Trust Board" under "… NHS Trust",
    /// "University Court" under "University of Milltown" does not, "Court" alone does not): the organisation's body.
    /// </summary>
    private static string? OrganisationEndingWith(List<string> header, string body)
    {
        var words = PersonNames.Tokens(body);
        if (words.Length < 2 || !OrganisationNouns.Contains(words[0]) || !IsGenericBody(string.Join(' ', words[1..])))
            return null;
        foreach (var line in header)
        {
            var text = HeaderText(line);
            var tokens = PersonNames.Tokens(text);
            if (tokens.Length is < 2 or > 8 || !tokens[^1].Equals(words[0], StringComparison.OrdinalIgnoreCase) || NotAnOrganisationLine().IsMatch(text)
                || text.Contains(':', StringComparison.Ordinal) || text.Any(char.IsDigit) || !char.IsUpper(text[0]))
            {
                continue;
            }

            var organisation = LowerCase().IsMatch(text) ? text : TitleCase(text);
            return $"{organisation} {string.Join(' ', words[1..])}";
        }

        return null;
    }

    [GeneratedRegex(@"(?<=\p{L})['’]s(?=\s+\p{Lu})")]
    private static partial Regex Possessive();

    // "Board of Education", "Board of Supervisors", "Board of Selectmen": American school districts', counties' and towns' boards
    // are named for whom they serve or what they are, as a company's board is for its directors.
    [GeneratedRegex(@"^board\s+of\s+(?<kind>directors|trustees|governors|commissioners|education|supervisors|selectmen|aldermen|regents)$", RegexOptions.IgnoreCase)]
    private static partial Regex BoardAlone();

    // "Civil Rights Committee" on a line of its own near the top: the minutes are that committee's, under the board's letterhead.
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}&'’-]*\s+|&\s+|and\s+|of\s+){1,6}(?:[Cc]ommittee|[Ss]ub-?[Cc]ommittee)$", RegexOptions.Multiline)]
    private static partial Regex CommitteeTitleLine();

    /// <summary>
    /// "Regional Transportation District" above a line that is only "Board of Directors" (a letterhead, or a heading
    /// under the organisation's name): the board is that organisation's, "Regional Transportation District Board of Directors".
    /// Not when a committee's name stands alone near the top: then the board's name is the letterhead of its committee's minutes.
    /// </summary>
    private static string? BoardOfOrganisation(List<string> header, List<string> opening)
    {
        // The letterhead's "Board of Directors" may head the roster of the board, which the attendance reader takes
        // for the list of those present: the letterhead is the opening lines, wherever the attendance starts.
        foreach (var line in header.Concat(opening.Take(12)))
        {
            var text = HeaderText(line);
            if (BoardAlone().Match(text) is not { Success: true } board)
                continue;
            if (Organisation(header, text) is not { } organisation)
                return null;
            // "Civil Rights Committee" alone under the board's letterhead and roster: the minutes are that committee's, the organisation's.
            var committee = opening.Select(l => TextCleaning.Squash(l)).FirstOrDefault(l => CommitteeTitleLine().IsMatch(l));
            if (committee is not null)
                return committee.Contains(organisation, StringComparison.OrdinalIgnoreCase) ? committee : $"{organisation} {committee}";
            var kind = board.Groups["kind"].Value;
            return $"{organisation} Board of {char.ToUpperInvariant(kind[0])}{kind[1..].ToLowerInvariant()}";
        }

        return null;
    }

    /// <summary>
    /// The kind of body the title gives ("Board members", "Board") named in full in the opening lines, in mixed case
    /// ("Chairman of the Northshire Pension Board"): the capitalised words up to the body's own noun.
    /// </summary>
    private static string? NamedInOpening(List<string> lines, string body)
    {
        var head = PersonNames.Tokens(body).FirstOrDefault(w => BodyWords.Contains(w) && !w.Equals("members", StringComparison.OrdinalIgnoreCase));
        if (head is null)
            return null;
        var noun = char.ToUpperInvariant(head[0]) + head[1..].ToLowerInvariant();
        var pattern = new Regex(@"(?<n>(?:\b\p{Lu}\p{Ll}[\p{L}'’&-]*\s+){2,6})" + Regex.Escape(noun) + @"\b");
        foreach (var line in lines.Take(12))
        {
            if (pattern.Match(line) is not { Success: true } m)
                continue;
            var words = PersonNames.Tokens(m.Groups["n"].Value).SkipWhile(w => DocumentMarkWords.Contains(w) || GenericBodyWords.Contains(w)).ToList();
            if (words.Count >= 2)
                return $"{string.Join(' ', words)} {noun}";
        }

        return null;
    }

    /// <summary>A short line of the heading that ends with the kind of body the minutes name ("… Care Board" for "Board").</summary>
    private static string? NamedAbove(List<string> header, string body)
    {
        foreach (var line in header)
        {
            var text = HeaderText(line);
            var tokens = PersonNames.Tokens(text);
            if (tokens.Length <= PersonNames.Tokens(body).Length || tokens.Length > 8 || !text.EndsWith(body, StringComparison.OrdinalIgnoreCase)
                || !char.IsWhiteSpace(text[^(body.Length + 1)]) || NotAnOrganisationLine().IsMatch(text) || text.Contains(':', StringComparison.Ordinal)
                || text.Any(char.IsDigit) || IsGenericBody(text) || !char.IsUpper(text[0]))
            {
                continue;
            }

            return LowerCase().IsMatch(text) ? text : TitleCase(text);
        }

        return null;
    }

    private static readonly HashSet<string> DocumentMarkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "draft", "final", "approved", "unapproved", "unconfirmed", "confirmed", "confidential", "restricted", "private", "public",
        "minutes", "minute", "agenda", "notes", "meeting", "meetings", "page", "version", "for", "review", "official", "sensitive",
        "summary", "record", "of", "the", "and", "", "-", "–", "call", "attendees", "present", "welcome", "introduction", "contents",
        "action", "actions", "decision", "decisions", "appendix", "annex", "item", "items",
    };

    private static readonly HashSet<string> GenericBodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "board", "boards", "directors", "trustees", "governors", "commissioners", "commission", "of", "the", "committee", "sub-committee", "subcommittee",
        "steering", "executive", "management", "advisory", "technical", "council", "governing", "body", "group", "working", "panel",
        "tac", "tsc", "tc", "general", "members", "forum", "team", "task", "force", "oversight", "audit", "finance", "joint", "full",
        "senate", "court", "education", "supervisors", "selectmen", "aldermen", "regents",
    };

    // Nouns that end an organisation's name ("… Water District", "… Foundation", "… Libraries"), not a section's.
    private static readonly HashSet<string> OrganisationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "council", "district", "county", "city", "borough", "foundation", "university", "college", "school", "society", "association",
        "trust", "consortium", "institute", "agency", "authority", "library", "libraries", "inc", "ltd", "limited", "corporation",
        "company", "network", "collaborative", "commission", "department", "ministry", "nhs", "partnership", "federation", "union",
        "club", "project", "organisation", "organization", "alliance", "coalition", "initiative", "centre", "center", "cooperative",
        "co-operative", "charity", "fund", "academy", "hospital", "section", "chapter", "branch",
    };

    /// <summary>"Board of Directors", "Steering Committee": a name that says what kind of body, not whose.</summary>
    private static bool IsGenericBody(string body) =>
        PersonNames.Tokens(body).All(w => GenericBodyWords.Contains(w.Trim(',', '.')));

    [GeneratedRegex(@"\b(?:minutes|meeting|agenda|notes|present|attendees|apologies|held|draft|approved|unapproved|page|summary|introduction|contents|welcome|overview|report|actions?|items?|decisions?|appendix|annex|enclosure|paper)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnOrganisationLine();

    /// <summary>
    /// Whose board or committee it is: a short line of the heading that names an organisation ("SAN JUAN WATER
    /// DISTRICT" above "Board of Directors Special Meeting"), by its organisation words or its capitals.
    /// </summary>
    private static string? Organisation(List<string> header, string body)
    {
        foreach (var line in header)
        {
            var text = HeaderText(line);
            var tokens = PersonNames.Tokens(text);
            if (tokens.Length is 0 or > 8 || text.Contains(body, StringComparison.OrdinalIgnoreCase) || DateText.FindFirst(text, 2000) is not null
                || NotAnOrganisationLine().IsMatch(text) || text.Contains(':', StringComparison.Ordinal) || text.Any(char.IsDigit) || IsGenericBody(text))
            {
                continue;
            }

            var capitals = !LowerCase().IsMatch(text) && tokens.Length >= 2 && text.Count(char.IsLetter) >= 6;
            if (capitals || tokens.Any(t => OrganisationNouns.Contains(t.Trim(',', '.'))) || LetterheadOverTitle(header, line, body))
                return capitals ? TitleCase(text) : text;
        }

        return null;
    }

    /// <summary>
    /// "Milltown Chamber of Commerce" over "Executive Committee Minutes", "Friends of Milltown Park" over "Committee meeting": the
    /// first line of the page, each of its words capitalised, right above the line that names the kind of body, is whose body it is,
    /// though no word of its name says it is an organisation.
    /// </summary>
    private static bool LetterheadOverTitle(List<string> header, string line, string body) =>
        header.Count > 1 && ReferenceEquals(header[0], line) && HeaderText(header[1]).Contains(body, StringComparison.OrdinalIgnoreCase)
        && Letterhead(line) is not null && !NamesOfficers(line);

    /// <summary>"Jane Smith" over "Board Meeting": who wrote or chaired the minutes, not whose board met.</summary>
    private static bool IsPersonsName(string text) =>
        PersonNames.Tokens(text) is { Length: 2 or 3 } tokens && GivenNames.Contains(tokens[0]) && PersonNames.LooksLikeFullName(text);

    /// <summary>A date or a month is not a body, whatever line it stood on; nor is a season or a year before the name.</summary>
    private static string? Clean(string? name)
    {
        if (name is null)
            return null;
        // "Northshire Fire Authority – Minutes of …": the separator before the rest of the title goes with it.
        var trimmed = LeadingDate().Replace(name, string.Empty).Trim().TrimEnd('-', '–', '—', ':', '|', ',', ' ');
        trimmed = LeadingSeason().Replace(trimmed, string.Empty).Trim();
        // "AGM of the Allotment Society", "Public Board": which meeting it was, not who met.
        trimmed = LeadingMeetingKind().Replace(trimmed, string.Empty).Trim();
        // "WLUG 2007 AGM": the society whose general meeting it was.
        trimmed = TrailingGeneralMeeting().Replace(trimmed, string.Empty).Trim();
        trimmed = TrailingMeetingNumber().Replace(trimmed, string.Empty).Trim();
        // "IETF-118 QUIC WG meeting": the numbered gathering the group met at, before the group.
        trimmed = Regex.Replace(trimmed, @"^\p{Lu}\p{L}{1,5}-\d{2,4}\s+(?=\p{Lu})", string.Empty);
        // "Annual Homeowners Meeting", "Members Meeting", "MONTHLY TRUSTEE MEETING": who came to the meeting, not a body.
        if (trimmed.ToLowerInvariant() is "homeowners" or "owners" or "members" or "parishioners" or "residents" or "shareholders" or "stockholders" or "electors"
            or "trustee" or "director" or "member" or "governor" or "staff" or "volunteer" or "volunteers")
            return null;
        // "MILLTOWN TOWN COUNCIL OFFICES", "Council Chamber": where the meeting was held, not who met.
        if (VenueEnd().IsMatch(trimmed))
            return null;
        // "These minutes have been converted …": a word pointing at the minutes names no body.
        if (trimmed.ToLowerInvariant() is "these" or "this" or "those" or "the" or "our" or "your" or "their" or "its")
            return null;
        // "Outcomes from Supplier Group meeting": what the record is, before whose meeting it records.
        trimmed = Regex.Replace(trimmed, @"^outcomes?\s+(?:of|from)\s+(?:the\s+)?(?=\S)", string.Empty, RegexOptions.IgnoreCase);
        // "Minutes of the Regular Meeting of the Board of Trustees": "Regular" says which meeting, not who met.
        if (MeetingKindWord().IsMatch(trimmed))
            return null;
        // "Annual Parish Meeting of Milltown": "Parish" or "Town" alone says what kind of council, not which.
        if (PersonNames.Tokens(trimmed).All(w => CouncilKindWords.Contains(w)))
            return null;
        // "Minutes of Meeting 10": which of the body's meetings, not who met.
        if (NumberedMeeting().IsMatch(trimmed))
            return null;
        // "th December 2016 - WebEx": what is left of a dated heading once its day is read off names no body.
        if (trimmed.Length < 2 || char.IsDigit(trimmed[0]) || DateText.FindFirst(trimmed, 2000) is not null || StartsWithMonthWord(trimmed) || MonthAndYear().IsMatch(trimmed))
            return null;
        // "DRAFT", "Meeting Notes", "Confidential": how a page is marked, not who met.
        if (PersonNames.Tokens(trimmed).All(w => DocumentMarkWords.Contains(w.Trim('.', ',', ':', '-', '–', '(', ')'))))
            return null;
        return trimmed;
    }

    [GeneratedRegex(@"\b(?:offices|chambers?|rooms?|buildings?|premises)$", RegexOptions.IgnoreCase)]
    private static partial Regex VenueEnd();

    [GeneratedRegex(@"^(?:(?:annual\s+general|extraordinary\s+general|special\s+general|general)\s+meeting|agm|egm)\s+of\s+(?:the\s+)?(?=\S)|^(?:public|private|confidential)\s+(?=(?:board|session)$)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMeetingKind();

    // "Weekly Meeting", "Zoom Meeting", "Monday's Meeting": how often, how or when it met says which meeting, not who met.
    [GeneratedRegex(@"^(?:regular|special|ordinary|extraordinary|annual|monthly|quarterly|weekly|biweekly|bi-weekly|fortnightly|daily|adjourned|emergency|public|open|virtual|closed|joint|online|remote|hybrid|zoom|video|telephone|phone|in-person|inaugural|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingKindWord();

    [GeneratedRegex(@"^(?:meeting|session|sitting)\s+(?:no\.?\s*|number\s+|#\s*)?\d+\w*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedMeeting();

    // "Board of Directors Meeting #70": the number of the meeting after the body's name.
    [GeneratedRegex(@"(?<=\S)\s+(?:meeting|session|sitting)\s+(?:no\.?\s*|number\s+|#\s*)\d+\w*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingMeetingNumber();

    [GeneratedRegex(@"(?<=\S)\s+(?:(?:19|20)\d{2}\s+)?(?:agm|egm|sgm|(?:annual|extraordinary|special)\s+general(?:\s+meeting)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingGeneralMeeting();

    [GeneratedRegex(@"^(?:(?:spring|summer|autumn|fall|winter|annual|quarterly|monthly)\s+)?(?:(?:19|20)\d{2}\b[\s-]*)?(?:(?:spring|summer|autumn|fall|winter)\b\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingSeason();

    [GeneratedRegex(@"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAndYear();

    private static bool StartsWithMonthWord(string text) =>
        Regex.IsMatch(text, @"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^(?:the\s+)?(?:draft\s+|approved\s+|unconfirmed\s+|confirmed\s+)?minutes\s+(?:of|from)\s+(?:the\s+|a\s+)?(?<b>[^,;:()]{3,80}?)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesOfLine();

    // "Autumn Chest Group Meeting - Yorkshire Imaging Collaborative": a page title, then the site's name.
    [GeneratedRegex(@"^(?<page>.+?)\s+[-–—|·:]\s+(?<site>[^-–—|·:]{3,80})$")]
    private static partial Regex SiteTitle();

    [GeneratedRegex(@"\b(?:group|committee|sub-?committee|board|panel|council|forum|network|team|cabinet|commission|assembly|trust|working\s+party|task\s+force)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithBodyWord();

    [GeneratedRegex(@"\s+(?:meeting|minutes|notes|conference\s+call|call)(?:\s+(?:minutes|notes))?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingMeetingWord();

    [GeneratedRegex(@"\s(?:of|the|and|for|&|a|an|at|on|held)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsMidPhrase();

    /// <summary>
    /// A title wrapped over lines, as PDF and Word headings are ("MINUTES OF THE MEETING OF THE" / "PLANNING
    /// COMMITTEE HELD ON …"): a line that ends on "of", "the" or "and" runs on into the next.
    /// </summary>
    private static List<string> Unwrapped(List<string> header)
    {
        var lines = new List<string>();
        for (var k = 0; k < header.Count; k++)
        {
            var text = header[k].Trim();
            while (k + 1 < header.Count && EndsMidPhrase().IsMatch(text) && PersonNames.Tokens(text).Length <= 16)
                text = $"{text} {header[++k].Trim()}";
            lines.Add(text);
        }

        return lines;
    }

    [GeneratedRegex(@"^[\W_]*(?:(?:regular|special|meeting|board|committee)\s+)*minutes[\W_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesAlone();

    // "(OSVTAC)" after the name it shortens.
    [GeneratedRegex(@"\s*\(\p{Lu}[\p{Lu}&-]{1,11}\)$")]
    private static partial Regex TrailingAcronym();

    [GeneratedRegex(@"\bannual\s+(?<k>parish|town|community)\s+meeting\s+(?:of|for)\s+(?:the\s+)?(?<p>(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){0,3})", RegexOptions.IgnoreCase)]
    private static partial Regex AnnualParishMeeting();

    // "2021 Annual General Meeting", "Annual General Meeting 2024", "MINUTES OF THE ANNUAL PAROCHIAL CHURCH MEETING held in the Church on …":
    // a yearly meeting that says whose it is by no "of …" after it. The word after "General" is not spelt out: a PDF that lost
    // its ligatures prints "Annual General Meeng".
    [GeneratedRegex(@"^(?:(?:the\s+)?(?:(?:draft|approved|unconfirmed)\s+)?minutes\s+of\s+(?:the\s+|an\s+)?)?(?:(?:19|20)\d{2}\s+)?(?:annual\s+(?:general|parochial\s+church)(?>(?:\s+\p{L}+)?)|agm)\b(?!\s+(?:of|for)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AnnualMeetingOfNoOne();

    // "Birchwood AGM 2013 June 25th", "2022 Oak Lane Village Hall AGM Notes": the name before "AGM" is whose general meeting it was.
    [GeneratedRegex(@"^(?:(?:the\s+)?minutes\s+(?:of|from|for)\s+(?:the\s+)?)?(?:(?:19|20)\d{2}\s+)?(?<b>(?-i:\p{Lu})[\p{L}\p{N}'’.&-]*(?:\s+(?:(?:of|and|the|&|for)\s+)*(?-i:\p{Lu})[\p{L}\p{N}'’.&-]*){0,5})\s+(?:AGM|annual\s+general\s+meeting)\b(?!\s+(?:of|for)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NameBeforeAgm();

    /// <summary>
    /// The organisation whose annual general meeting the minutes record: the letterhead over a title that names the meeting alone
    /// ("The Friends of Maple Creek Park" over "2021 Annual General Meeting"), or the name before "AGM" on the title line.
    /// </summary>
    private static string? AnnualMeetingOrganisation(List<string> candidates)
    {
        for (var k = 0; k < Math.Min(candidates.Count, 4); k++)
        {
            var text = HeaderText(candidates[k]);
            if (k > 0 && AnnualMeetingOfNoOne().IsMatch(text) && !NamesOfficers(candidates[k - 1]) && Letterhead(candidates[k - 1]) is { } letterhead)
                return letterhead;
            if (k < 3 && NameBeforeAgm().Match(text) is { Success: true } named && Clean(named.Groups["b"].Value) is { } name
                && IsBodyName(name) && !IsGenericBody(name) && !MeetingKindWord().IsMatch(name))
            {
                return name;
            }
        }

        return null;
    }

    // "MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD IN THE VILLAGE HALL, SOUTH CERNEY ON …": a council that calls itself only
    // "the Parish Council" is the council of the place its venue is in, named after the venue and a comma.
    [GeneratedRegex(@"\bof\s+the\s+(?<k>parish|town|community)\s+council\s+held\s+(?:in|at)\s+[^,]{3,60}?,\s*(?<p>(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){0,3}?)\s+on\b", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilOfThePlaceItMeets();

    // "MINUTES OF PARISH COUNCIL MEETING": a council named only by its kind, whose place the letterhead gives.
    [GeneratedRegex(@"\b(?:minutes|meeting)\s+of\s+(?:the\s+|a\s+)?(?<k>parish|town|community)\s+council\b", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilOfItsKind();

    // "NETHERBY AND ASHWELL PARISH MEETING", "Milltown Town Council": the letterhead's place, before the kind of its council.
    [GeneratedRegex(@"^(?<p>(?-i:\p{Lu})[\p{L}'’-]*(?:\s+(?:&|and)\s+(?-i:\p{Lu})[\p{L}'’-]*|\s+(?-i:\p{Lu})[\p{L}'’-]*){0,4})\s+(?<k>parish|town|community)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceOfItsKind();

    /// <summary>
    /// "NETHERBY AND ASHWELL PARISH MEETING" over "MINUTES OF PARISH COUNCIL MEETING at …": the council of the parish the
    /// letterhead names, as a parish clerk heads every page with the parish's name.
    /// </summary>
    private static string? CouncilOfTheLetterhead(List<string> candidates, string all)
    {
        var kind = candidates.Take(3).Select(c => CouncilOfItsKind().Match(c)).FirstOrDefault(m => m.Success)?.Groups["k"].Value;
        if (kind is null)
            return null;
        foreach (var line in candidates.Take(3))
        {
            if (PlaceOfItsKind().Match(HeaderText(line)) is { Success: true } place && place.Groups["k"].Value.Equals(kind, StringComparison.OrdinalIgnoreCase)
                && !MinutesWord().IsMatch(place.Groups["p"].Value))
            {
                return $"{Recase(TitleCase(place.Groups["p"].Value), all)} {TitleCase(kind)} Council";
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:minutes|meeting|agenda|notes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesWord();

    /// <summary>"CHAIRMAN Mr Richard Coles  CLERK Mrs Ann Lee" under a council's name: its officers, not a name of its own.</summary>
    private static bool NamesOfficers(string line) =>
        line.Contains('\t', StringComparison.Ordinal)
        || PersonNames.Tokens(line).Any(t => Roles.IsOffice(t) || t.TrimEnd('.').ToLowerInvariant() is "clerk" or "mr" or "mrs" or "ms" or "miss" or "dr" or "cllr");

    private static IEnumerable<string?> Candidates(List<string> header, List<string> headings, string? frontTitle, string all)
    {
        var candidates = Unwrapped(header).Concat(frontTitle is null ? [] : [frontTitle]).ToList();
        foreach (var text in candidates.Take(3))
        {
            if (CouncilOfThePlaceItMeets().Match(text) is { Success: true } council)
                yield return $"{Recase(TitleCase(council.Groups["p"].Value), all)} {TitleCase(council.Groups["k"].Value)} Council";
        }

        if (CouncilOfTheLetterhead(candidates, all) is { } lettered)
            yield return lettered;

        // An annual general meeting is the organisation's: its members meet, not one of its boards.
        if (AnnualMeetingOrganisation(candidates) is { } members)
            yield return members;
        // "Minutes of the Annual Parish Meeting of Milltown": the parish's yearly meeting, which its council convenes and keeps minutes of.
        foreach (var text in candidates.Take(3))
        {
            if (AnnualParishMeeting().Match(text) is { Success: true } annual)
            {
                var place = Regex.Replace(annual.Groups["p"].Value, @"(?:\s+(?:parish|town|community))?(?:\s+council)?$", string.Empty, RegexOptions.IgnoreCase);
                yield return $"{Recase(TitleCase(place), all)} {TitleCase(annual.Groups["k"].Value)} Council";
            }
        }

        // "MINUTES OF A MEETING OF HERTINGFORDBURY PARISH COUNCIL": a local council names itself so.
        foreach (var text in candidates)
        {
            if (LocalCouncil().Match(text) is { Success: true } council)
            {
                var words = council.Groups["b"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .SkipWhile(w => w.ToLowerInvariant() is "of" or "the" or "a" or "an" or "minutes" or "meeting" or "held" or "extraordinary" or "annual" or "ordinary");
                var name = string.Join(' ', words);
                if (PersonNames.Tokens(name).Length >= 3)
                {
                    var recased = Recase(TitleCase(name), all);
                    yield return CommitteeOf(candidates, name) is { } committee ? $"{recased} {Recase(TitleCase(committee), all)}" : recased;
                }
            }
        }

        foreach (var text in candidates)
        {
            if (MinutesOf().Match(text) is { Success: true } m && IsBodyName(m.Groups["b"].Value))
                yield return Recase(m.Groups["b"].Value, all);
        }

        // "MEETING MINUTES" on a line of its own over "Open Source Voting System Technical Advisory Committee (OSVTAC)": the line
        // under it says whose minutes these are, whatever letterhead stands above.
        for (var k = 0; k + 1 < candidates.Count; k++)
        {
            if (MinutesAlone().IsMatch(candidates[k]) && TitleLineBody(candidates[k + 1]) is { } named && !IsGenericBody(named))
                yield return WithGroupBelow(candidates, k + 1, TrailingAcronym().Replace(named, string.Empty));
        }

        foreach (var text in candidates)
        {
            // "Agenda for the video call of Northshire's Data Group": the possessive is the owner's name.
            if (MeetingOf().Match(text) is { Success: true } m && IsBodyName(m.Groups["b"].Value, maxWords: IsProperName(m.Groups["b"].Value) ? 12 : 8))
                yield return Recase(Possessive().Replace(m.Groups["b"].Value, string.Empty), all);
        }

        foreach (var text in candidates.Take(3))
        {
            // "Minutes of the TSC Meeting held on …": the meeting word after the body is no part of its name.
            if (MinutesOfHeld().Match(text) is { Success: true } m && IsBodyName(m.Groups["b"].Value))
                yield return Recase(TrailingMeetingWord().Replace(m.Groups["b"].Value, string.Empty), all);
        }

        // "Committee meeting for Perth Artifactory 20/04/2013": the group, then whose it is.
        foreach (var text in candidates.Take(3))
        {
            if (MeetingFor().Match(text) is { Success: true } m && IsGenericBody(m.Groups["g"].Value) && IsBodyName(m.Groups["o"].Value))
                yield return $"{Recase(m.Groups["o"].Value.Trim(), all)} {Recase(m.Groups["g"].Value.Trim(), all)}";
        }

        // "Minutes of Trustees of The Friends of Halesworth County Library": the rest of the line names the body.
        foreach (var text in candidates.Take(3))
        {
            // "Minutes of Committee Meeting": the meeting word after the body is no part of its name.
            if (MinutesOfLine().Match(text) is { Success: true } m && IsBodyName(m.Groups["b"].Value))
                yield return Recase(TrailingMeetingWord().Replace(m.Groups["b"].Value, string.Empty), all);
        }

        // A web page titled "Autumn Chest Group Meeting - Yorkshire Imaging Collaborative" is the minutes of
        // the collaborative's chest group: the site names the organisation, the page its group.
        if (frontTitle is not null && SiteTitle().Match(frontTitle) is { Success: true } site)
        {
            var group = Clean(TrailingMeetingWord().Replace(site.Groups["page"].Value.Trim(), string.Empty));
            var organisation = Regex.Replace(site.Groups["site"].Value.Trim(), @"^the\s+", string.Empty, RegexOptions.IgnoreCase);
            if (group is not null && EndsWithBodyWord().IsMatch(group) && !group.Contains(organisation, StringComparison.OrdinalIgnoreCase)
                && PersonNames.Tokens(organisation).Length <= 6)
            {
                yield return $"{organisation} {Recase(group, all)}";
            }
        }

        // The title is at the top: further down, a line naming a body is an item about it.
        // A page's front matter title ("OpenWIS Technical Committee 2016 December") is a title line too, after the page's own first lines.
        var titleLines = candidates.Take(3).Concat(candidates.Skip(3).Where(headings.Contains));
        foreach (var name in TitleLineBodies((frontTitle is null || titleLines.Contains(frontTitle) ? titleLines : titleLines.Append(frontTitle)).ToList()))
            yield return Recase(name, all);

        foreach (var text in candidates.Take(3))
        {
            if (InitialsTitle(text, all) is { } initials)
                yield return initials;
        }

        foreach (var text in candidates.Take(3))
        {
            // "Regular Board Meeting": the kind of meeting is not the body.
            var named = NamedMeeting().Match(MeetingKind().Replace(text, string.Empty));
            if (named.Success && named.Groups["b"].Value.StartsWith("minutes", StringComparison.OrdinalIgnoreCase))
                named = AcronymMeeting(text);
            if (named.Success && IsBodyName(named.Groups["b"].Value) && !named.Groups["b"].Value.StartsWith("minutes", StringComparison.OrdinalIgnoreCase))
            {
                // "2020 03 30 steering group minutes": the date goes, the group stays.
                var name = Regex.Replace(named.Groups["b"].Value, @"^[\d\s./-]+(?=\p{L})", string.Empty);
                yield return Recase(name, all);
            }
        }

        var first = candidates.FirstOrDefault();
        if (first is not null && !LowerCase().IsMatch(first) && PersonNames.Tokens(first).Length <= 6 && DateText.FindFirst(first, null) is null && !NotAnOrganisationLine().IsMatch(first))
            yield return Recase(first, all);

    }

    /// <summary>
    /// "Mar 20th 2017 CRANA MEETING MINUTES - DRAFT": a title naming the body by its initials alone, before the words for its meeting.
    /// In a title in capitals any word looks like initials ("STAFF MEETING MINUTES"): initials are written in capitals in the
    /// minutes' sentences too ("Bank balance for CRANA as of …").
    /// </summary>
    private static string? InitialsTitle(string line, string all)
    {
        var text = HeaderText(line);
        foreach (var mention in DateText.FindAll(text, 2000, includeMonthOnly: true).OrderByDescending(m => m.Index))
            text = text.Remove(mention.Index, mention.Text.Length).Insert(mention.Index, " ");
        foreach (var part in TitleSeparators().Split(NumbersAndTimes().Replace(text, " ")))
        {
            var headless = TitleHead().Replace(TextCleaning.Squash(part).Trim(), string.Empty).Trim();
            var name = TitleTail().Replace(headless, string.Empty).Trim();
            if (name.Length == headless.Length || !Acronym().IsMatch(name) || name.Any(char.IsDigit) || DocumentMarkWords.Contains(name) || GenericBodyWords.Contains(name)
                || BodyWords.Contains(name) || MeetingKindWord().IsMatch(name) || name is "AGM" or "EGM" or "SGM")
            {
                continue;
            }

            var pattern = new Regex(@"(?<![\p{L}\d/._@-])" + Regex.Escape(name) + @"(?![\p{L}\d/])");
            if (all.Split('\n').Any(l => LowerCase().IsMatch(l) && pattern.IsMatch(l)))
                return name;
        }

        return null;
    }

    private static readonly HashSet<string> BodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "board", "boards", "directors", "trustees", "governors", "commissioners", "committee", "sub-committee", "subcommittee",
        "council", "group", "panel", "forum", "team", "tac", "tsc", "tc", "wg", "sig", "pmc", "pmb", "cpc", "plenum", "plenary", "assembly",
        "cabinet", "commission", "executive", "caucus", "bureau", "taskforce", "party", "authority", "partnership", "network",
        "foundation", "society", "association", "trust", "consortium", "institute", "agency", "collaborative", "federation",
        "union", "club", "alliance", "coalition", "senate", "court", "chapter", "congregation", "vestry", "conference",
    };

    // The words after a body's name that say it met and this is the record: "… Board Meeting Minutes", "… Committee notes".
    [GeneratedRegex(@"(?:\s+(?:annual|ordinary|extraordinary|special|regular|monthly|quarterly|weekly|general|public|open|emergency|adjourned|full|sync|virtual|online|remote|hybrid|inaugural|first|second|third|final))*(?:\s+(?:meeting|conference\s+call|call|telecon(?:ference)?|session|sitting))?(?:\s+(?:minutes|notes|agenda\s*(?:/|and|&)\s*minutes|minutes\s*(?:/|and|&)\s*agenda|summary|record))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleTail();

    // The words before it: "Draft minutes of the annual meeting of the", "Meeting minutes:", "Notes from the", "Agenda for the".
    [GeneratedRegex(@"^(?:the\s+)?(?:(?:draft|approved|unapproved|unconfirmed|confirmed|signed|final|official)\s+)?(?:(?:meeting\s+)?(?:minutes|notes|record|summary|agenda)\b(?:\s+(?:of|from|for))?\s*(?:(?:the|a|an)\s+)?)?(?:(?:(?:annual|ordinary|extraordinary|special|regular|monthly|quarterly|general|public|open|emergency|adjourned|full|inaugural|\d+(?:st|nd|rd|th))\s+)*(?:meeting|session|sitting)\b(?:\s+(?:of|for|with))?\s*(?:(?:the|a|an)\s+)?)?(?:(?:agm|egm|annual\s+general\s+meeting)\s*(?:&|and|/)?\s*)?(?:(?:regular|special|ordinary|extraordinary|annual|monthly|quarterly|emergency|adjourned|public|open)\s+(?=(?:board|committee|council|general|meeting|session|members|trustees|directors|plenary)\b))?", RegexOptions.IgnoreCase)]
    private static partial Regex TitleHead();

    // Where the meeting was held and when: everything from "held on", "held at", "on Monday", "Meeting at the Village Hall" to the end.
    [GeneratedRegex(@"\s+(?:held|convened|taking\s+place|which\s+took\s+place)\b.*$|\s+(?:on|at)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d).*$|(?<=\s(?:meeting|session|sitting))\s+(?:at|in|via)\s.*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhenAndWhere();

    // Clock times, ranges, quarters, bare years, meeting numbers: "10:00-11:30", "7pm", "Q3", "No. 1", "#3", "(IETF 77)".
    [GeneratedRegex(@"\b\d{1,4}(?:[./]\d{1,4}){2}\b|\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*[-–—]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|utc|gmt|bst|[ap]\.?m\.?)?|\b\d{1,2}\s*(?:am|pm)\b|\bq[1-4]\b|\b(?:19|20)\d{2}\b|\b(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?|\b\d{1,4}(?:[./]\d{1,4})+\b|(?:\bno\.?\s*|#)\d+\b|\s\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex NumbersAndTimes();

    [GeneratedRegex(@"\s+[-–—|:]\s+|\s*[|:,;]\s+|\s+[-–—]$|^[-–—]\s+")]
    private static partial Regex TitleSeparators();

    [GeneratedRegex(@"^\W*(?:committee|board|body|group|panel|meeting\s+of)\s*:\s*(?<v>[^\t:]+?)\s*(?:\t|\s{2,}|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledBody();

    // "… Board of Governors", "… Board of Directors", "… Trustees": the generic body after an organisation's name.
    [GeneratedRegex(@"(?:\s+(?:board|committee|council|body|trustees|directors|governors|commissioners|of|the|governing|management|executive))+$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericTail();

    /// <summary>
    /// Bodies named by a title line once its dates, times, place and the words for minutes and meetings are
    /// gone: "Open Standards Board minutes: 24 July 2019", "Minutes – Standards Committee – 12 March 2021",
    /// a line that is only "Data Standards Panel". An organisation above a generic body ("The Riverside
    /// Foundation" over "Board of Directors Meeting Minutes") names whose board it is.
    /// </summary>
    private static IEnumerable<string> TitleLineBodies(List<string> lines)
    {
        for (var k = 0; k < lines.Count; k++)
        {
            // "COMMITTEE: Business Management Committee" under "Hilltown School Board of Governors": the school's committee.
            if (LabelledBody().Match(lines[k]) is { Success: true } label && IsTitleBodyName(label.Groups["v"].Value.Trim()))
            {
                var committee = label.Groups["v"].Value.Trim();
                var owner = lines.Take(k).Select(TitleLineBody).FirstOrDefault(o => o is not null);
                var organisation = owner is null ? null : GenericTail().Replace(owner, string.Empty).Trim();
                yield return organisation is { Length: > 0 } && !committee.Contains(organisation, StringComparison.OrdinalIgnoreCase) ? $"{organisation} {committee}" : committee;
            }
        }

        for (var k = 0; k < lines.Count; k++)
        {
            if (TitleLineBody(lines[k]) is not { } name)
            {
                // "Milltown Special Service Area #4" over "Commission Meeting Minutes": a letterhead whose name has no body
                // word, above the kind of body that met, is whose body it is.
                if (Letterhead(lines[k]) is { } letterhead && lines.Skip(k + 1).Take(1).Select(KindOfBodyMeeting).FirstOrDefault() is { } kind)
                    yield return $"{letterhead} {kind}";
                continue;
            }
            if (IsGenericBody(name))
            {
                yield return name;
                continue;
            }

            yield return WithGroupBelow(lines, k, name);
        }
    }

    /// <summary>"The Riverside Foundation" above "Board of Directors Meeting Minutes": whose board it is, then the board.</summary>
    private static string WithGroupBelow(List<string> lines, int k, string name)
    {
        if (EndsWithBodyWord().IsMatch(name) && !OrganisationNouns.Contains(PersonNames.Tokens(name)[^1]))
            return name;
        var group = lines.Skip(k + 1).Take(2).Select(TitleLineBody).FirstOrDefault(g => g is not null);
        if (group is null)
            return name;
        if (IsGenericBody(group))
            return $"{name} {group}";
        // "Northshire Alliance" over "Standards and Testing Work Group Minutes": the letterhead is the parent organisation,
        // the title line the group that met; the more specific body is the one whose minutes these are.
        return OrganisationNouns.Contains(PersonNames.Tokens(name)[^1]) && EndsWithBodyWord().IsMatch(Bracketed().Replace(group, " ").Trim())
            && !group.Contains(name, StringComparison.OrdinalIgnoreCase)
            ? $"{name} {group}"
            : name;
    }

    // "(under TSC)", "(CCWG)": a qualifier after a body's name, which may be in lower case.
    [GeneratedRegex(@"\s*\([^()]{1,30}\)")]
    private static partial Regex Bracketed();

    /// <summary>"Commission Meeting Minutes", "BOARD OF DIRECTORS MEETING": the kind of body that met, with the words for its meeting.</summary>
    private static string? KindOfBodyMeeting(string line)
    {
        var text = TextCleaning.Squash(line.Replace("**", " ", StringComparison.Ordinal).Trim().TrimStart('#').Trim().Trim('*', '_', ' '));
        var kind = TitleTail().Replace(TitleHead().Replace(text, string.Empty), string.Empty).Trim();
        if (kind.Length == text.Length || kind.Length == 0 || !IsGenericBody(kind) || !char.IsUpper(kind[0]))
            return null;
        return LowerCase().IsMatch(kind) ? kind : CapitalsRecased(kind);
    }

    /// <summary>A letterhead line: a few words, each capitalised or a number sign ("#21", "No. 4"), naming no meeting and no date.</summary>
    private static string? Letterhead(string line)
    {
        var text = TextCleaning.Squash(line.Replace("**", " ", StringComparison.Ordinal).Trim().TrimStart('#').Trim().Trim('*', '_', ' '));
        var tokens = PersonNames.Tokens(text);
        if (tokens.Length is < 2 or > 8 || !char.IsUpper(text[0]) || text.Contains(':', StringComparison.Ordinal) || DateText.FindFirst(text, 2000) is not null
            || NotAnOrganisationLine().IsMatch(text) || IsGenericBody(text) || IsSittingAlone(text) || IsPersonsName(text)
            || !tokens.All(t => char.IsUpper(t[0]) || t[0] == '#' || t[0] == '&' || LowerCaseNameWords.Contains(t)))
        {
            return null;
        }

        return LowerCase().IsMatch(text) ? text : CapitalsRecased(text);
    }

    private static string? TitleLineBody(string line)
    {
        var text = TextCleaning.Squash(line.Replace("**", " ", StringComparison.Ordinal).Replace("__", " ", StringComparison.Ordinal).Trim().TrimStart('#').Trim().Trim('*', '_', ' '));
        text = Regex.Replace(text, @"^(?:title|subject|meeting)\s*:\s*", string.Empty, RegexOptions.IgnoreCase);
        text = Regex.Replace(text, @"^(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+", string.Empty, RegexOptions.IgnoreCase);
        foreach (var mention in DateText.FindAll(text, 2000, includeMonthOnly: true).OrderByDescending(m => m.Index))
            text = text.Remove(mention.Index, mention.Text.Length).Insert(mention.Index, " ");
        text = NumbersAndTimes().Replace(text, " ");
        text = WhenAndWhere().Replace(TextCleaning.Squash(text).Trim(), string.Empty);
        var parts = TitleSeparators().Split(text);
        for (var p = 0; p < parts.Length; p++)
        {
            if (PartBody(parts[p]) is not { } name)
                continue;
            // "Westshire NHS Foundation Trust – Quality and Safety Committee": the organisation's committee, as the
            // organisation over its board on two lines is.
            if (p + 1 < parts.Length && PartBody(parts[p + 1]) is { } committee && IsCommitteeOf(name, committee))
                return $"{name} {committee}";
            return name;
        }

        return null;
    }

    private static string? PartBody(string part)
    {
        // "Minutes of the Board Meeting of 6 December 2019": once the date is gone, "of" dangles and the meeting words before it go too.
        var headless = DanglingWord().Replace(TitleHead().Replace(part.Trim().Trim('-', '–', '—', '[', ']', '.', ',', ';', ':', '|', ' '), string.Empty).TrimEnd(), string.Empty);
        var name = TitleTail().Replace(headless, string.Empty).Trim().TrimEnd('-', '–', '—', ',', ':', '.', ' ');
        name = Regex.Replace(name, @"\s+(?:of|for|the|and|&|at|on|in)$", string.Empty, RegexOptions.IgnoreCase);
        return IsTitleBodyName(name) ? LowerCase().IsMatch(name) ? name : CapitalsRecased(name) : null;
    }

    // The kinds of body an organisation sets up under it.
    private static readonly HashSet<string> CommitteeWords = new(StringComparer.OrdinalIgnoreCase) { "committee", "sub-committee", "subcommittee", "panel", "group", "forum" };

    // The kinds of organisation that have committees of their own.
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "trust", "foundation", "association", "society", "council", "authority", "partnership", "institute", "agency", "federation", "union", "club", "alliance",
    };

    /// <summary>An organisation's name ("… Foundation Trust", "… Housing Association"), then a committee of a name of its own ("Audit Committee").</summary>
    private static bool IsCommitteeOf(string organisation, string committee) =>
        OrganisationWords.Contains(PersonNames.Tokens(organisation)[^1]) && CommitteeWords.Contains(PersonNames.Tokens(committee)[^1])
        && PersonNames.Tokens(committee).Length >= 2 && !committee.Contains(organisation, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s+(?:of|for|the|and|&|at|on|in)$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingWord();

    /// <summary>"DATA STANDARDS PANEL" reads "DATA Standards Panel": long words and body words recased, short ones kept as acronyms ("CSAF TC").</summary>
    private static string CapitalsRecased(string name) =>
        string.Join(' ', name.Split(' ').Select(w => w.Length >= 5 || BodyWords.Contains(w) && w.Length > 3 || LowerCaseNameWords.Contains(w) || ShortNameWords.Contains(w)
            ? (LowerCaseNameWords.Contains(w) ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant())
            : w));

    // "WEST MARSHIRE POLICE AND CRIME PANEL", "MID KENT FIRE AUTHORITY": short words of places and services, never acronyms.
    private static readonly HashSet<string> ShortNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "west", "east", "mid", "new", "old", "city", "town", "fire", "area", "joint", "care", "arts", "park", "vale", "port", "isle", "lake", "road", "high", "peak",
    };

    private static readonly HashSet<string> LowerCaseNameWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "on", "in", "at", "to", "&", "de", "du", "la", "van", "von" };

    private static readonly HashSet<string> CouncilKindWords = new(StringComparer.OrdinalIgnoreCase) { "parish", "town", "community", "city", "county", "district", "borough", "village", "full", "the", "council" };

    /// <summary>A body's name: a few capitalised words, one of them saying what kind of body ("Panel", "Board", "Foundation").</summary>
    private static bool IsTitleBodyName(string name)
    {
        var tokens = PersonNames.Tokens(Bracketed().Replace(name, " "));
        // A title line may give an organisation's whole name ("New Mexico Network for Women in Science and Engineering"), longer
        // than a name caught inside a sentence is let be.
        if (tokens.Length is 0 or > 10 || name.Length < 2 || !char.IsLetter(name[0]) || !char.IsUpper(name[0]) || !IsBodyName(name, maxWords: 10))
            return false;
        var words = tokens.Select(t => t.Trim(',', '.', '(', ')', '"', '\'', '’')).Where(t => t.Length > 0).ToList();
        if (words.Count == 0 || words.All(w => DocumentMarkWords.Contains(w)) || words.All(CouncilKindWords.Contains))
            return false;
        // "Tech Team Report", "Finance Update": an item of the agenda about a body, not the body.
        if (words[^1].ToLowerInvariant() is "report" or "reports" or "update" or "updates" or "item" or "items" or "matters" or "business")
            return false;
        // A sentence or a phrase in running text, not a name: a lower-case word other than "of", "and", "the"; but for the kind of
        // body at the end of a name in capitals ("New Village Hall Working group").
        if (words.Where((w, k) => !(k == words.Count - 1 && k >= 2 && BodyWords.Contains(w))).Any(w => char.IsLower(w[0]) && !LowerCaseNameWords.Contains(w)))
            return false;
        // "Plenum" or "Committee" alone is what kind of body met, not which.
        if (words.Count == 1 && (BodyWords.Contains(words[0]) || GenericBodyWords.Contains(words[0])))
            return false;
        return words.Any(w => BodyWords.Contains(w) || BodyWords.Contains(w.TrimEnd('s')));
    }

    /// <summary>
    /// A committee of a council, named beside the council ("MINUTES OF A MEETING OF THE PLANNING COMMITTEE"
    /// under "HILLTOWN TOWN COUNCIL", or "the Finance Committee of Hilltown Town Council").
    /// </summary>
    private static string? CommitteeOf(List<string> lines, string council)
    {
        foreach (var line in lines.Take(5))
        {
            var text = Regex.Replace(line, Regex.Escape(council), " ", RegexOptions.IgnoreCase);
            foreach (Match m in Regex.Matches(text, @"(?<c>(?:\b(?-i:[\p{Lu}])[\p{L}'’&-]*\s+(?:and\s+|&\s+)?){0,4}(?:committee|sub-?committee|panel|working\s+(?:group|party)))\b", RegexOptions.IgnoreCase))
            {
                var words = PersonNames.Tokens(m.Groups["c"].Value)
                    .SkipWhile(w => w.ToLowerInvariant() is "of" or "the" or "a" or "an" or "minutes" or "meeting" or "held" or "and" or "&").ToList();
                if (words.Count >= 2 && !words.Any(w => w.Equals("council", StringComparison.OrdinalIgnoreCase)))
                    return string.Join(' ', words);
            }
        }

        return null;
    }

    /// <summary>A line of the heading as words: no Markdown heading marks or emphasis, spaces squashed.</summary>
    private static string HeaderText(string line) => TextCleaning.Squash(line.Trim().TrimStart('#').Trim().Trim('*', '_').Trim());

    private static string TitleCase(string text) =>
        LowerCase().IsMatch(text) ? text : string.Join(' ', text.Split(' ').Select(w => w.Length <= 1 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    /// <summary>
    /// "Executive Cabinet of the Student Government Association of Milltown University": every word capitalised but the small
    /// ones, a body of an organisation named in full, which may run longer than a name caught in running text.
    /// </summary>
    private static bool IsProperName(string text) =>
        PersonNames.Tokens(text).All(t => char.IsUpper(t[0]) || LowerCaseNameWords.Contains(t));

    private static bool IsBodyName(string text, int maxWords = 8)
    {
        var trimmed = text.Trim();
        // "The third meeting of the fifteenth Senate": the ordinal says which sitting of the body, not which body.
        if (Regex.IsMatch(trimmed, @"^(?:previous|last|next|this|that|our|said|above|same|first|second|special|extraordinary|\d+(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty)?-?(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth))\b", RegexOptions.IgnoreCase))
            return false;
        // "Minutes of the meeting of the Data Board": "the" alone, or "a", names nothing.
        if (trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.ToLowerInvariant() is "the" or "a" or "an" or "of" or "meeting" or "minutes"))
            return false;
        // "Annual General", "AGM": the kind of meeting, not who met.
        if (trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.ToLowerInvariant() is "the" or "a" or "an" or "of" or "meeting" or "annual" or "general" or "agm" or "egm"
            or "extraordinary" or "special" or "ordinary" or "public" or "private" or "emergency" or "statutory"))
        {
            return false;
        }

        // "A video of the meeting is available": a name neither opens with "a" nor ends on "of the".
        if (Regex.IsMatch(trimmed, @"^an?\s|\s(?:of|the|a|an|and|for|to|on|in)$", RegexOptions.IgnoreCase))
            return false;
        return trimmed.Length >= 2 && !Regex.IsMatch(trimmed, @"^\d+(?:st|nd|rd|th)?$", RegexOptions.IgnoreCase)
            && PersonNames.Tokens(trimmed).Length <= maxWords && !trimmed.Contains("held", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"LOCAL CIO COUNCIL" becomes "Local CIO Council" when the document spells it so elsewhere.</summary>
    private static string Recase(string name, string all)
    {
        var trimmed = TextCleaning.Squash(name.Trim().TrimStart('#').Trim());
        if (LowerCase().IsMatch(trimmed))
            return trimmed;
        var index = 0;
        while ((index = all.IndexOf(trimmed, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var candidate = all.Substring(index, trimmed.Length);
            // The name as a word of its own: "OK" is not respelt from the end of "Brook".
            // Nor from a path or an address ("file:///home/occc/past/fall05.htm").
            var whole = (index == 0 || !char.IsLetterOrDigit(all[index - 1]) && all[index - 1] is not ('/' or '@' or '_'))
                && (index + trimmed.Length == all.Length || !char.IsLetterOrDigit(all[index + trimmed.Length]) && all[index + trimmed.Length] != '/');
            if (whole && LowerCase().IsMatch(candidate))
                return candidate;
            index += trimmed.Length;
        }

        return trimmed;
    }

    private static string? FindTime(string text)
    {
        foreach (Match match in Time().Matches(text))
        {
            if (!match.Groups["m"].Success && !match.Groups["ap"].Success)
                continue;
            return Format(match);
        }

        return null;
    }

    private static string? FindEndTime(IReadOnlyList<TextLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 400; i--)
        {
            var match = EndTime().Match(lines[i].Text);
            if (match.Success)
                return Format(match);
        }

        return null;
    }

    private static string Format(Match match)
    {
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var ap = match.Groups["ap"].Value.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (ap == "pm" && hour < 12)
            hour += 12;
        if (ap == "am" && hour == 12)
            hour = 0;
        return $"{hour:D2}:{minute:D2}";
    }

    private static string? Venue(List<(string Text, int Index)> header, int dateLine)
    {
        foreach (var (text, _) in header)
        {
            var clean = text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            if (VenueLabel().Match(clean) is { Success: true } label)
                return Recase(label.Groups["v"].Value);
            if (AtLine().Match(clean) is { Success: true } at)
                return Recase(at.Groups["v"].Value);
        }

        foreach (var (text, _) in header.Take(4))
        {
            if (CallWords().IsMatch(text))
                return "Conference Call";
        }

        var after = header.FindIndex(h => h.Index == dateLine);
        if (after >= 0 && after + 1 < header.Count)
        {
            var next = header[after + 1].Text;
            if (PersonNames.Tokens(next).Length <= 8 && DateText.FindFirst(next, null) is null && !next.Contains(':', StringComparison.Ordinal)
                && Regex.IsMatch(next, @"\b(?:meeting|room|hall|house|office|video|phone|online|remote|zoom|teams|virtual|centre|center|building|lab)\b", RegexOptions.IgnoreCase))
            {
                return next.Trim();
            }
        }

        return null;
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "at", "on", "in", "for", "to" };

    /// <summary>Venues printed in capitals read better in title case; postcodes and codes keep their capitals.</summary>
    private static string Recase(string venue)
    {
        var text = TextCleaning.Squash(venue).Trim().TrimEnd('.', ',');
        if (LowerCase().IsMatch(text))
            return text;
        var words = text.Split(' ').Select((word, index) =>
        {
            if (word.Any(char.IsDigit))
                return word;
            if (index > 0 && SmallWords.Contains(word))
                return word.ToLowerInvariant();
            return word.Length <= 1 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
        });
        return string.Join(' ', words);
    }
}
