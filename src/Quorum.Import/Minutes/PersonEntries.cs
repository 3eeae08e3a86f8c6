using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Reads the entries of attendance and apologies lists: name, organisation and role split on two
/// spaces, a tab, a comma, a dash, parentheses or nothing at all ("Jane Smith Department for
/// Education"); people told from organisations by the given-name gazetteer, titles, honorifics and
/// initials; parish conventions ("Cllrs A, B and C", "Clerk J Smith", "3 members of the public").
/// </summary>
public static partial class PersonEntries
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Cllr", "Cllr.", "Councillor", "County", "District", "Borough", "Parish", "Town", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx",
        "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Revd", "Rev.", "Reverend", "Canon", "Father", "Alderman",

        // "D/Cllr", "C/Cllr": a district or county councillor, as parish minutes abbreviate them.
        "D/Cllr", "C/Cllr", "DCllr", "CCllr",
    };

    [GeneratedRegex(@"^(?:councillor|cllr\.?)\s+(?=\p{Lu}(?:\.|\s|\w+\s+\p{Lu}))", RegexOptions.IgnoreCase)]
    private static partial Regex SingleTitle();

    // "Cllrs", and the titles US boards give their members in the plural: "Commissioners Allen, Becker", "Council Members …";
    // "HOA members Susan Mott": the members of the body an acronym names.
    [GeneratedRegex(@"^(?:councillors|cllrs\.?|messrs\.?|(?-i:\p{Lu}{2,6}\s+)?members|trustees|directors|governors|residents|guests|visitors|commissioners|supervisors|aldermen|alderpersons|selectmen|freeholders|legislators|(?:city\s+|town\s+|village\s+)?(?:council|board|committee|commission)\s*members)\s+(?=\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex Collective();

    [GeneratedRegex(@"^(?i:cllr\.?|councillor)\s+(?=\p{Lu}[\p{Ll}'’-]+(?:\s*,\s*\p{Lu}[\p{Ll}'’-]+){2,}\s*\.?$)")]
    private static partial Regex TitleOverSurnames();

    [GeneratedRegex(@"^(?:the\s+)?(?<role>town\s+clerk|parish\s+clerk|assistant\s+clerk|deputy\s+clerk|clerk(?:\s+to\s+the\s+council)?|rfo|minute[\s-]taker|secretary(?:\s*/\s*treasurer)?|treasurer|chair(?:man|woman|person)?|vice[\s-]chair(?:man|woman|person)?|(?:(?-i:\p{Lu}\p{Ll}+)\s+){0,2}(?:vice[\s-])?president|commissioner|mayor|deputy\s+mayor|council\s*member|councilman|councilwoman|alder(?:man|woman|person)|trustee|supervisor|(?:board\s+|council\s+|committee\s+)?member|(?:(?-i:\p{Lu}\p{Ll}+)\s+){0,3}(?:director|chief|counsel|clerk|librarian|liaison|administrator|attorney|superintendent|manager|officer))\s*(?:[:\-–,]\s*|\s+)(?=\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex RolePrefix();

    [GeneratedRegex(@"^(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+number\s+of)?\s*(?:members?\s+of\s+(?:the\s+)?public|residents?|parishioners?|press|public)(?:\s+(?:and\s+(?:the\s+)?)?(?:press|media))?(?:\s+present)?\s*(?:[-–:(]\s*)?(?:\d+|none|nil|no|one|two|three|four|five|six|seven|eight|nine|ten)?(?:\s+(?:members?|people|persons|present))?\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Public();

    [GeneratedRegex(@"^(?:\d+\s+|one\s+|two\s+)?(?:members?\s+of\s+(?:the\s+)?public|members?\s+of\s+the\s+public\s+and\s+media)(?:\s+present)?\s*[-–:]?\s*(?=\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex PublicLabel();

    // "Mrs J Black (Clerk) and 3 members of the public", "K. Phillips (Clerk). No members of the public present.": the public, counted, name nobody.
    [GeneratedRegex(@"(?:\s*[,;.]|\s+and|\s+&|\s+plus)\s+(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+number\s+of)\s+(?:members?\s+of\s+(?:the\s+)?(?:public|press)|residents?|parishioners?|visitors?|observers?|press)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPublic();

    [GeneratedRegex(@"\b(?<a>Mr|Mrs|Ms|Dr)\.?\s*(?:&|and)\s*(?<b>Mr|Mrs|Ms|Dr)\.?\s+(?<name>(?:\p{Lu}\.?\s+)?\p{Lu}[\p{L}'’-]+)")]
    private static partial Regex HonorificPair();

    // Not inside a list already split there ("…, and Clerk Penilla") or a post that ends in the word ("Interim Board Clerk Martucci").
    [GeneratedRegex(@"(?<=\S)(?<![,&]|\band|\b(?:board|interim|acting|deputy|assistant|parish|town|district|city|county|executive|general))\s+(?=(?:the\s+)?(?:clerk|rfo)\b\s*:?\s*\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeClerk();

    // "S. Knowles (SK); P. Wood (PDW) were not in attendance.", under the apologies' heading.
    [GeneratedRegex(@"\s+(?:were|was)\s+(?:also\s+|not\s+)?(?:present|in\s+attendance|absent)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex WerePresent();

    [GeneratedRegex(@"^(?:(?:none|nil|no\s+apologies|no\s+absences)(?:\s+(?:were\s+|was\s+)?(?:received|recorded|given|noted|reported|tendered|this\s+(?:time|month|meeting)))?|n/?a|no\s+apologies.*|there\s+(?:were|was)\s+(?:none|no\s+apolog.*)|no\s+one|nobody|all(?:\s+\w+)?\s+present|all|tbc|-)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NobodyWords();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s(?:and|&)\s")]
    private static partial Regex FinalAnd();

    // The couple opens an entry: at the start, after a comma, or after a word in lower case ("HOA members Susan and Joel Mott"),
    // never after a name ("Ann Lee and Tom Hall" is two people with surnames of their own).
    [GeneratedRegex(@"(?<=^|[,;:]\s*|(?<!\S)\p{Ll}+\s+)(?<title1>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?<first>\p{Lu}\p{Ll}+)\s+(?:and|&)\s+(?<title2>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?!(?:Mr|Mrs|Ms|Miss|Dr)\b)(?<second>\p{Lu}\p{Ll}+)\s+(?<surname>\p{Lu}[\p{L}'’-]+)(?=\s*(?:[,;(.]|$))")]
    private static partial Regex CoupleSharingSurname();

    // "Cllr Jones who was on holiday", "Ann Lee due to work commitments": the reason for an absence is no part of the name.
    [GeneratedRegex(@"\s+(?:who\s+(?:was|is|were|are|had|has)|due\s+to|owing\s+to|because(?:\s+of)?|as\s+(?:s?he|they)\s+(?:was|were|is|are|had|has))\b[^,;]*", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();

    [GeneratedRegex(@"\t|\s{2,}")]
    private static partial Regex FieldSeparator();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*:\s*(?<place>[^:()]{2,60})$")]
    private static partial Regex NameColonPlace();

    [GeneratedRegex(@"\s+[-–—]\s+")]
    private static partial Regex Dash();

    [GeneratedRegex(@"\)\s+(?=\p{Lu})")]
    private static partial Regex AfterParenthesis();

    // "Graham Smith. Colin Solloway, Eoin Tweedale": a full stop typed for the comma between two names of a list, and "Secretary
    // Ann Lee. 15 members joined by video": the stop that ends the list before a count, no entry; not the stop of an abbreviation ("Mrs.
    // Ann Lee", "Dr. Tom Hall") nor of an initial ("A. Jones"), and only before a name in capitals or a number.
    [GeneratedRegex(@"(?<=\p{L}\p{Ll})(?<!\b(?:Mrs|Mr|Ms|Dr|Cllr|Cllrs|Prof|Rev|Revd|Fr|St|Jr|Sr|Hon|Capt|Col|Lt|Sgt|Gen|Inc|Ltd|Co|Bros|Esq|etc|al|Ph))\.\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})")]
    private static partial Regex StopBetweenNames();

    [GeneratedRegex(@"(?<=\p{L}\p{Ll})\.\s+\d+\s+\p{L}.*$")]
    private static partial Regex CountAfterTheList();

    // ", and" too: "Joe Rohleder, and Chuck Pavlik" (the serial comma).
    // A comma, semicolon or "and" inside a bracket does not end the entry: "Ann Lee (Treasurer, Finance Committee)" and "John
    // Campion (Police and Crime Commissioner)" are one each.
    [GeneratedRegex(@"\s*(?:[,;](?![^()]*\))(?:\s*(?:and|&)\s+)?|\s+and\s+(?![^()]*\))|\s+&\s+(?![^()]*\)))\s*")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^(?:delayed|late|left\s.*|arrived\s.*|came\s+in.*|from\s+item.*|until\s.*|part(?:ly)?|phone|telephone|by\s+phone|via\s.*|online|remote(?:ly)?|virtual(?:ly)?|video|zoom|teams|on\s+holiday|all\s+on\s+holiday|holiday|illness|ill|work(?:\s+commitments)?|personal\s+reasons|family\s+reasons|.*\d{1,2}[:.]\d{2}.*|board\s+candidate|candidate|observing|non[\s-]voting|for\s+items?\b.*|items?\s+(?:no\.?\s*)?[\p{L}/.-]{0,12}\d.*|minutes|notes|note[\s-]taker|taking\s+notes)$", RegexOptions.IgnoreCase)]
    private static partial Regex Aside();

    [GeneratedRegex(@"^(?:manager|officer|director|engineer|planner|coordinator|administrator|assistant|analyst|specialist|supervisor|technician|consultant|librarian|attorney|superintendent|inspector)$", RegexOptions.IgnoreCase)]
    private static partial Regex Post();

    [GeneratedRegex(@"^[A-Z][A-Za-z]{0,4}$")]
    private static partial Regex InitialsLike();

    /// <summary>"Mr. PJ Haden", "Dr Ann Lee": an honorific (not a council's name) opens the text.</summary>
    public static bool HasHonorific(string text) =>
        PersonNames.Tokens(text).FirstOrDefault() is { } first && Honorifics.Contains(first) && first is not ("County" or "District" or "Borough" or "Parish" or "Town");

    /// <summary>"N members of the public", "None", "All present": entries that name nobody.</summary>
    public static bool IsNobody(string text)
    {
        var t = text.Trim().Trim('.', ',', ';', ':', '*', '-').Trim();
        return t.Length == 0 || NobodyWords().IsMatch(t) || Public().IsMatch(t) || ColumnLegend().IsMatch(t) || HeadingRow().IsMatch(t) || EmptySeat(t);
    }

    // "Name | Organisation | Role", the heading row of a table of people, however the format parts its cells (a Word or HTML
    // table's cells, a PDF's columns read as tabs): the columns' headings, no person.
    [GeneratedRegex(@"^(?:(?:attendee|member|participant)\s+)?(?:names?|members?|attendees?|participants?|person)(?:\s*\t\s*(?:organi[sz]ation|representing|affiliation|company|institution|body|role|position|post|title|job\s+title|office|initials|department))+$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingRow();

    // "Name (Initials)", "Attendee Name", "Name / Organisation": the legend a roll sets over its entries, in a list's first line.
    [GeneratedRegex(@"^(?:(?:attendee|member|participant)\s+)?names?(?:\s*(?:\((?:initials|organi[sz]ation|affiliation|role)\)|/\s*(?:initials|organi[sz]ation|affiliation|role|institution)))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ColumnLegend();

    /// <summary>"None", "Nil", "No apologies were received": the list is empty.</summary>
    public static bool SaysNone(string text)
    {
        var t = text.Replace("**", string.Empty, StringComparison.Ordinal).Trim().Trim('.', ',', ';', ':', '*', '-').Trim();
        return t.Length > 0 && NobodyWords().IsMatch(t) && !Regex.IsMatch(t, @"^all\b", RegexOptions.IgnoreCase);
    }

    /// <summary>
    /// The people on one line of a list: several when the line is a list of names
    /// ("Cllrs Paul Rochford (Chairman) Gary O'Leary, Magda Atkins and Niki Gordon"), else one.
    /// </summary>
    public static List<PersonDraft> ReadLine(string line, string? groupRole)
    {
        if (ByMemberOrSeat(Clean(line), groupRole) is { } members)
            return members;
        var text = WithoutLeadingInitials(Clean(line));
        text = WerePresent().Replace(text, string.Empty);
        text = TrailingPublic().Replace(text, string.Empty);
        text = PublicLabel().Replace(text, string.Empty);
        // "Cllrs Haidy Blake and Shobha Edgell": a collective label says that what follows are people. "Cllr Ashman, Hoskins,
        // Shewell": one councillor's title written once over a list of surnames stands for all of them, as "Cllrs" does.
        var collective = Collective().IsMatch(text) || TitleOverSurnames().IsMatch(text);
        text = Collective().Replace(text, string.Empty);
        text = TitleOverSurnames().Replace(text, string.Empty);
        text = Reason().Replace(text, string.Empty);
        if (IsNobody(text))
            return [];
        if (InitialsRoll(InitialsEntries(text), groupRole) is { } byInitials)
            return byInitials;
        if (text.Contains(',', StringComparison.Ordinal))
            text = StopBetweenNames().Replace(CountAfterTheList().Replace(text, string.Empty), ", ");
        // "Mr & Mrs Godfrey", "Mr & Mrs M. Stubbs" are two people.
        text = HonorificPair().Replace(text, m => $"{m.Groups["a"].Value} {m.Groups["name"].Value}, {m.Groups["b"].Value} {m.Groups["name"].Value}");
        // Not after a collective label, where "Cllrs Grant and Ann Lee" is a surname and a full name.
        var apart = collective ? text : CouplesApart(text, alone: text.IndexOfAny([',', ';']) < 0);
        var couple = apart != text;
        text = apart;
        if (text.Contains(',', StringComparison.Ordinal))
            text = FieldSeparator().Replace(text, ", ");
        text = BeforeClerk().Replace(text, ", ");
        // "Cindy Swann: Mountain Rd; Bob Kuhnle: Green Springs": each entry a name, a colon and where the member comes from.
        if (text.Contains(';', StringComparison.Ordinal) && text.Split(';') is { Length: >= 2 } entries
            && entries.Count(e => NameColonPlace().Match(e.Trim()) is { Success: true } m && LooksLikePerson(m.Groups["name"].Value, strict: true)) * 2 > entries.Length)
        {
            text = string.Join("; ", entries.Select(e => NameColonPlace().Replace(e.Trim(), "${name} (${place})")));
        }

        var listed = AfterParenthesis().Replace(text, "), ");
        var parts = ListSeparator().Split(listed).Select(p => p.Trim()).Where(p => p.Length > 0).SelectMany(RunTogetherNames).ToList();
        // "County Councillor, Russell Oppenheimer", "Clerk, Jenny Hollington": the office first, then its holder.
        if (OfficeCommaHolder(text, parts))
            return ReadEntry(parts[1], groupRole) is { } holder ? [holder with { Role = holder.Role ?? Roles.Normalise(TheOffice().Replace(Clean(parts[0]), string.Empty)) }] : [];
        if (!FieldSeparator().IsMatch(text) && OfficesThenHolders(parts, groupRole) is { } holders)
            return holders;
        // "Acting Chief Bridge, General Counsel Lavra, and Clerk Penilla": staff by post and surname.
        // "City Manager Smith, Clerk Lisa Chen", "Mayor Jim Stone, Councilmember Ann Lee": each office written before its holder's name.
        if (parts.Count >= 2 && !FieldSeparator().IsMatch(text) && parts.All(p => RolePrefix().IsMatch(Clean(p)) && PersonNames.Tokens(NameOnly(p)).Length is >= 1 and <= 3 && LooksLikePerson(NameOnly(p), strict: false, bareWord: true)))
            return [.. parts.Select(p => ReadEntry(p, groupRole, bareWord: true)).OfType<PersonDraft>()];
        // "Sarah Kerr - Finance Manager; John Reid - Democratic Services Officer", "Finance Manager (S Kerr), Clerk (J Reid)":
        // each entry a name and its post, set apart by a dash or the holder in brackets after the post.
        if (parts.Count >= 2 && parts.All(p => NameDashPost(p) || PostAndHolder(p) is not null))
            return [.. parts.Select(p => ReadEntry(p, groupRole)).OfType<PersonDraft>()];
        if (parts.Count >= 2 && !FieldSeparator().IsMatch(text) && parts.Count(p => LooksLikePerson(NameOnly(p), strict: true) || GivenNames.Contains(NameOnly(p))) >= 2)
            return ReadList(parts, groupRole);
        // "Haidy Blake and Shobha Edgell", "Haidy Blake, Lizzer Bradbury, Jim Coppard": full names the gazetteer does not
        // know, listed as names are, once one is known. Two parts split by a comma alone are a name and its organisation.
        if ((parts.Count >= 3 || FinalAnd().IsMatch(listed) || couple || EachBracketed(parts)) && !FieldSeparator().IsMatch(text)
            && (collective || parts.Any(p => LooksLikePerson(NameOnly(p), strict: true)) || parts.All(p => Parenthetical().IsMatch(p)))
            && parts.All(p => NameOnly(p) is var name && PersonNames.Tokens(name).Length >= 2 && LooksLikePerson(name, strict: false) && !LooksLikeOrganisation(name)))
        {
            return ReadList(parts, groupRole);
        }

        // "Bloom, Bruna, Ferguson, Fox, Lin": boards that call members by surname list them so, an officer by office and
        // surname ("Cooney, Chair Lord-Hausman, and Vice-Chair Moore"); after a collective label two are a list too ("Cllrs Evans and Shaw").
        if ((parts.Count >= 3 || collective && parts.Count == 2) && !FieldSeparator().IsMatch(text) && parts.All(p => IsSurname(p) || OfficeAndSurname(p)))
            return [.. parts.Select(p => IsSurname(p) ? new PersonDraft(p, null, groupRole) : ReadEntry(p, groupRole, bareWord: true)).OfType<PersonDraft>()];
        // "Lucy Appert\tMathilde Guerin\tJohn Lewis": a row of a grid of names. As in a list, once one cell is a name the
        // gazetteer knows, a cell written as a full name is one even when its given name is unknown ("Ann Lee\tKenji Sato"),
        // but not a post beside a name ("Ann Lee\tTreasurer CC").
        var fields = FieldSeparator().Split(text).Select(f => f.Trim()).Where(f => f.Length > 0).SelectMany(RunTogetherNames).ToList();
        if (fields.Count >= 2 && fields.Any(f => LooksLikePerson(f, strict: true))
            && fields.All(f => PersonNames.Tokens(f).Length >= 2 && !LooksLikeOrganisation(f)
                && (LooksLikePerson(f, strict: true) || PersonNames.Tokens(f).Length is 2 or 3 && LooksLikePerson(f, strict: false) && FullNameUnknownToTheGazetteer(f))))
        {
            return [.. fields.Select(f => new PersonDraft(f, null, groupRole))];
        }
        // "Ron Dark (in the Chair) Alan Biddlecombe\tBrian Bird": a row of the grid whose first name has its post in brackets.
        var cells = fields.SelectMany(f => ListSeparator().Split(AfterParenthesis().Replace(f, "), "))).Select(c => c.Trim()).Where(c => c.Length > 0).SelectMany(RunTogetherNames).ToList();
        // "Kate Kay (KK)\tHelen Knuckle (HK) Jolyon Neely (JN)": a name followed by its own initials is a person's, known to the gazetteer or not.
        if (fields.Count >= 2 && cells.All(c => NameOnly(c) is var name && (LooksLikePerson(name, strict: true) || CarriesOwnInitials(c, name)) && PersonNames.Tokens(name).Length >= 2 && !LooksLikeOrganisation(name)))
            return [.. cells.Select(c => ReadEntry(c, groupRole)).OfType<PersonDraft>()];
        // A single name on its own under a label ("Apologies: Fazli") is a person even when the gazetteer does not know it.
        return ReadEntry(text, groupRole, bareWord: PersonNames.Tokens(text).Length == 1) is { } person ? [person] : [];
    }

    /// <summary>
    /// "Kenji Sato", "Adaeze Okafor": a full name whose given name the gazetteer does not know, with no word of a post in it and
    /// no abbreviation ("Treasurer CC", "Member PCC"), which a roll writes beside a name but never as one.
    /// </summary>
    private static bool FullNameUnknownToTheGazetteer(string cell) =>
        !Roles.LooksLikeRole(cell) && PersonNames.Tokens(cell).All(t => t.Length < 2 || !t.All(char.IsUpper));

    /// <summary>
    /// "Bill &amp; Ingrid Mitton", "Mr Tom &amp; Mrs Hayley Court", "Stacy and Minh Quach (16)": a couple listed under the surname
    /// they share, written out as two entries ("Bill Mitton, Ingrid Mitton"). One of the two given names is enough to show it;
    /// with titles, each has its own and both words after them are given names, since a title before one word mostly
    /// puts it before a surname ("Mr Hall &amp; Mrs Ann Lee", "Mr Osborne and Mr Quinn"); a post is never one ("Clerk and Ray Stone").
    /// </summary>
    /// <param name="text">The entry or the list.</param>
    /// <param name="alone">The entry stands on a line of its own, as a heading run on after a roll may: it is a couple only
    /// joined by "&amp;" or with both words given names, so that "Rose and Crown Lease" is none.</param>
    public static string CouplesApart(string text, bool alone = false) =>
        text.Contains(" and ", StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal)
            ? CoupleSharingSurname().Replace(text, m => IsCouple(m, alone)
                ? $"{m.Groups["title1"].Value}{m.Groups["first"].Value} {m.Groups["surname"].Value}, {m.Groups["title2"].Value}{m.Groups["second"].Value} {m.Groups["surname"].Value}"
                : m.Value)
            : text;

    private static bool IsCouple(Match m, bool alone)
    {
        var first = GivenNames.Contains(m.Groups["first"].Value);
        var second = GivenNames.Contains(m.Groups["second"].Value);
        if (Roles.IsPostOnly(m.Groups["first"].Value))
            return false;
        if (m.Groups["title1"].Success || m.Groups["title2"].Success)
            return m.Groups["title1"].Success && m.Groups["title2"].Success && first && second;
        return alone && !m.Value.Contains('&', StringComparison.Ordinal) ? first && second : first || second;
    }

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TheOffice();

    // "FK", "HA - Chair", "KR (from 5:20)", "pc (after vote)": a member by initials, perhaps with a post or an aside.
    [GeneratedRegex(@"^(?<initials>\p{L}{2,3})(?:\s*\([^()]*\))?(?:\s+[-–]\s+(?<post>[^,;()]+))?$")]
    private static partial Regex InitialsEntry();

    // Short words a list of lower-case initials cannot hold: "all", "tbc", "n/a" say who came without naming them.
    [GeneratedRegex(@"^(?:all|and|any|the|tbc|tbd|none|nil|see|etc)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortWord();

    /// <summary>The entries of a line that may list members by initials: split at commas, or at spaces when every word is in capitals ("CB TF RB IN CP").</summary>
    private static List<string> InitialsEntries(string text)
    {
        var parts = ListSeparator().Split(text.Trim().TrimEnd('.')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count == 1 && !FieldSeparator().IsMatch(text) && PersonNames.Tokens(text).All(PersonNames.LooksLikeInitials) ? [.. PersonNames.Tokens(text)] : parts;
    }

    /// <summary>
    /// "FK, MR, JS, UO, KR (from 5:20)", "CB TF RB IN CP", "bl, el, yj, dc": a small team that knows its members by their
    /// initials lists them so. Three or more entries, each two or three letters all of one case, none a post, a body or a
    /// short word; null when the entries are no such roll.
    /// </summary>
    public static List<PersonDraft>? InitialsRoll(IReadOnlyList<string> entries, string? groupRole)
    {
        if (entries.Count < 3)
            return null;
        var people = new List<PersonDraft>();
        foreach (var entry in entries)
        {
            var match = InitialsEntry().Match(Clean(entry));
            var initials = match.Groups["initials"].Value;
            if (!match.Success || ShortWord().IsMatch(initials) || Roles.LooksLikeRole(initials) || PersonNames.IsOrganisationWord(initials))
                return null;
            // "WQ - Weiqing Qu": initials set before the name they stand for head a roll of names, not of initials.
            var post = match.Groups["post"].Value.Trim();
            if (post.Length > 0 && !Roles.LooksLikeRole(post))
                return null;
            people.Add(new PersonDraft(initials, null, post.Length > 0 ? Roles.Normalise(post) : groupRole));
        }

        return people.All(p => p.Name.All(char.IsUpper)) || people.All(p => p.Name.All(char.IsLower)) ? people : null;
    }

    /// <summary>
    /// "Simon Bridger Terry Cook": two names a PDF's columns ran together with one space. Split before each given name
    /// that leaves every name two or three words; anything else ("Mary Ann Smith", "Steep Parish Plan Group") stays whole.
    /// A given name that is also a surname's particle ("Van" in "Bobbi Jo Van Deusen") begins no name.
    /// </summary>
    private static IEnumerable<string> RunTogetherNames(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || !words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')) || !GivenNames.Contains(words[0]))
            return [part];
        var names = new List<string>();
        var start = 0;
        for (var k = 2; k <= words.Length; k++)
        {
            if (k < words.Length && !(GivenNames.Contains(words[k]) && !PersonNames.IsParticle(words[k]) && words.Length - k >= 2))
                continue;
            if (k - start is < 2 or > 3)
                return [part];
            names.Add(string.Join(' ', words[start..k]));
            start = k;
            k++;
        }

        return start == words.Length && names.Count >= 2 ? names : [part];
    }

    private static bool OfficeCommaHolder(string text, List<string> parts) =>
        parts.Count == 2 && text.Count(c => c == ',') == 1 && Roles.IsPostOnly(Clean(parts[0])) && LooksLikePerson(NameOnly(parts[1]), strict: true) && !LooksLikeOrganisation(parts[1]);

    /// <summary>"District Councillor, Nick Drew": one office and its holder, a comma between.</summary>
    public static bool IsOfficeThenHolder(string line) =>
        Clean(line) is var text && OfficeCommaHolder(text, [.. ListSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0)]);

    // "IBM: Kevin Sutter, Neil Patterson", "Committer member representative: Arjan Tijms", "Enterprise Member
    // representative (Microsoft): Reza Rahman": a consortium's roll kept one member organisation or one seat a line.
    [GeneratedRegex(@"^(?<label>\p{Lu}[\p{L}\d&.'’-]*(?:\s+[\p{L}\d&.'’-]+){0,4})\s*(?:\((?<org>[^()]{2,40})\))?\s*(?<sep>[:;])\s*(?<rest>.*)$")]
    private static partial Regex MemberLabel();

    [GeneratedRegex(@"^(?<label>\p{Lu}[\p{L}\d&.'’-]*(?:\s+[\p{L}\d&.'’-]+){0,4})\s*(?:\((?<org>[^()]{2,40})\))?$")]
    private static partial Regex LabelAlone();

    [GeneratedRegex(@"\b(?:representatives?|reps?|delegates?)$", RegexOptions.IgnoreCase)]
    private static partial Regex SeatWord();

    [GeneratedRegex(@"^(?:\(?\s*(?:not\s+present|absent|vacant|open\s+seat|none)\s*\)?\.?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SeatEmpty();

    /// <summary>
    /// A line of a roll kept by member organisation or by seat, as consortia and working groups take it: the label
    /// before the colon names the organisation the people after it came from ("Red Hat: Mark Little, John Clingan"), or
    /// the seat they hold ("Participant member representative: Martijn Verburg (LJC)"), and "Fujitsu: Not present" names
    /// nobody. The label is taken so only when it reads as neither a person nor a role of its own ("Chair: Ann Lee" is
    /// read as before) and every entry after it reads as a person. Null when the line is not of this kind.
    /// </summary>
    private static List<PersonDraft>? ByMemberOrSeat(string text, string? groupRole)
    {
        if (RollSegments(text) is not { } segments)
            return null;
        var people = new List<PersonDraft>();
        foreach (var (label, rest) in segments)
        {
            if (MemberOrSeat(label, rest, groupRole) is not { } read)
                return null;
            people.AddRange(read);
        }

        return people;
    }

    /// <summary>
    /// The line's labels and what follows each. A PDF may run the roll's lines into one ("IBM: Emily Jiang, Alasdair
    /// Nottingham Oracle: Will Lyons"): the next label then begins after the two words of the name before it.
    /// </summary>
    private static List<(string Label, string After)>? RollSegments(string text)
    {
        var first = MemberLabel().Match(text);
        if (!first.Success || first.Groups["rest"].Value.Trim().Length == 0 && !SeatWord().IsMatch(first.Groups["label"].Value.Trim()))
            return null;
        var segments = new List<(string, string)>();
        var label = text[..first.Groups["sep"].Index].Trim();
        var remaining = first.Groups["rest"].Value;
        while (remaining.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
        {
            var before = remaining[..colon];
            var comma = before.LastIndexOf(',');
            var tail = before[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tail.Length < 3)
                return null;
            segments.Add((label, before[..(comma + 1)] + " " + string.Join(' ', tail[..2])));
            label = string.Join(' ', tail[2..]);
            remaining = remaining[(colon + 1)..];
        }

        segments.Add((label, remaining));
        return segments;
    }

    /// <summary>A line of a roll kept by member organisation or seat that names at least one person ("IBM: Kevin Sutter").</summary>
    public static bool IsRollLine(string text) => ByMemberOrSeat(Clean(text), null) is { Count: > 0 };

    /// <summary>"Fujitsu: Not present", "Committer member representative: Not present": a line of the roll naming nobody.</summary>
    private static bool EmptySeat(string text) =>
        MemberLabel().Match(text) is { Success: true } line && line.Groups["rest"].Value.Trim() is { Length: > 0 } rest && SeatEmpty().IsMatch(rest);

    private static List<PersonDraft>? MemberOrSeat(string labelText, string restText, string? groupRole)
    {
        var match = LabelAlone().Match(labelText.Trim());
        if (!match.Success)
            return null;
        var label = match.Groups["label"].Value.Trim();
        var seat = SeatWord().IsMatch(label);
        var words = PersonNames.Tokens(label);
        var organisationLabel = !seat && words.Length <= 3 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w == "&")
            && !LooksLikePerson(label, strict: true) && !GivenNames.Contains(words[0]) && !Roles.LooksLikeRole(label)
            && !SectionVocabulary.TryMatch(label + ":", out _, out _) && !match.Groups["org"].Success;
        if (!seat && !organisationLabel)
            return null;
        var rest = restText.Trim().TrimEnd(',', ';').Trim();
        if (SeatEmpty().IsMatch(rest))
            return seat || rest.Length > 0 ? [] : null;
        // The label gives the organisation, so a comma here parts two people, never a name from its organisation.
        var people = new List<PersonDraft>();
        var parts = ListSeparator().Split(rest).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        foreach (var part in parts)
        {
            // "…, Mike Milinkovich, Karen" / "McNaughton": a line of the roll may wrap inside its last name.
            var wrapped = ReferenceEquals(part, parts[^1]) && GivenNames.Contains(part);
            if (ReadEntry(part, groupRole, bareWord: wrapped) is not { } person || PersonNames.Tokens(person.Name).Length < 2 && !wrapped)
                return null;
            // "Martijn Verburg (LJC)": on a seat's line the capitals in brackets are the member organisation, not initials.
            if (person.Organisation is null && Parenthetical().Match(part) is { Success: true } bracket && bracket.Groups[1].Value is { Length: >= 2 and <= 8 } capitals && capitals.All(char.IsUpper))
                person = person with { Organisation = bracket.Groups[1].Value };
            people.Add(person);
        }

        if (people.Count == 0)
            return null;
        var seatOrganisation = match.Groups["org"].Success ? match.Groups["org"].Value.Trim() : null;
        return seat
            ? [.. people.Select(p => p with { Role = p.Role ?? label, Organisation = p.Organisation ?? seatOrganisation })]
            : [.. people.Select(p => p with { Organisation = p.Organisation ?? label })];
    }

    // "WQ - Weiqing Qu, Bureau of Meteorology": the initials the minutes go on to call a person by, written before the name.
    [GeneratedRegex(@"^(?<initials>\p{Lu}{2,4})\s+[-–—]\s+(?=\p{Lu})")]
    private static partial Regex LeadingInitials();

    /// <summary>The entry less initials in front of it, when they begin as the name after them does.</summary>
    private static string WithoutLeadingInitials(string text) =>
        LeadingInitials().Match(text) is { Success: true } lead && text[lead.Length] == lead.Groups["initials"].Value[0] ? text[lead.Length..] : text;

    /// <summary>
    /// "President, Mary Ann Bryant; Treasurer, Jim Wallace; Secretary, Becca Steinbach, At Large, Kelly Lupton":
    /// each office, then who holds it. The parts alternate, a short post first and a person after it.
    /// </summary>
    private static List<PersonDraft>? OfficesThenHolders(List<string> parts, string? groupRole)
    {
        if (parts.Count < 4 || parts.Count % 2 != 0)
            return null;
        var offices = Enumerable.Range(0, parts.Count / 2).Select(k => parts[2 * k]).ToList();
        var holders = Enumerable.Range(0, parts.Count / 2).Select(k => parts[(2 * k) + 1]).ToList();
        if (offices.Any(o => PersonNames.Tokens(o).Length > 3 || LooksLikePerson(o, strict: true) || GivenNames.Contains(o))
            || offices.Count(Roles.LooksLikeRole) * 2 < offices.Count || !holders.All(h => LooksLikePerson(h, strict: false) && PersonNames.Tokens(h).Length >= 2))
        {
            return null;
        }

        return [.. holders.Select((h, k) => new PersonDraft(Clean(h), null, Roles.Normalise(offices[k]) ?? groupRole))];
    }

    /// <summary>
    /// "Ann Lee (Treasurer), Tom Reid (Acme)": a part after the comma with its own bracket carries its own role or
    /// organisation, so the comma before it parts two people, not a name from its organisation. A bracket of capitals
    /// ("Acme Labs (AL)") abbreviates the organisation it follows and says nothing of the kind.
    /// </summary>
    /// <summary>"Jolyon Neely (JN)", "Karen Bartlett-Butt (KB)": the capitals in the brackets are the first letters of the name's first and last words.</summary>
    private static bool CarriesOwnInitials(string entry, string name)
    {
        var words = PersonNames.Tokens(name);
        if (Parenthetical().Match(entry) is not { Success: true } bracket || words.Length < 2)
            return false;
        var initials = bracket.Groups[1].Value.Trim();
        return initials.Length is >= 2 and <= 4 && initials.All(char.IsUpper)
            && initials[0] == char.ToUpperInvariant(words[0][0]) && initials[^1] == char.ToUpperInvariant(words[^1][0]);
    }

    private static bool EachBracketed(List<string> parts) =>
        parts.Count == 2 && Parenthetical().Match(parts[1]) is { Success: true } bracket && bracket.Groups[1].Value.Any(char.IsLower);

    /// <summary>
    /// "Daniel, Geoff, JJ, Liz": where members are listed by the names they go by, mostly a bare given name each, two
    /// or three capitals in the list are one of them known by initials, not an organisation.
    /// </summary>
    private static bool CalledByInitials(string name, List<string> parts)
    {
        if (name.Length is < 2 or > 3 || !PersonNames.LooksLikeInitials(name) || Roles.LooksLikeRole(name))
            return false;
        var bare = parts.Select(NameOnly).Count(p => PersonNames.Tokens(p).Length == 1 && LooksLikePerson(p, strict: false, bareWord: true));
        return bare >= 2 && bare * 2 >= parts.Count;
    }

    private static bool IsSurname(string part)
    {
        var word = part.Trim();
        return PersonNames.Tokens(word).Length == 1 && word.Length > 1 && char.IsUpper(word[0]) && !word.All(char.IsUpper)
            && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && !PersonNames.IsOrganisationWord(word) && !Roles.LooksLikeRole(word);
    }

    private static bool OfficeAndSurname(string part) =>
        RolePrefix().Match(Clean(part)) is { Success: true } office && IsSurname(Clean(part)[office.Length..]);

    private static List<PersonDraft> ReadList(List<string> parts, string? groupRole)
    {
        // "Councillor M Armstrong and A Armstrong": a title written once before a list is the list's label, as "Cllrs" is.
        if (SingleTitle().Match(parts[0]) is { Success: true } title && parts.Skip(1).All(p => !Honorifics.Contains(PersonNames.Tokens(Clean(p)).FirstOrDefault() ?? string.Empty) && !Collective().IsMatch(Clean(p))))
            parts = [parts[0][title.Length..], .. parts.Skip(1)];
        var people = new List<PersonDraft>();
        foreach (var raw in parts)
        {
            var part = Collective().Replace(raw, string.Empty);
            if (IsNobody(part))
                continue;
            // "Ann Lee and Tom Hall, Councillors, and Jo Hart, Clerk": the label after a run of names says what they
            // are; a collective one is no person and no role, a post belongs to the name before it.
            if (people.Count > 0 && SectionVocabulary.IsCollectiveLabel(Clean(part)))
                continue;
            if (people.Count > 0 && Roles.IsPostOnly(Clean(part)))
            {
                if (people[^1].Role is null)
                    people[^1] = people[^1] with { Role = Roles.Normalise(Clean(part)) };
                continue;
            }

            var name = NameOnly(part);
            if (CalledByInitials(name, parts))
            {
                people.Add(new PersonDraft(name, null, groupRole));
                continue;
            }

            // "…, John McKeon, John mcnamara, Mark Osborn": a name typed with a word in lower case, among the names of a list on one line.
            if (!LooksLikePerson(name, strict: false, bareWord: true) && parts.Count >= 3 && PersonNames.LooksLikeNameTypedInLowerCase(name))
            {
                people.Add(new PersonDraft(WithoutClosingStop(name.Trim()), null, groupRole));
                continue;
            }

            if (LooksLikePerson(name, strict: false, bareWord: true))
            {
                if (ReadEntry(part, groupRole, bareWord: true) is { } person)
                    people.Add(person);
                continue;
            }

            // "A Armstrong, EDC": an organisation after a name belongs to that name.
            if (people.Count > 0 && LooksLikeOrganisation(part) && people[^1].Organisation is null)
                people[^1] = people[^1] with { Organisation = part.Trim('(', ')') };
            else if (people.Count > 0 && Roles.LooksLikeRole(part) && people[^1].Role is null)
                people[^1] = people[^1] with { Role = Roles.Normalise(part) };
        }

        return people;
    }

    /// <summary>
    /// "Speaker of the Senate Paige Settles", "Director of Academic and Student Affairs Ann Lee": an office named for what it
    /// heads, written before the holder's name as a roll of officers lists them. The office runs to the word before the first
    /// given name that leaves a name of two or three capitalised words; the office is returned, or nothing.
    /// </summary>
    private static string OfficeOf(string text)
    {
        var head = OfficeOfHead().Match(text);
        if (!head.Success)
            return string.Empty;
        var words = text[head.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Only the last two or three words can be the name: a line of any length is looked at twice at most.
        for (var k = Math.Max(1, words.Length - 3); k < words.Length; k++)
        {
            var name = words[k..];
            if (name.Length is 2 or 3 && GivenNames.Contains(name[0]) && name.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'))
                && words[..k].All(w => char.IsUpper(w[0]) || w is "and" or "&" or "of" or "the" or "for"))
                return text[..head.Length] + string.Join(' ', words[..k]);
        }

        return string.Empty;
    }

    [GeneratedRegex(@"^(?:chief|director|speaker|secretary|head|chair(?:man|woman|person)?|president|clerk|minister|commissioner)\s+of\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeOfHead();

    /// <summary>"Finance Manager (S Kerr)": the post and its holder, or null when the entry is not written so.</summary>
    private static (string Post, string Holder)? PostAndHolder(string entry)
    {
        if (PostThenHolder().Match(Clean(entry)) is not { Success: true } held)
            return null;
        var post = held.Groups["post"].Value.Trim();
        var holder = held.Groups["name"].Value.Trim();
        return (Roles.IsNamedPost(post) || Roles.IsPostOnly(post)) && !Roles.LooksLikeRole(holder)
            && LooksLikePerson(holder, strict: false) && !LooksLikeOrganisation(holder) ? (post, holder) : null;
    }

    private static bool NameDashPost(string entry) =>
        Dash().Split(Clean(entry)) is { Length: 2 } dashed && LooksLikePerson(dashed[0], strict: false) && !LooksLikeOrganisation(dashed[0]);

    [GeneratedRegex(@"^(?<post>\p{Lu}[^()]{2,60}?)\s*\((?<name>[^()]{3,40})\)$")]
    private static partial Regex PostThenHolder();

    /// <summary>One person: name first, then organisation and role however they are set apart.</summary>
    public static PersonDraft? ReadEntry(string entry, string? groupRole, bool bareWord = false)
    {
        var text = Clean(entry);
        if (IsNobody(text))
            return null;
        // "Officer" alone: the end of "Democratic Services Officer" wrapped onto a line of its own, a post and no one's name.
        if (bareWord && Roles.IsPostOnly(text))
            return null;
        // "Finance Manager (S Kerr)", "Clerk (Mrs K Lowe)": officers are often listed by post, the holder in brackets.
        if (PostAndHolder(text) is var (post, holder))
            return new PersonDraft(holder, null, Roles.Normalise(post) ?? groupRole);
        // "Clerk to the Authority – Tom Nash", "Treasurer – Julie Wood": officers listed by post, a dash, then the holder.
        if (Dash().Split(text) is [var postFirst, var named] && (Roles.IsNamedPost(postFirst) || Roles.IsPostOnly(postFirst))
            && !Roles.LooksLikeRole(named) && LooksLikePerson(named.Trim(), strict: false) && !LooksLikeOrganisation(named))
            return new PersonDraft(named.Trim(), null, Roles.Normalise(postFirst) ?? groupRole);

        string? role = null;
        string? organisation = null;
        var prefix = RolePrefix().Match(text);
        // "Chief of Staff James Line": the whole office before the name, not its first word.
        if (OfficeOf(text) is { Length: > 0 } office)
        {
            role = Roles.Normalise(office);
            text = text[office.Length..].Trim();
        }
        else if (prefix.Success)
        {
            role = Roles.Normalise(prefix.Groups["role"].Value);
            if (role is "Clerk to the Council" or "Clerk to the council")
                role = "Clerk";
            text = text[prefix.Length..];
        }

        foreach (Match paren in Parenthetical().Matches(text))
        {
            var inside = paren.Groups[1].Value.Trim();
            // "Ann Lee (AL, chair)": the initials she goes by, then her role.
            if (inside.Split(',', 2) is [var first, var after] && PersonNames.LooksLikeInitials(first.Trim()) && first.Trim().All(char.IsUpper))
                inside = after.Trim();
            if (inside.Length == 0 || Aside().IsMatch(inside) || InitialsLike().IsMatch(inside) && inside.Count(char.IsUpper) >= 2 || PersonNames.LooksLikeInitials(inside))
                continue;
            if (Roles.LooksLikeRole(inside))
                role ??= Roles.Normalise(inside);
            else
                organisation ??= inside;
        }

        text = TextCleaning.Squash(Parenthetical().Replace(text, "  ").Trim());
        var fields = FieldSeparator().Split(Parenthetical().Replace(Clean(entry), "  ")).Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        string name;
        var rest = new List<string>();
        if (fields.Count > 1)
        {
            name = RolePrefix().Replace(fields[0], string.Empty);
            rest.AddRange(fields.Skip(1));
        }
        else if (Dash().Split(text) is { Length: > 1 } dashed)
        {
            name = dashed[0];
            rest.AddRange(dashed.Skip(1).SelectMany(d => d.Split(',')));
        }
        else if (text.Contains(',', StringComparison.Ordinal))
        {
            var comma = text.IndexOf(',', StringComparison.Ordinal);
            name = text[..comma];
            rest.AddRange(text[(comma + 1)..].Split(','));
        }
        else if (PostAfterName(text) is var (nameBeforePost, postAfterName))
        {
            name = nameBeforePost;
            rest.Add(postAfterName);
        }
        else
        {
            (name, var trailing) = SplitTrailingOrganisation(text);
            if (trailing is not null)
                rest.Add(trailing);
        }

        foreach (var field in rest.Select(r => r.Trim().Trim('-', '–', '/', ' ')).Where(r => r.Length > 0))
        {
            var clean = field.TrimStart('-', '–').Trim();
            if (Aside().IsMatch(clean))
                continue;
            // A post in words ("Director of Finance", "Trust Secretary") is the role.
            if (Roles.IsNamedPost(clean))
                role = Roles.WithPost(role, clean);
            // "Sue Green, Secretary": a role of a word or two is a role, though "secretary" also names offices.
            else if (Roles.LooksLikeRole(clean) && (!LooksLikeOrganisation(clean) || PersonNames.Tokens(clean).Length <= 2 && !clean.Any(char.IsDigit) && !IsAcronym(PersonNames.Tokens(clean)[0])))
                role ??= Roles.Normalise(clean);
            else if (organisation is null)
                organisation = clean;
            else if (Roles.LooksLikeRole(clean))
                role ??= Roles.Normalise(clean);
        }

        name = TextCleaning.Squash(name).Trim().TrimEnd(',', ';', ':').Trim();
        name = WithoutClosingStop(name);
        if (!LooksLikePerson(name, strict: false, bareWord))
            return null;
        return new PersonDraft(name, string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim().TrimEnd('.', ','), role ?? groupRole);
    }

    // "Honorary Clerk", "Hon. Treasurer": a post held without pay, as small trusts and clubs write it.
    [GeneratedRegex(@"^(?:(?:Honorary|Hon\.?)\s+)?(?<post>\S.*)$")]
    private static partial Regex HonoraryPost();

    /// <summary>
    /// "Mrs B Molog Honorary Clerk": a roll written without commas puts the post straight after a name that opens with its
    /// honorific; the name is the honorific, initial and surname, and the post its role. Null for anything else.
    /// </summary>
    private static (string Name, string Post)? PostAfterName(string text) => HasHonorific(text) ? TrailingPost(text, shortestName: 3) : null;

    /// <summary>"B Molog Honorary Clerk": a name of at least <paramref name="shortestName"/> words, then a post of up to three. Null when no post closes the text.</summary>
    public static (string Name, string Post)? TrailingPost(string text, int shortestName)
    {
        var tokens = PersonNames.Tokens(text);
        for (var k = shortestName; k < tokens.Length; k++)
        {
            var post = string.Join(' ', tokens[k..]);
            var name = string.Join(' ', tokens[..k]);
            if (tokens.Length - k <= 3 && Roles.IsPostOnly(HonoraryPost().Match(post).Groups["post"].Value) && !Roles.LooksLikeRole(name))
                return (name, post);
        }

        return null;
    }

    /// <summary>"Jane Smith Department for Education" is Jane Smith of the Department; "A Armstrong EDC" is A Armstrong of EDC.</summary>
    /// <summary>
    /// "Tom Reid Medway Council": a given name and a surname, then a place and the organisation's own word. The
    /// organisation cannot begin with a given name, so "Mary Ann Lee Medway Council" splits after "Lee", not "Ann".
    /// </summary>
    private static bool PlaceThenOrganisation(string[] tokens, int k) =>
        tokens.Length - k >= 2 && GivenNames.Contains(tokens[0]) && !GivenNames.Contains(tokens[k])
        && char.IsUpper(tokens[k][0]) && PersonNames.IsOrganisationWord(tokens[^1]) && !PersonNames.IsOrganisationWord(tokens[k - 1]);

    private static (string Name, string? Organisation) SplitTrailingOrganisation(string text)
    {
        var tokens = PersonNames.Tokens(text);
        for (var k = 2; k < tokens.Length && k <= 5; k++)
        {
            var head = string.Join(' ', tokens[..k]);
            var tail = string.Join(' ', tokens[k..]);
            var acronym = tokens[k].Length >= 2 && tokens[k].All(c => char.IsUpper(c) || c is '&');
            if ((LooksLikeOrganisation(tail) || acronym) && (PersonNames.IsOrganisationWord(tokens[k]) || IsAcronym(tokens[k]) || acronym) && LooksLikePerson(head, strict: true))
                return (head, tail);
            if (PlaceThenOrganisation(tokens, k) && LooksLikePerson(head, strict: true))
                return (head, tail);
        }

        return (text, null);
    }

    /// <summary>The name part of an entry, for telling lists of names from a name and its organisation.</summary>
    private static string NameOnly(string part)
    {
        var text = Clean(part);
        text = Collective().Replace(text, string.Empty);
        text = RolePrefix().Replace(text, string.Empty);
        text = TextCleaning.Squash(Parenthetical().Replace(text, " ")).Trim();
        return SplitTrailingOrganisation(text).Name;
    }

    public static bool LooksLikeOrganisation(string text)
    {
        var tokens = PersonNames.Tokens(text.Trim('(', ')', ' '));
        if (tokens.Length == 0 || SurnameOfAPlace(tokens))
            return false;
        return tokens.Any(PersonNames.IsOrganisationWord) || tokens.Length == 1 && IsAcronym(tokens[0])
            || tokens.Any(t => t.TrimEnd('.', ',') is "Inc" or "Ltd" or "LLC" or "plc" or "Corporation" or "Corp");
    }

    /// <summary>
    /// "Ben Hall", "Dr Helen Park": a given name the gazetteer knows, then a surname that is also a word for a place, is a
    /// person; "Village Hall" and "Victoria Park Trust" are not (no given name first, or more than a surname after it).
    /// </summary>
    private static bool SurnameOfAPlace(string[] tokens)
    {
        var name = tokens.SkipWhile(t => Honorifics.Contains(t)).ToArray();
        return name.Length == 2 && GivenNames.Contains(name[0]) && PersonNames.IsPlaceSurname(name[1]);
    }

    private static bool IsAcronym(string token)
    {
        var t = token.Trim('(', ')', ',', '.');
        return t.Length is >= 2 and <= 8 && t.Count(char.IsUpper) >= 2 && t.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '&' or '-') && !PersonNames.LooksLikeInitials(t) || t.Length is >= 3 and <= 8 && t.All(char.IsUpper) && t.Length > 3;
    }

    /// <summary>
    /// A person's name as written: optional honorifics, then one to four name words or initials.
    /// Strict asks more: a known given name, an initial or an honorific first.
    /// </summary>
    public static bool LooksLikePerson(string name, bool strict, bool bareWord = false)
    {
        if (IsHandle(name))
            return true;
        var tokens = PersonNames.Tokens(name);
        if (tokens.Length == 0 || tokens.Length > 7)
            return false;
        var k = 0;
        var honorific = false;
        while (k < tokens.Length - 1 && Honorifics.Contains(tokens[k]))
        {
            honorific |= tokens[k] is not ("County" or "District" or "Borough" or "Parish" or "Town");
            k++;
        }

        var words = tokens[k..];
        if (words.Length is 0 or > 4 || !honorific && tokens[0] is "County" or "District" or "Borough" or "Parish" or "Town")
            return false;
        var placeSurname = SurnameOfAPlace(words);
        foreach (var word in words)
        {
            var w = word.TrimEnd('.', ',');
            if (w.Length == 0 || PersonNames.IsOrganisationWord(w) && !(placeSurname && PersonNames.IsPlaceSurname(w)) || w.Any(char.IsDigit))
                return false;
            if (!char.IsUpper(w[0]) && w is not ("de" or "van" or "von" or "der" or "den" or "da" or "di" or "du" or "la" or "le" or "bin" or "al"))
                return false;
            if (w.Any(c => !char.IsLetter(c) && c is not '-' and not '\'' and not '’' and not '.'))
                return false;
        }

        var first = words[0].TrimEnd('.');
        var initial = first.Length <= 3 && first.All(char.IsUpper);
        // "Assistant Risk Manager", "Public Works Director": a post written after a person, no second person.
        if (words.Length >= 2 && !honorific && !initial && Post().IsMatch(words[^1]) && !GivenNames.Contains(first))
            return false;
        if (words.Length == 1)
            return honorific || !first.All(char.IsUpper) && (GivenNames.Contains(first) || bareWord && first.Length > 1);
        if (!strict)
            return true;
        return honorific || initial || GivenNames.Contains(first);
    }

    // "@maxwolfs": a person's account name on a code host, as open-source groups write their roll ("github handles preferred").
    [GeneratedRegex(@"^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")]
    private static partial Regex Handle();

    /// <summary>A code host's account name alone ("@maxwolfs"): one person, named as the roll writes them.</summary>
    public static bool IsHandle(string text) => Handle().IsMatch(text.Trim());

    // "Matt B.": a given name and the initial of a surname keep the initial's full stop, as the roll writes the name.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+\s+\p{Lu}\.$")]
    private static partial Regex GivenNameAndInitial();

    /// <summary>A name without the stops closing it, unless it ends in the full stop of a surname's initial ("Matt B.").</summary>
    public static string WithoutClosingStop(string name) => GivenNameAndInitial().IsMatch(name) ? name : name.TrimEnd(',', ';', '.', ':').Trim();

    private static string Clean(string text)
    {
        var t = text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        t = t.TrimStart('-', '*', '•', '·', '–', ' ').Trim();
        // "Scott Fagen, CA (SF) *": a mark after an entry (voting members, a footnote) is no part of it.
        t = t.TrimEnd(';', ',', '*', '†', ' ').Trim();
        return GivenNameAndInitial().IsMatch(t) ? t : t.TrimEnd('.', ';', ',', '*', '†', ' ').Trim();
    }
}
