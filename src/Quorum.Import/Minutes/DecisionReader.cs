using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Finds what the meeting agreed, approved, adopted, elected or resolved, sentence by sentence.
/// Reports of other bodies' decisions ("agreed by the Board of Directors") are left out.
/// </summary>
public static partial class DecisionReader
{
    // "The statement was completed and approved" is a passive decision as "was approved" is, and so is "The bills stand approved for payment".
    // "Ann Lee was re-elected as Chair and Tom Fox as Treasurer": a re-election is an election.
    // "It was determined that it is fine without the dot", "Financials approved – B. Munro (motion), C. Dallas (second)" and
    // "APPROVED – 2018 Meetings Calendar" are what a body concluded or passed, as "it was agreed" is ("Approved: 12 March 2021" is a stamp).
    [GeneratedRegex(@"\b(?:was|were|been|is|are|be|stands?)\s+(?:\w+\s+(?:and\s+)?)?(?:agreed|approved|adopted|resolved|decided|(?:re-?)?elected|ratified|endorsed|carried(?!\s+out\b|\s+forward\b))\b|\b(?:it\s+was|we)\s+(?:\w+\s+)?(?:agreed|resolved|decided)\b|\bit\s+was\s+(?:\w+\s+)?(?:determined|concluded)\s+that\b(?!\s+there\s+(?:was|were|is|are)\b)|\b(?:approved|adopted)\s*[\-–]\s*[^()]{2,40}\((?:motion|moved)\)|\bwe\s+approved\b|\bwill\s+(?:be|serve\s+as)\s+our\s+(?:new\s+)?(?:\w+\s+)?(?:clerk|chair(?:man|person)?|treasurer|secretary|president|convenor)\b|^approved\s+as\s+(?:presented|amended|circulated|written|corrected|submitted|read)\b|\bthere\s+was\s+(?:\w+\s+)?consensus\b|\bit\s+was\s+the\s+(?:general\s+)?consensus\s+of\b|^(?:agreed|resolved|decided|decision|conclusion|consensus|outcome|resolution)\b\s*[:\-–]|^approved\s+[\-–]\s+(?!\d{1,4}[./-]\d|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionWords();

    // Each saying above holds one of these stems; most lines of minutes hold none, and are not tried against its alternatives.
    private static readonly System.Buffers.SearchValues<string> DecisionWordStems = System.Buffers.SearchValues.Create(
        ["agree", "approv", "adopt", "resolv", "resolu", "deci", "elect", "ratif", "endors", "carried", "determin", "conclu", "consensus", "will", "outcome"],
        StringComparison.OrdinalIgnoreCase);

    private static bool UsesDecisionWords(string text) => text.AsSpan().ContainsAny(DecisionWordStems) && DecisionWords().IsMatch(text);

    [GeneratedRegex(@"\b(?:agreed|approved|adopted|decided|endorsed)\s+(?:by|within)\s+(?:the\s+)?(?!meeting\b|group\b|members\s+present)(?:[\w/&-]+\s+){0,5}?(?:board|council|cabinet|directors|government|ministers?|department|executive)\b|\bby\s+the\s+(?:[\w/&-]+\s+){0,4}(?:council|board|cabinet)\s+meeting\s+in\b|^at\s+the\s+(?:last|previous)\s+meeting\b|\b(?:at|during)\s+(?:the|its|their)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|last|previous|prior|earlier)\s+){1,3}(?:\w+\s+)?meeting\b|\b(?:observes?|observed|noted|notes|reported|reports|said|says|mentioned|explained|commented|asked)\s+(?:that|whether|if)\b|\b(?:has|have|had)\s+(?!been\b)(?:\w+\s+)?(?:agreed|approved|adopted|endorsed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherBody();

    // Minutes also record a decision in the present tense ("The Board agrees to make no changes", "All agree to fix it", and with
    // the whole body as subject: "All attending board members agree that …", "Everyone agrees that …", "Board members agree with the outcome";
    // "Most members agree" is a feeling, not a decision), as a
    // consensus ("Consensus that …", "The general consensus was to …", "Consensus is to publicise first") or as a unanimous act named by a noun ("Unanimous
    // adoption of the previous minutes", "Unanimous vote for Ann to continue as chair"); "The decision was made to …" and
    // "Motion to approve the roles carried" say it outright, and "The Council noted the report and approved the register" after what it noted; so do a corporate board's "Upon motion duly made by A, seconded by B and
    // approved by all directors in attendance, C was appointed …" and "… and all members in attendance approved the motion".
    // Agreement named by its noun says the same: "There was unanimous agreement on the following principles", "General agreement
    // that this is a good start", "The Council was in agreement that …", "Agreement passed to use the new course" (a "broad" agreement
    // or one that "seems" to be there is a feeling, not a decision).
    [GeneratedRegex(@"\bthere\s+was\s+(?:a\s+|some\s+)?(?:discussion\s+and\s+)?(?:(?:general|unanimous|full|common)\s+)?agreement\s+(?:that|to|on|about|from)\b|^(?:general|unanimous|full|common)\s+agreement\s+(?:that|to|on|about)\b|\b(?:was|were)\s+in\s+(?:full\s+|general\s+)?agreement\s+that\b|^agreement\s+(?:was\s+)?(?:passed|reached)\s+(?:to|that|on)\b|\bdiscussion\s+led\s+to\s+(?:\w+\s+)?agreement\s+(?:to|that|on)\b|\b(?:all|members|councillors|trustees|directors|commissioners|governors|committee|council|board|tac|tsc|group|meeting|panel)\s+(?:present\s+)?(?:\w+\s+)?(?:agreed|resolved|approved|decided|voted|adopted|endorsed|ratified)\b|^(?:the\s+)?(?:members|councillors|trustees|directors|governors|committee|council|board|panel|cabinet)\s+(?:noted|received|considered|discussed|reviewed)\b[^.;]{0,80}?\band\s+(?:unanimously\s+)?(?:approved|agreed|adopted|endorsed|ratified|resolved)\b|^(?:the\s+)?(?:everyone|everybody|all|committee|council|board|group|meeting|panel|(?:all\s+)?(?:(?:present|attending)\s+)?(?!(?:most|some|many|few|several|other|no|two|three)\b)(?:[\w-]+\s+)?(?:members|councillors|trustees|directors|commissioners|governors|attendees|participants))\s+(?:present\s+)?(?:agrees?|resolves?|approves?|decides?|adopts?|endorses?)\s+(?:to|that|on|with|the)\b|^(?:the\s+)?(?:general\s+)?consensus\s+(?:was\s+|is\s+)?(?:that|to|reached)\b|^unanimous\s+(?:adoption|approval|agreement|decision|vote)\b|\b(?:the|a)\s+decision\s+was\s+(?:made|taken|reached)\s+(?:to|that|not)\b|^(?:the\s+)?motion\s+to\s+[^.]{3,80}?\s+(?:was\s+)?(?:\w+\s+)?(?:carried|passed|approved|adopted)\b|\bwe\s+(?:\w+\s+)?(?:voted|resolved)\b|^(?:agreed|resolved|decided|decision)\b|\bAGREED\b|\bRESOLVED\b|\b(?:motion|proposal|resolution|amendment)\s+(?:was\s+)?(?:\w+\s+)?(?:carried|passed|approved|adopted)\b|\b(?:approved|passed|carried)\s+(?:by|with)\s+(?:\w+\s+)?(?:unanimous|consent|majority|\d)|\b(?:was|were)\s+(?:then\s+)?passed\s+unanimously\b|\bno\s+objections?,?\s+approved\b|\bapproved\s+for\s+payment\b|\bmotion\s+passed\b|\bmotion\s+(?:was\s+)?duly\s+made\b(?:[^.]|(?<=\b(?:Mr|Mrs|Ms|Dr))\.){0,160}?\bseconded\b(?:[^.]|(?<=\b(?:Mr|Mrs|Ms|Dr))\.){0,160}?\b(?:approved|carried|passed|adopted)\b|\b(?:approved|carried|passed|adopted)\s+the\s+motion\b|\bnem\.?\s*con\b|\bmoved\b.*\bthe\s+vote\s+was\s+(?:unanimous|\d+\s*(?:-|–|/|to)\s*\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilDecision();

    // As for the decision words: every saying of a body's decision above holds one of these stems.
    private static readonly System.Buffers.SearchValues<string> CouncilDecisionStems = System.Buffers.SearchValues.Create(
        ["agree", "resolv", "approv", "deci", "vote", "adopt", "endors", "ratif", "consensus", "unanimous", "carried", "passed", "nem"],
        StringComparison.OrdinalIgnoreCase);

    private static bool SaysCouncilDecided(string text) => text.AsSpan().ContainsAny(CouncilDecisionStems) && CouncilDecision().IsMatch(text);

    // "A motion to raise the fees was not carried", "The amendment fell", "… was defeated": a motion that failed settles nothing;
    // nor does "There was no consensus on these points", "No decision has yet been reached" or "this has not been agreed".
    // "Meeting Minutes: May 9, 2018 (approved July 10, 2018)": the title's stamp of a later meeting's approval, not a decision of this one.
    // So is "These minutes were amended on May 23, 2026 and are considered approved", and a signature block's "Approved by:" awaits a hand.
    // "Lucas Knight’s motion to suspend the bylaws is passed", "… to return into the bylaws": a senate or a US board setting its rules aside
    // and back, as a council suspends its standing orders, is procedure.
    [GeneratedRegex(@"\b(?:resolved|agreed)\s+to\s+(?:note|receive)\b|\bbe\s+received(?:\s+and\s+noted)?\s*\.?$|\bapolog|\b(?:suspend\w*|reinstat\w*|resum\w*|waiv\w*|return\w*\s+to)\b[^.]{0,40}\bstanding\s+orders\b|\bstanding\s+orders\b[^.]{0,40}\b(?:be|were|was)\s+(?:suspended|reinstated|resumed|waived)\b|\b(?:suspend|return\s+in(?:to)?|move\s+(?:out\s+of|back\s+into))\s+the\s+(?:bylaws|by-laws|rules)\b|\bagenda\b(?:,[^,.]{0,40},)?\s+(?:was\s+)?(?:\w+\s+)?(?:approved|adopted)\b|\b(?:can|could|should|would|will|may|might|must|to)\s+(?:not\s+|only\s+|also\s+|then\s+|still\s+|first\s+|probably\s+|possibly\s+)?be\s+(?:\w+\s+)?(?:approved|agreed|adopted|resolved|decided)\b|\b(?:'ve|have)\s+been\s+approved\s+for\b|\bto\s+be\s+agreed\b|\bbe\s+(?:received\s+and\s+)?noted\b|\b(?:motion|moved)\s+to\s+adjourn\b|^[^.()]{0,40}\bminutes\b[^.()]{0,60}\((?:approved|adopted|confirmed)\b[^()]{0,30}\)\s*$|\bthese\s+minutes\s+(?:were|are|have\s+been|was)\b[^.]{0,60}\b(?:approved|adopted|confirmed)\b|\b(?:approved|adopted|confirmed)\s+by\s*:\s*_*\s*$|\b(?:was|were)\s+not\s+(?:carried|passed|approved|adopted|agreed|seconded)\b|\bno\s+(?:consensus|agreement|decision)\b|\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:agreed|decided|approved|resolved)\b|\bnot\s+yet\s+(?:been\s+)?(?:agreed|decided|approved)\b|\b(?:motion|proposal|amendment|resolution)\b[^.]{0,120}?\b(?:fell|failed|was\s+(?:defeated|lost|rejected|withdrawn))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotADecision();

    [GeneratedRegex(@"^MOTION\s*:\s*\S.{10,}$", RegexOptions.IgnoreCase)]
    private static partial Regex MotionLabelled();

    [GeneratedRegex(@"^SECONDED(?:\s+BY)?\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex SecondedLabelled();

    [GeneratedRegex(@"\b(?:accept|approve|adopt)\w*\s+(?:of\s+)?the\s+(?:\w+\s+)?agenda\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaAccepted();

    /// <summary>
    /// The "SECONDED:" line under a labelled motion, blank lines apart, and the motion with the line it wrapped onto; null when
    /// no seconder's line follows.
    /// </summary>
    private static (string Motion, int Line)? SecondedBelow(IReadOnlyList<TextLine> lines, int index)
    {
        var motion = lines[index].Text.Trim();
        for (var j = index + 1; j < lines.Count && j <= index + 4; j++)
        {
            if (lines[j].IsBlank)
                continue;
            var text = lines[j].Text.Trim();
            if (SecondedLabelled().IsMatch(text))
                return (motion, j);
            // "MOTION: Jim Brett called for a vote to accept the status of funds ending" over "December 31, 2019.".
            if (lines[j].Kind != LineKind.Text || motion.EndsWith('.') || text.EndsWith(':'))
                return null;
            motion = $"{motion} {text}";
        }

        return null;
    }

    // "This was agreed", "After some discussion this was agreed", "These two applicants are elected unopposed", "The committee
    // approved this request": a decision that names what it settles only by pointing at the sentence before it ("Councillors
    // agreed this be paid" names the payment its item is about, and stands alone).
    [GeneratedRegex(@"^(?:after\s+(?:some\s+|much\s+|further\s+|a\s+(?:short|brief)\s+)?discussion,?\s+)?(?:this|that|these|which)(?:\s+(?:\w+\s+)?(?:applicants?|candidates?|nominees?|proposals?|requests?))?\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:agreed|approved|adopted|endorsed|accepted|elected)\b"
        + @"|^(?:the\s+)?(?:all(?:\s+present)?|everyone|members|committee|board|council|group|meeting|trustees|councillors|directors)\s+(?:\w+\s+)?(?:approved|accepted|endorsed|adopted|agreed(?:\s+to|\s+with)?)\s+(?:this|the)\s+(?:request|proposal|suggestion|recommendation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphoric();

    // A PDF's bullet ("o Approved Nem Con") or a sub-item's number ("9.2 Agreed to print 50 copies") is not part of what was decided.
    // A PDF may lose the tab after the number: "9.6Agreed to display a photoboard".
    [GeneratedRegex(@"^\s*(?:(?:[" + PlainTextExtractor.BulletGlyphs + @"]|o)\s+|\d{1,3}(?:\.\d{1,3})+(?:\s+|(?=\p{Lu}\p{Ll})))")]
    private static partial Regex LeadingMark();

    // "Decision:" or "RESOLVED" alone on its line: the paragraph under it is what was decided. "Resolved that:" and "It was
    // resolved that:" over "(a) the plan be approved; and" / "(b) …" say the same.
    [GeneratedRegex(@"^(?:(?:decision|decisions|resolved|resolution|outcome)\s*[:\-–]?|agreed\s*[:\-–]|(?:it\s+was\s+)?(?:resolved|agreed)\s+that\s*[:\-–]?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionLabel();

    // "Bill 29-17-S passes.", "Resolution 4-17-S passes.", "Bill 9-17-F is passed.": a legislature's own bill or resolution,
    // by its number, passing on this meeting's vote (a student senate's, a council's ordinance).
    [GeneratedRegex(@"^(?:bill|resolution|ordinance|amendment)\s+(?:no\.?\s*|#\s*)?\d[\w.]*(?:[/-][\w.]+)*\s+(?:is\s+|was\s+)?(?:passed|passes|carried|carries|approved|adopted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LegislationPassed();

    // A hyphen between the number and more of it ("Resolution 4-17-S passes.", a legislature's session numbering) is part of the number.
    [GeneratedRegex(@"^(?:resolution|resolved|decision)\s*(?:#\s*|no\.?\s*)?\d{1,3}[a-z]?(?:\s*[:–]|\s+-|-(?=\s))\s*(?<text>\S.{2,})$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedResolution();

    // "All TSC members in attendance agreed.", "All other members agreed.": an assent that names nothing agrees to the sentence before it.
    [GeneratedRegex(@"^(?:all|everyone|everybody|members|the\s+(?:committee|board|group|meeting|council))\b(?:\s+(?!to\b|that\b|with\b)[\p{L}-]+){0,5}\s+(?:agreed|concurred|assented)\s*[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex AssentNamingNothing();

    // "Mr. Gray motioned, Mr. Rubendall seconded, and all voting members in attendance approved the motion." after "Mr. Mertic
    // asked for a motion to approve the initial list of committers.": the vote settles the motion asked for before it.
    [GeneratedRegex(@"\b(?:approved|carried|passed|adopted)\s+the\s+motion\b", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovesTheMotion();

    [GeneratedRegex(@"\bmotion\s+to\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex MotionAsked();

    [GeneratedRegex(@"^(?:proposed|moved|seconded)\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex MovedBy();

    // "All agreed this was a true record", "It was agreed to accept it": a decision that names what it settles only by pointing back.
    [GeneratedRegex(@"\b(?:this|these|them|that\s+(?:this|it))\b|\bit\b(?!\s+(?:was|is|has\s+been)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RefersBack();

    [GeneratedRegex(@"^outcome\s*:\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Outcome();

    [GeneratedRegex(@"\b(?:should|to|will|would|must|shall|that)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEnded();

    [GeneratedRegex(@"\b(?:approved|adopted|agreed|elected|resolutions?|decisions?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionHeading();

    [GeneratedRegex(@"^proposal\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ProposalPrefix();

    // "Helen agreed to check this with Imran", "NM agreed to moderate": a person taking something on, not the meeting deciding.
    // "*Jo Bloggs agreed to take minutes", "Andrei agreed and emphasised …": a bullet's mark before the name, an "and" after, the same.
    // So do several people named together ("Cllrs Hale & Lake agreed to …", "AB, CD and EF agreed to be present"), a name with
    // its call sign or initials in brackets ("Tom Fox (VE3XYZ) agreed to …"), and a name after an entry's number or an opening
    // clause ("As a first step, Ann Lee agreed to draft …"); <c>who</c> is the first named, which may yet be the body itself.
    private const string PersonNamed = @"(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(?:\p{Lu}[\p{L}'’.-]*|[A-Z]{2,4})(?:\s*\([^()]{1,20}\))?";

    [GeneratedRegex(@"^[*•-]?\s*(?:\d{1,2}[.)]\s+|[^,;:.]{3,40},\s+)?(?!(?i:the|all|we|it|they|both|those|members|councillors|trustees|directors|commissioners|governors|residents|attendees|everyone|everybody|board|council|committee|group|meeting|panel)\b)"
        + "(?<who>" + PersonNamed + @")(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)" + PersonNamed + @"){0,5}\s+(?:kindly\s+|also\s+)?agreed(?:\s+(?:to|at|that|with|and|for)\b|\s*[.!]?$)", RegexOptions.None)]
    private static partial Regex PersonVolunteers();

    /// <summary>True when the sentence names people taking something on, and the first named is not the body itself.</summary>
    private static bool PeopleTakeItOn(string text, string? body) =>
        PersonVolunteers().Match(text) is { Success: true } named && !(body is not null && IsOwnBody(named.Groups["who"].Value, body));

    // "RGr – agreed.", "JT - Agreed.", "<nick> ann: agreed": one speaker's assent in a transcript, not the meeting deciding
    // ("ALL – agreed" is the meeting's, and stays).
    [GeneratedRegex(@"^(?:<[^>]+>\s*[\p{L}.-]{2,20}|(?!(?i:all|everyone|everybody|members|board|council|committee|group|meeting|we|sc|tsc|tc)\b)(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s*[:\-–—]\s*[""“]?(?i:agreed|agree)[.!]?[""”]?\s*$", RegexOptions.None)]
    private static partial Regex SpeakerAssents();

    // "Upon voice vote, the motion carried …", "On a roll call vote, motion passed …": how it was voted may open the sentence.
    // Under "Proposed A" / "Seconded B": "Accepted by All", "Passed without dissent.", "Vote by Poll Unanimous". "The proposal was accepted by a show of hands"
    // settles the proposal as "carried" does.
    [GeneratedRegex(@"^(?:(?:upon|on|by|after|following|with)\s+(?:a\s+|the\s+)?[\w\s-]{0,30}?,\s*)?(?:the\s+)?(?:motion|resolution|proposal|vote)\s+(?:was\s+)?(?:\w+(?:/\w+)?\s+)?(?:passed|carried|carries|passes|approved|adopted|agreed|accepted|failed|fails|defeated)\b|^(?:approved|carried|passed|accepted)\s+(?:by|with|without\s+(?:dissent|objection|opposition)|nem\.?\s*con|unanimously)\b|^vote\s+by\s+(?:poll|ballot|show\s+of\s+hands)\s+(?:unanimous|carried|passed)\s*\.?$|\b(?:passed|carried|approved)\s+(?:unanimously\s+)?\d+\s*[-–:]\s*\d+|^(?:carried|passed)(?:\s+unanimously|\s+nem\.?\s*con\.?)?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MotionOutcome();

    // "For 5, Against 2 – carried", "Votes: 6 for, 1 against. Carried.": the count of a vote and what became of the motion.
    [GeneratedRegex(@"\b(?:(?:for|in\s+favour)\s*[:\-–]?\s*\d+[\s,;.]*(?:and\s+)?against\s*[:\-–]?\s*\d+|\d+\s+(?:votes?\s+)?(?:for|in\s+favour),?\s+\d+\s+(?:votes?\s+)?against)\b.{0,60}?\b(?:carried|passed|agreed|approved|resolved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tally();

    // "Yes - 5, No - 0", "Ayes 4, Nays 1", "For 11, Against 6, Abstain 4", "7 votes for, 0 against, 1 abstention": a vote's count
    // standing alone as a sentence, with no word for what became of the motion.
    [GeneratedRegex(@"^(?:(?:yes|ayes?|yeas?|for|in\s+favou?r)\s*[:\-–]?\s*\d+[\s,;]*(?:and\s+)?(?:no|nays?|noes|against|opposed)\s*[:\-–]?\s*\d+(?:[\s,;]*(?:and\s+)?(?:abstain(?:ed|s)?|abstentions?)\s*[:\-–]?\s*\d+)?|\d+\s+(?:votes?\s+)?(?:yes|for|in\s+favou?r)[\s,;]+\d+\s+(?:votes?\s+)?(?:no|against)(?:[\s,;]+(?:and\s+)?\d+\s+(?:abstain(?:ed|s)?|abstentions?))?)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CountAlone();

    // "Motion made by Ann and seconded by Tom.", "Motion by Lee, second by Fox.", "Motion to approve by Ann, seconded by Tom.": a
    // motion that names its movers and nothing of what was moved, which the sentence before it states.
    [GeneratedRegex(@"^(?:a\s+)?motion\s+(?:to\s+(?:approve|accept|adopt)\s+)?(?:was\s+)?(?:made\s+)?by\s+(?:[\p{L}'’.-]+\s+){0,2}[\p{L}'’.-]+[\s,]+(?:and\s+)?(?:second(?:ed)?|2nd)\s+by\s+(?:[\p{L}'’.-]+\s*){1,3}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MoversAlone();

    /// <summary>A sentence that moves, settles or counts a motion of its own, and so is no statement for movers after it to settle.</summary>
    private static bool IsOutcomeOrDecision(string sentence) =>
        MotionOutcome().IsMatch(sentence) || UsesDecisionWords(sentence) || SaysCouncilDecided(sentence) || Moved().IsMatch(sentence)
        || MotionMade().IsMatch(sentence) || CountAlone().IsMatch(sentence.Trim());

    /// <summary>
    /// "Motion by Ann to buy the mower, seconded by Tom. Yes - 5, No - 0.": a count standing alone after a motion moved in the
    /// few sentences before it is that motion's outcome; a count with no motion before it (a survey, a poll of members) is not, nor
    /// a count after the outcome it tallies ("Vote carried. Yes - 5, No - 0"), which that outcome already settles.
    /// </summary>
    private static bool CountsTheMotionBefore(List<string> sentences, int at) =>
        at > 0 && CountAlone().IsMatch(sentences[at].Trim())
        && MotionOpenBefore(sentences, at, s => MotionMade().IsMatch(s) || MovesAMotion().IsMatch(s) || Moved().IsMatch(s));

    // "The motion was carried" names what it settles; a bare "Carried." settles the sentence before it.
    [GeneratedRegex(@"\b(?:motion|proposal|resolution|recommendation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamesTheMotion();

    [GeneratedRegex(@"\b(?:moved|moves|motioned|proposed|proposes|motion\s+to|moved\s+that|seconded|seconds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Moved();

    // "Ann Lee seconded.", "Seconded by Fox.", "2nd by SO.": a sentence that names the seconder, not what was moved.
    [GeneratedRegex(@"^\S+(?:\s+\S+){0,3}\s+(?:seconded|seconds)\b|^seconded\b|^(?:second|2nd)\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex Seconded();

    // "Minutes Approved: N/A" (the year's first meeting has none to approve): a label filled with nothing records nothing.
    [GeneratedRegex(@"[:\-–]\s*(?:n/?a|none|nil|not\s+applicable)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NothingRecorded();

    // "… proposed and … seconded, that Jane Ritchie should be elected as Chairman, and this was passed unanimously": what should be
    // done, then settled by the vote after it.
    [GeneratedRegex(@"\b(?:and\s+)?(?:this|which|it|the\s+(?:motion|proposal))\s+was\s+(?:then\s+)?(?:passed|carried|agreed|approved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PassedAfter();

    // "The minutes were accepted as correct", "Minutes of August meeting approved", "Minutes amended and agreed", and with an aside
    // between: "The minutes of the meeting held on 2 April 2024, having been circulated to all Members, were confirmed as a true
    // copy", "The minutes of the meeting on 16.7.13 were accepted" (a date's stops end no sentence).
    // The clerk's shorthand puts the verb first, without a subject: "Accepted the minutes of the previous meeting", "Reviewed and
    // approved the last meeting's minutes" ("APPROVED MINUTES 21 OCTOBER 2015" over a page is the document's stamp, and names no minutes before it).
    [GeneratedRegex(@"\bminutes\b(?:[^.]|(?<=\d)\.(?=\d)){0,160}?\b(?:were|was)?\s*(?:\w+\s+)?(?:approved|accepted|adopted|confirmed|agreed)\b|^\s*(?:\d{1,3}[.)]\s*|[a-z][.)]\s+)?(?:(?:reviewed|read|corrected|amended)\s+and\s+)?(?:approved|accepted|adopted|confirmed|ratified)\s+(?:the\s+|previous\s+|last\s+|prior\s+)(?:[\w’'-]+\s+){0,4}?minutes\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesApproved();

    [GeneratedRegex(@"\b(?:passed|carried|approved|agreed|adopted|accepted)\s+unanimously\b|\bunanimously\s+(?:agreed|approved|carried|passed|resolved|adopted|accepted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unanimous();

    // "3/19/0218/HH", "19/00123/FUL", "DC/19/1234": how planning authorities number applications.
    [GeneratedRegex(@"\b(?:\d{1,2}/\d{2,5}/\d{2,5}(?:/[A-Z]{2,4})?|\d{2}/\d{4,6}/[A-Z]{2,5}|[A-Z]{1,4}/\d{2,4}/\d{3,6}(?:/[A-Z]{2,4})?)\b|\bplanning\s+(?:ref(?:erence)?|application)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanningReference();

    // A reference holds a slash, or the words say "planning": the decision reader asks this of every paragraph's first sentence.
    private static bool NamesPlanningApplication(string text) =>
        (text.Contains('/', StringComparison.Ordinal) || text.Contains("planning", StringComparison.OrdinalIgnoreCase)) && PlanningReference().IsMatch(text);

    // What a council says back to the planning authority.
    [GeneratedRegex(@"\b(?:no\s+(?:objections?|comments?|observations?)|object(?:s|ed|ion|ions)?|support(?:s|ed|ing)?|neutral|comments?\s+(?:will|to)\s+be\s+(?:sent|made|submitted)|agreed|resolved|decided|recommend(?:s|ed)?\s+(?:approval|refusal)|(?:approve|refuse)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PlanningResponse();

    [GeneratedRegex(@"\b(?:agreed|resolved|decided|approved|adopted|agreed\s+the\s+following|resolved\s+as\s+follows|decided\s+as\s+follows)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionsFollow();

    [GeneratedRegex(@"^\(?(?<marker>\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+(?<text>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedEntry();

    // "approved by the Parish Council": who the sentence says decided, when it names them after "by".
    [GeneratedRegex(@"^(?:agreed|approved|adopted|decided|endorsed)\s+(?:by|within)\s+(?:the\s+)?(?<b>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DecidedBy();

    /// <summary>
    /// A sentence reporting another body's decision. "The accounts were approved by the Parish Council" in the parish council's
    /// own minutes, or "approved by the Board" in the board's, names the body whose minutes these are: its decision stands. So
    /// does the board that votes on a motion the sentence has just moved and seconded ("Bill made a motion to approve the
    /// minutes, seconded by Sarah, and approved by the board"), whatever the minutes call the body.
    /// </summary>
    private static bool ByAnotherBody(string text, string? body)
    {
        foreach (Match match in OtherBody().Matches(text))
        {
            if (SecondedThenApprovedBy().IsMatch(text[..(match.Index + match.Length)]))
                continue;
            if (body is null || DecidedBy().Match(match.Value) is not { Success: true } by || !MeetingHeaderReader.NamesBody(by.Groups["b"].Value, body))
                return true;
        }

        return false;
    }

    public static List<DecisionDraft> Read(IReadOnlyList<TextLine> lines, IReadOnlyList<AgendaItemRange> items, int from, string? body = null)
    {
        var decisions = new List<DecisionDraft>();
        string? heading = null;
        var previousSentence = string.Empty;
        string? pendingApplication = null;
        var pendingUntil = -1;
        var resumeAt = 0;
        var restatedUntil = -1;
        AgendaItemRange? authoritysList = null;
        var motions = new List<(int At, string Text, AgendaItemRange? Item)>();
        for (var i = Math.Max(0, from); i < lines.Count; i++)
        {
            if (i < resumeAt)
                continue;
            var line = lines[i];
            if (AuthoritysDecisionsAt(lines, i, items, ref authoritysList))
                continue;
            if (line.Kind == LineKind.TableRow && line.Cells is not null)
            {
                i = ReadMotionTable(lines, i, heading, ItemAt(items, i), decisions);
                continue;
            }

            if (line.IsBlank || line.Kind is LineKind.TableRow or LineKind.FrontMatter)
                continue;
            var item = ItemAt(items, i);
            var last = i;
            // "… it was proposed (MC) and seconded (RJ) that this application be supported. All in favour." over "Decided.": the
            // outcome on the line under a decision already read closes it.
            if (line.Kind == LineKind.Text && OutcomeWord().IsMatch(line.Text.Trim()) && ClosesTheDecisionAbove(lines, i, decisions))
            {
                decisions[^1] = decisions[^1] with { Text = $"{decisions[^1].Text} {line.Text.Trim()}" };
                previousSentence = string.Empty;
                continue;
            }

            if (line.Kind == LineKind.Text && MotionWithMovers().IsMatch(line.Text.Trim()) && MotionUnder(lines, i) is { } asMoved)
            {
                // The "DECISION:" line below restates the motion in the label's words.
                Add(decisions, asMoved.Text, item);
                restatedUntil = asMoved.Last + 8;
                i = asMoved.Last;
                previousSentence = string.Empty;
                continue;
            }

            if (line.Kind == LineKind.Text && MotionSetOutBelow(lines, i) is { } setOut)
            {
                if (setOut.Carried && !NotADecision().IsMatch(setOut.Text))
                    Add(decisions, setOut.Text, item);
                i = setOut.Last;
                previousSentence = string.Empty;
                continue;
            }

            if (line.Kind is LineKind.Text or LineKind.ListItem && ScheduleOfPaymentsApproved(lines, i) is { } schedule)
            {
                Add(decisions, schedule.Text, item);
                i = schedule.Last;
                previousSentence = string.Empty;
                continue;
            }

            if (line.Kind == LineKind.Text && MotionFormBelow(lines, i) is { } form)
            {
                if (form.Text is { } formText)
                    Add(decisions, formText, item);
                i = form.Last;
                previousSentence = string.Empty;
                continue;
            }

            // "MOTION: Mr. Terry moved to approve the minutes." over "SECONDED: Ms. Belt": a motion and its seconder, each under
            // its label, the roll call after them.
            if (line.Kind == LineKind.Text && MotionLabelled().IsMatch(line.Text.Trim()) && SecondedBelow(lines, i) is { } seconded
                && !NotADecision().IsMatch(seconded.Motion) && !AgendaAccepted().IsMatch(seconded.Motion))
            {
                Add(decisions, $"{seconded.Motion} {lines[seconded.Line].Text.Trim()}", item);
                i = seconded.Line;
                previousSentence = string.Empty;
                continue;
            }

            if (item is not null && ElectedAsListed(lines, item, i) is { } election)
            {
                Add(decisions, election.Text, item);
                i = election.Last;
                previousSentence = string.Empty;
                continue;
            }

            if (CountedWithConsequence(lines, i) is { } tallied)
            {
                AddSettled(decisions, tallied.Text, item);
                i = tallied.Last;
                previousSentence = string.Empty;
                continue;
            }

            var marked = line.Kind is LineKind.Text or LineKind.ListItem && LeadingMark().Match(line.Text) is { Success: true, Length: > 0 };
            if (marked)
                line = line with { Text = line.Text[LeadingMark().Match(line.Text).Length..] };
            if (line.Kind is LineKind.Text or LineKind.ListItem)
            {
                // A sentence that a PDF or a text file wraps over lines is read whole, and so is a bullet a PDF wrapped
                // onto unmarked lines ("… pending Board" over "approval (Motion by Lee …)").
                last = ParagraphEnd(lines, i);
                if (last > i)
                    line = line with { Text = string.Join(' ', lines.Skip(i).Take(last - i + 1).Select(l => l.Text.Trim())) };
                resumeAt = last + 1;
            }

            if (line.Kind == LineKind.Heading)
            {
                heading = line.Text.Trim();
                if (DecisionHeading().IsMatch(heading))
                    i = ReadApprovalList(lines, i, heading, item, decisions);
                else if (ElectedOver().IsMatch(heading) && EntriesAfter(lines, i) is { Count: > 0 } electedUnder)
                {
                    // "### Election results:" over "- Chairperson:" and "  - Niall elected unopposed": the heading announces the
                    // election its list sets out.
                    Add(decisions, $"{heading} {string.Join(", ", electedUnder.Select(e => e.Text))}", item);
                    i = electedUnder[^1].Line;
                }

                previousSentence = string.Empty;
                continue;
            }

            // "Resolution #2: Publish the note", "RESOLUTION 3: adopt the charter": a numbered resolution records what was decided
            // in the words after its label, wherever it stands (a chat log's minutes quote it); a closing list that repeats it adds nothing.
            if (line.Kind is LineKind.Text or LineKind.ListItem or LineKind.Quote && NumberedResolution().Match(line.Text.Trim()) is { Success: true } numberedResolution)
            {
                if (i > restatedUntil)
                    Add(decisions, numberedResolution.Groups["text"].Value, item);
                previousSentence = string.Empty;
                continue;
            }

            // "RESOLVED:" over "i. to approve the budget;" and "ii. to appoint the auditor.": each entry is a resolution of its own.
            if (line.Kind == LineKind.Text && DecisionLabel().IsMatch(line.Text.Trim()) && NumberedAfter(lines, i) is { Count: > 1 } resolutions)
            {
                if (i > restatedUntil)
                {
                    foreach (var (resolution, _) in resolutions.Where(r => !NotADecision().IsMatch(r.Text)))
                        Add(decisions, resolution, item);
                }

                i = resolutions[^1].Line;
                previousSentence = string.Empty;
                continue;
            }

            if (ActsUnderBody(lines, i) is { } acts)
            {
                foreach (var act in acts.Decided)
                    Add(decisions, act, item);
                i = acts.Last;
                previousSentence = string.Empty;
                continue;
            }

            if (line.Kind == LineKind.Text && DecisionLabel().IsMatch(line.Text.Trim()) && Under(lines, i) is { } decided)
            {
                if (i > restatedUntil && !NotADecision().IsMatch(decided.Text))
                    Add(decisions, decided.Text, item);
                i = decided.Last;
                previousSentence = string.Empty;
                continue;
            }

            // "4. Approval of previous minutes" / "All - approved": a bare assent opening an item settles what the item's title names.
            if (line.Kind is LineKind.Text or LineKind.ListItem && item is not null && BareAssent().IsMatch(line.Text.Trim()) && OpensItem(lines, item, i)
                && PersonNames.Tokens(item.Title).Length is > 0 and <= 12)
            {
                Add(decisions, $"{item.Title.TrimEnd(':', ' ')}: {line.Text.Trim()}", item);
                previousSentence = string.Empty;
                continue;
            }

            // "Proposal to pay for Slack" / "Proposal seconded and accepted": the closing line settles the proposal above it;
            // "Proposal to send immediately seconded and accepted" settles itself.
            if (line.Kind is LineKind.Text or LineKind.ListItem && SecondedAndSettled().Match(line.Text.Trim()) is { Success: true } settled)
            {
                var closing = line.Text.Trim();
                if (PersonNames.Tokens(settled.Groups["what"].Value).Length > 1)
                    Add(decisions, closing, item);
                else if (ProposalAbove(lines, i) is { } proposal && !NotADecision().IsMatch(proposal))
                    Add(decisions, $"{proposal.TrimEnd('.', ':', ' ')}. {closing}", item);
                previousSentence = string.Empty;
                continue;
            }

            if (line.Kind is LineKind.Text or LineKind.ListItem && OutcomeAlone().IsMatch(line.Text.Trim()) && ProposedAbove(lines, i) is { } proposed)
            {
                // "Motion to adjourn" / "Proposed by: Ann" / "Unanimously approved.": procedure, not a decision.
                if (!NotADecision().IsMatch(proposed))
                    Add(decisions, $"{proposed.TrimEnd('.', ':', ' ')}. {line.Text.Trim()}", item);
                previousSentence = string.Empty;
                continue;
            }

            if (ScheduledApplicationAt(lines, i, item, decisions) is >= 0 and var scheduled)
            {
                resumeAt = scheduled + 1;
                pendingApplication = null;
                previousSentence = string.Empty;
                continue;
            }

            if (i > pendingUntil)
                pendingApplication = null;
            if (PlanningResponseAt(line, item, ref pendingApplication) is { } response)
            {
                Add(decisions, response, item);
                pendingUntil = pendingApplication is null ? -1 : i + 12;
                previousSentence = string.Empty;
                continue;
            }

            if (pendingApplication is not null && pendingUntil < i)
                pendingUntil = i + 12;

            if (line.Kind is LineKind.Text or LineKind.ListItem && AnswersTheApplicationAbove(lines, i, line.Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim()) is { } granted)
            {
                Add(decisions, granted, item);
                previousSentence = string.Empty;
                continue;
            }

            if (line.Kind is LineKind.Text or LineKind.ListItem && SettlesWhatIsAbove(lines, i, line.Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim()) is { } answered)
            {
                AddSettled(decisions, answered, item);
                previousSentence = string.Empty;
                continue;
            }

            // "RESOLVED – (1) that the outturn be noted; (2) that the transfer be approved.": a resolution in numbered parts on one
            // line is read as the same parts set out one to a line are, each part on its own, and a part that only notes is none.
            if (line.Kind is LineKind.Text or LineKind.ListItem && ResolutionInParts(line.Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim()) is { Count: >= 2 } parts)
            {
                if (i > restatedUntil)
                {
                    foreach (var part in parts.Where(p => !NotADecision().IsMatch(p) && !ByAnotherBody(p, body)))
                        Add(decisions, part, item);
                }

                previousSentence = string.Empty;
                continue;
            }

            // "a. Sickness Policy – agreed b. Attendance Policy - agreed": lettered entries a PDF table ran into one line.
            if (line.Kind == LineKind.Text && LetteredEntries(line.Text) is { Count: >= 2 } entries)
            {
                foreach (var entry in entries.Where(e => (UsesDecisionWords(e) || SaysCouncilDecided(e)) && !ByAnotherBody(e, body) && !NotADecision().IsMatch(e)))
                    Add(decisions, entry, item);
                previousSentence = string.Empty;
                continue;
            }

            // "Need to remove double bunks" over "o Proposed Peri, Seconded Bill": the point and its movers are one decision.
            if (line.Kind is LineKind.Text or LineKind.ListItem && MoversBelow(lines, last) is { } movers
                && MovedStatement(line.Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim()) is { } movedStatement && !ByAnotherBody(movedStatement, body))
            {
                Add(decisions, $"{movedStatement.TrimEnd('.', ' ')}. {movers.Text}", item);
                i = movers.Line;
                resumeAt = Math.Max(resumeAt, movers.Line + 1);
                previousSentence = string.Empty;
                continue;
            }

            // The paragraph is split once; where a sentence stands in it is counted, not looked up: "Motion carried." may close
            // each of several motions in one paragraph, and each settles the motion before it, not the first.
            var paragraph = line.Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            var sentences = Sentences.Split(paragraph).ToList();
            var readBefore = decisions.Count;
            for (var at = 0; at < sentences.Count; at++)
            {
                var sentence = sentences[at];
                var text = sentence;
                var outcome = Outcome().Match(text);
                if (outcome.Success && (heading ?? item?.Title) is { } context)
                {
                    Add(decisions, $"{ProposalPrefix().Replace(context, string.Empty)} — {outcome.Groups["rest"].Value.Trim()}", item);
                    previousSentence = text;
                    continue;
                }

                // "1.4. captured" / "… discussion …" / "Decision: Reject (see Point 9 below)": a verdict under its label names nothing of what
                // it decides; the proposal is the one the item or heading names.
                if (sentences.Count == 1 && Verdict().IsMatch(text.Trim()) && (item?.Title ?? heading) is { } proposal
                    && !text.Contains(proposal, StringComparison.OrdinalIgnoreCase))
                {
                    Add(decisions, $"{proposal.TrimEnd(':', ' ')} - {text.Trim()}", item);
                    previousSentence = text;
                    continue;
                }

                if (CarriedByMoversAlone(sentences, at, lines, i, last, item) is { } carriedAsMoved)
                {
                    if (!NotADecision().IsMatch(carriedAsMoved) && !Adjourns().IsMatch(carriedAsMoved) && !AgendaAccepted().IsMatch(carriedAsMoved) && !ByAnotherBody(carriedAsMoved, body))
                        Add(decisions, carriedAsMoved, item);
                    previousSentence = text;
                    continue;
                }

                if (ProposalSecondedWithAssent(sentences, at) is { } secondedWithAssent)
                {
                    if (!NotADecision().IsMatch(secondedWithAssent) && !Adjourns().IsMatch(secondedWithAssent) && !ByAnotherBody(secondedWithAssent, body))
                        AddSettled(decisions, secondedWithAssent, item);
                    previousSentence = text;
                    continue;
                }

                if (!(UsesDecisionWords(text) || SaysCouncilDecided(text) || Unanimous().IsMatch(text) || MinutesApproved().IsMatch(text) || Tally().IsMatch(text) || MotionOutcome().IsMatch(text)
                    || ElectedAlone().IsMatch(text) || TrailingOutcome().IsMatch(text) || ApprovedAfterItsLabel().IsMatch(text.Trim()) || ReportAccepted().IsMatch(text.Trim()) || OwnBodyDecides(text, body) || CarriedAsMoved(text) || MovedSecondedAndCarried().IsMatch(text) || SecondedThenApprovedBy().IsMatch(text) || Acclaimed().IsMatch(text) || VotedIn().IsMatch(text) || Appointed().IsMatch(text.Trim())
                    || MovedSecondedApprovedInLetters().IsMatch(text)
                    || CountsTheMotionBefore(sentences, at) || SettlesTheMotionBefore(sentences, at) || AcceptedOnAVote().IsMatch(text) || VotedInFavourOf().IsMatch(text) || MovedWithNoOutcome(sentences, at, lines, last)
                    || ApprovedAfterItsMatter().IsMatch(text.Trim()) || AllInSupportOf().IsMatch(text.Trim()) || LegislationPassed().IsMatch(text.Trim()) || CountsItsMatter(text)
                    || ElectedOver().IsMatch(text.TrimEnd()) && EntriesAfter(lines, last).Count > 0 || ElectionResultsFollow(lines, i, text, item, heading))
                    || ByAnotherBody(text, body) || EarlierMeetingsDecision(text) || NotADecision().IsMatch(text) || NotTheMeetings().IsMatch(text) || OnlyNamesWhatWasAgreed(text) || PutOffToTheNextMeeting().IsMatch(text) || ConductsThisMeeting().IsMatch(text) || RecordsAnAction(text.Trim()) && !Appointed().IsMatch(text.Trim()) || NothingRecorded().IsMatch(text) || Unsettled().IsMatch(text) && !PassedAfter().IsMatch(text) || Adjourns().IsMatch(text) || text.EndsWith('?'))
                {
                    previousSentence = text;
                    continue;
                }

                // "Chair" over "Dexter Chua stands (proposed: Malcolm, seconded: Daniel)" / "Elected unanimously (11)": the outcome
                // of an election answers the candidacy before it, under the office it fills.
                if (ElectedAlone().IsMatch(text))
                {
                    var candidacy = at > 0 ? sentences[at - 1] : previousSentence;
                    if (candidacy.Length > 0)
                    {
                        var office = heading is { } h && PersonNames.Tokens(h).Length <= 3 && !candidacy.Contains(h, StringComparison.OrdinalIgnoreCase) ? $"{h.TrimEnd(':')}: " : string.Empty;
                        Add(decisions, $"{office}{candidacy.TrimEnd('.')}. {text}", item);
                    }

                    previousSentence = sentence;
                    continue;
                }

                // "The Board agreed:" over a numbered list: each numbered entry is a decision of its own.
                if (DecisionsFollow().IsMatch(text) && NumberedAfter(lines, last) is { Count: > 0 } numbered)
                {
                    foreach (var (entry, _) in numbered)
                        Add(decisions, entry, item);
                    i = numbered[^1].Line;
                    previousSentence = string.Empty;
                    break;
                }

                // "… it was decided" over bullets: each bullet opens with what was decided; the sentences after it give reasons.
                if (DecidedOver().IsMatch(text.Trim()) && BulletsAfter(lines, last) is { Count: > 0 } bullets)
                {
                    foreach (var (entry, _) in bullets)
                        Add(decisions, Sentences.Split(entry).FirstOrDefault() ?? entry, item);
                    i = bullets[^1].Line;
                    resumeAt = Math.Max(resumeAt, i + 1);
                    previousSentence = string.Empty;
                    break;
                }

                if ((PeopleTakeItOn(text, body) || SpeakerAssents().IsMatch(text.Trim()) || OnePersonsRemark(line.Text, text, body)) && !OwnBodyDecides(text, body))
                {
                    previousSentence = text;
                    continue;
                }

                // A motion's outcome ("The motion passed 4-0.") stands with the motion it settles: back to the
                // sentence that moved it, and under the item or heading that names what was moved.
                if ((MotionOutcome().IsMatch(text) || Tally().IsMatch(text) || at > 0 && MoversThenOutcome().IsMatch(text.Trim()) || SecondedAndSettledMotion().IsMatch(text) || VotedOutcome().IsMatch(text) && RollCallBefore(sentences, at) < at
                    || SettlesTheMotionBefore(sentences, at) || CountsTheMotionBefore(sentences, at)))
                {
                    var moved = sentences.FindLastIndex(at, s => (Moved().IsMatch(s) || MotionMade().IsMatch(s)) && !Seconded().IsMatch(s));
                    if (moved < 0)
                        moved = sentences.FindLastIndex(at, s => Seconded().IsMatch(s));
                    // "Motion: Approve the minutes. Proposed by Lin, seconded by Fox. Passed unanimously.": the motion is the sentence before.
                    if (moved > 0 && MovedBy().IsMatch(sentences[moved]))
                        moved--;
                    // "The clerk will attend the conference. Motion made by Ann and seconded by Tom. Yes - 5, No - 0.": movers alone
                    // settle the statement before them.
                    else if (moved > 0 && MoversAlone().IsMatch(sentences[moved].Trim()) && !IsOutcomeOrDecision(sentences[moved - 1]))
                        moved--;
                    // "To approve bank reconciliation to 30th November 2025. Proposed MC, seconded TH. All in favour": the movers' initials
                    // alone, as a parish clerk writes them, settle the statement before them too, and so do names alone ("Ann has been
                    // designated to sign. Will moved, Cheryl seconded. Motion approved.").
                    else if (moved > 0 && (MoversOnly().IsMatch(sentences[moved].Trim()) || NamedMovers().IsMatch(sentences[moved].Trim())) && !IsOutcomeOrDecision(sentences[moved - 1]))
                        moved--;
                    else if (moved == at && at > 0 && MoversThenOutcome().IsMatch(sentences[at].Trim()) && !IsOutcomeOrDecision(sentences[at - 1]))
                        moved--;
                    // "A request had been made for an interim payment. The motion was proposed by Cllr Lee, seconded by Cllr Fox. Agreed.":
                    // a motion that names only its movers settles the statement before it, whatever its words.
                    else if (moved > 0 && NamesOnlyMovers(sentences[moved]) && !IsOutcomeOrDecision(sentences[moved - 1]))
                        moved--;
                    // "Ayes: 3 (…). Noes: 0. Absent: …. The plan was approved with a unanimous vote (3-0).": the roll call opening the
                    // paragraph is the outcome's own count, not the motion.
                    var counted = RollCallBefore(sentences, at);
                    // "That the shelter be repaired. Carried.": a bare outcome settles the sentence before it.
                    if (moved < 0 && counted == at && at > 0 && PersonNames.Tokens(text).Length <= 12 && !NamesTheMotion().IsMatch(text))
                        moved = at - 1;
                    var motion = string.Join(' ', sentences[(moved >= 0 ? moved : counted)..(at + 1)]);
                    if (moved < 0 && (NumberedMotionAbove(lines, i) ?? MotionAbove(lines, i)) is { } above)
                        motion = $"{above} {motion}";
                    // "To review and approve the budget for 2026/27." over "Proposed MC, seconded TH. All in favour.": the movers opening
                    // the paragraph settle the statement on the line above; a link to the papers ("https://…/07-15/") states nothing.
                    else if (moved == 0 && MoversOnly().IsMatch(sentences[0].Trim()) && StatementAbove(lines, i) is { } put && !IsOutcomeOrDecision(put)
                        && !put.Contains("://", StringComparison.Ordinal) && PersonNames.Tokens(put).Length >= 3)
                        motion = $"{put.TrimEnd('.', ' ')}. {motion}";
                    if (Subject(lines, i) is { } subject && !motion.Contains(subject, StringComparison.OrdinalIgnoreCase))
                        motion = $"{subject.TrimEnd(':').Trim()}: {motion}";
                    // "Coffey motions to adjourn. Motion passes unanimously.": the outcome right after a motion to adjourn settles the
                    // adjournment, procedure and no decision, though the motion's verb is one the search above does not know.
                    if (!NotADecision().IsMatch(motion) && !Adjourns().IsMatch(motion) && !(at > 0 && Adjourns().IsMatch(sentences[at - 1])))
                        Add(decisions, motion, item);
                    previousSentence = sentence;
                    continue;
                }

                // A decision closing a two-sentence paragraph answers the sentence before it ("The minutes … had been
                // circulated. All agreed this was a true record."): the two are read together. In longer paragraphs
                // the decision stands alone, unless it is bare ("AGREED to purchase.") and needs the sentence before.
                if (line.Kind == LineKind.Text && sentences.Count == 2 && at == 1 && PersonNames.Tokens(paragraph).Length <= 45 && !paragraph.EndsWith(':')
                    && (PersonNames.Tokens(text).Length <= 10 && (!NamesWhatItSettles(text) || PutsToTheMeeting().IsMatch(sentences[0])) || Anaphoric().IsMatch(text) || RefersBack().IsMatch(text) && PersonNames.Tokens(text).Length <= 12))
                {
                    Add(decisions, paragraph, item);
                    previousSentence = sentence;
                    continue;
                }

                // "Minutes were approved." names what it settles, and stands alone after a sentence about anything but the minutes.
                if (PersonNames.Tokens(text).Length <= 5 && at > 0 && !(MinutesApproved().IsMatch(text) && !sentences[at - 1].Contains("minutes", StringComparison.OrdinalIgnoreCase)))
                    text = at > 1 && NamesOnlyMovers(sentences[at - 1]) && !IsOutcomeOrDecision(sentences[at - 2]) ? $"{sentences[at - 2]} {sentences[at - 1]} {text}" : $"{sentences[at - 1]} {text}";
                else if (at > 0 && (AssentNamingNothing().IsMatch(text.Trim()) || ApprovesTheMotion().IsMatch(text) && MotionAsked().IsMatch(sentences[at - 1])))
                    text = $"{sentences[at - 1]} {text}";
                else if (PersonNames.Tokens(text).Length <= 2 && at == 0 && previousSentence.Length > 0 && !DecisionLabel().IsMatch(text))
                    text = $"{previousSentence} {text}";
                else if (Subjectless().IsMatch(text) && SubjectAbove(lines, i, at, previousSentence, marked) is { } subject)
                    text = $"{subject} {text}";
                else if (at == 0 && AssentOpening().IsMatch(text.Trim()) && MovedOnTheLineAbove(lines, i) is { } movedAbove)
                    text = $"{movedAbove} {text}";
                else if (at == 0 && ResultOfTheVote().IsMatch(text.Trim()) && StatementAbove(lines, i) is { } question && PutToTheVote().IsMatch(question))
                    text = $"{question} {text}";

                if (Anaphoric().IsMatch(text) && PersonNames.Tokens(text).Length <= 12 && previousSentence.Length > 0)
                    text = $"{previousSentence} {text}";
                if (AsFollows().IsMatch(text) && BlockUnder(lines, last, withEntries: true, most: 12) is { } block)
                {
                    text = $"{text} {block.Text.Replace("**", string.Empty, StringComparison.Ordinal)}";
                    resumeAt = Math.Max(resumeAt, block.Last + 1);
                }
                else if (ElectedOver().IsMatch(text.TrimEnd()) && EntriesAfter(lines, last) is { Count: > 0 } elected)
                {
                    // "The following officers were duly elected:" over "President: Ann Lee", "Treasurer: Tom Fox": the list is who
                    // was elected to what, and the election is one decision.
                    text = $"{text.TrimEnd()} {string.Join(", ", elected.Select(e => e.Text))}";
                    resumeAt = Math.Max(resumeAt, elected[^1].Line + 1);
                }
                else if (text.EndsWith(':') && OpenEnded().IsMatch(text))
                    text += ListAfter(lines, last);
                else if (text.TrimEnd().EndsWith(':') && LinesAfter(lines, last) is { Length: > 0 } listed)
                {
                    // "The Councillors resolved to pay:" over a line a payment, as PDFs set the list out.
                    text = $"{text.TrimEnd()} {listed}";
                    resumeAt = Math.Max(resumeAt, LinesAfterEnd(lines, last) + 1);
                }
                Add(decisions, text, item);
                previousSentence = sentence;
            }

            // A paragraph read as no decision may yet move a motion that its own words or the short lines under it settle.
            // It stands where it was read unless a reading of the lines after it takes the motion in already.
            if (decisions.Count == readBefore && line.Kind is LineKind.Text or LineKind.ListItem && SettledMotionIn(sentences, lines, last, body) is { } settledMotion)
                motions.Add((decisions.Count, settledMotion, item));
        }

        AddMotionsReadNowhereElse(decisions, motions);
        return decisions;
    }

    // "A motion was made to renew the contract by Trustee Lee, second by Trustee Fox.", "Motion by Ann Lee, second by Tom Fox to
    // approve …", "Motion made by Ann to accept …", "DL motion to adopt …": a US board's sentence that moves a motion and names
    // its mover, in the forms township and town clerks write.
    [GeneratedRegex(@"^(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?(?:by|to)\b|\bmotion\s+was\s+made\b|^(?:\p{Lu}{1,3}|\p{Lu}[\p{L}'’.-]*)\s+motion(?:ed)?\s+to\b|\b(?:second(?:ed)?|2nd)\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex MotionMade();

    /// <summary>
    /// "Motion to approve the minutes was made by Trustee Lee, seconded by Trustee Fox. All were in favor. The minutes are approved
    /// as written.": a decision closing a paragraph in which a motion was moved a few sentences before (the vote and the roll call
    /// between) is that motion's outcome, and stands with the motion that says what was decided. "Cllr Fox proposed that the
    /// precept be set at £12,000, seconded by Cllr Hill. All in favour.": a bare assent straight after the sentence that moved
    /// and seconded the motion settles it, as a council's clerk records a show of hands.
    /// </summary>
    private static bool SettlesTheMotionBefore(List<string> sentences, int at) =>
        at > 0 && (UsesDecisionWords(sentences[at]) || SaysCouncilDecided(sentences[at]))
        && MotionOpenBefore(sentences, at, s => MotionMade().IsMatch(s) || MovesAMotion().IsMatch(s))
        || at > 0 && (BareOutcome().IsMatch(sentences[at].Trim()) || AllInFavour().IsMatch(sentences[at].Trim())) && Moved().IsMatch(sentences[at - 1]) && MotionOpenBefore(sentences, at, s => Moved().IsMatch(s));

    /// <summary>
    /// Among the three sentences before <paramref name="at"/>, one moves a motion and none decides or settles anything: the
    /// motion is still open when sentence <paramref name="at"/> is reached.
    /// </summary>
    private static bool MotionOpenBefore(List<string> sentences, int at, Func<string, bool> moves)
    {
        var before = sentences.GetRange(Math.Max(0, at - 3), Math.Min(3, at));
        return before.Any(moves) && !before.Any(s => UsesDecisionWords(s) || SaysCouncilDecided(s) || MotionOutcome().IsMatch(s));
    }

    // The words of assent and of who assents, as a short decision is written: what is left names what was settled.
    private static readonly HashSet<string> AssentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "was", "were", "is", "are", "be", "been", "by", "all", "and", "to", "of", "as", "at", "in", "on", "with", "it",
        "that", "this", "his", "her", "their", "its", "unanimously", "agreed", "approved", "accepted", "adopted", "carried", "passed",
        "resolved", "decided", "endorsed", "agree", "motion", "proposal", "members", "councillors", "council", "committee", "board",
        "trustees", "meeting", "present", "those", "everyone", "nem", "con", "vote", "voted", "favour", "favor", "duly", "then", "also",
        "therefore", "so", "satisfactory", "following", "discussion", "after", "some",
    };

    /// <summary>
    /// "The cost increase was approved by Councillors.", "PMB endorsed the PM report.": a short decision that names, in two words
    /// or more, what it settles stands on its own after a sentence that only tells of the matter; "Unanimously approved." and
    /// "All agreed all satisfactory." need the sentence before, and so does any decision answering what that sentence put.
    /// </summary>
    private static bool NamesWhatItSettles(string sentence) =>
        Regex.Matches(sentence, @"[\p{L}\p{N}£$€]+").Count(w => !AssentWords.Contains(w.Value)) >= 2;

    // "Ann called for a motion to …", "The clerk presented the statement …", "Is the fee to stay at £20?": a sentence that puts a
    // matter to the meeting, which the decision after it answers.
    [GeneratedRegex(@"\b(?:propos\w*|suggest\w*|recommend\w*|request\w*|ask\w*|quer(?:y|ied)|moved?|moves|motion\w*|second\w*|nominat\w*|presented|tabled|submitted|put\s+forward|called\s+for)\b|\?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PutsToTheMeeting();

    // "All - approved", "Agreed.", "Carried unanimously", "Accepted without amendment.": an assent that names nothing of what it settles.
    [GeneratedRegex(@"^(?:(?:all|everyone|all\s+members|unanimous(?:ly)?)\s*[-–—:]?\s*)?(?:agreed|approved|carried|adopted|accepted)(?:\s+(?:unanimously|nem\.?\s*con\.?|by\s+all|without\s+(?:amendment|change|objection)))?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareAssent();

    /// <summary>True when nothing but blank lines stands between the item's title and line <paramref name="index"/>.</summary>
    private static bool OpensItem(IReadOnlyList<TextLine> lines, AgendaItemRange item, int index) =>
        index >= item.BodyStart && Enumerable.Range(item.BodyStart, index - item.BodyStart).All(j => lines[j].IsBlank);

    private static readonly HashSet<string> MotionColumns = new(StringComparer.Ordinal)
    {
        "motion", "motions", "motiontext", "resolution", "resolutions", "proposal", "proposition", "decision", "decisions",
    };

    private static readonly HashSet<string> OutcomeColumns = new(StringComparer.Ordinal)
    {
        "status", "outcome", "result", "vote", "votes", "carried", "passed",
    };

    [GeneratedRegex(@"^\W*(?:passed|carried|accepted|approved|adopted|agreed|unanimous|yes|aye)", RegexOptions.IgnoreCase)]
    private static partial Regex Carried();

    [GeneratedRegex(@"\b(?:online|electronic|e-?mail|between\s+meetings|out\s+of\s+session)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierMotions();

    [GeneratedRegex(@"^(?:moved|proposed|seconded|status|outcome|result|vote)(?:\s+by)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MotionField();

    /// <summary>
    /// Motions kept in a table: a Motion column with a Status or Outcome beside it (each carried row is a
    /// decision), or "Moved by / Seconded by / Status" rows under what was moved. Tables reviewing motions
    /// decided before or between meetings are not this meeting's decisions. Returns the table's last row.
    /// </summary>
    private static int ReadMotionTable(IReadOnlyList<TextLine> lines, int index, string? heading, AgendaItemRange? item, List<DecisionDraft> decisions)
    {
        var end = index;
        while (end + 1 < lines.Count && lines[end + 1].Kind == LineKind.TableRow)
            end++;
        if (heading is not null && EarlierMotions().IsMatch(heading))
            return end;
        static string Key(string cell) => new(cell.ToLowerInvariant().Where(char.IsLetter).ToArray());
        var header = lines[index].Cells!.Select(Key).ToList();
        if (PlanningTable(lines, index, end, header, item, decisions))
            return end;
        var motion = header.FindIndex(MotionColumns.Contains);
        var outcome = header.FindIndex(OutcomeColumns.Contains);
        if (motion >= 0 && outcome >= 0 && motion != outcome)
        {
            for (var r = index + 1; r <= end; r++)
            {
                var cells = lines[r].Cells!;
                if (cells.Count <= Math.Max(motion, outcome))
                    continue;
                var text = cells[motion].Replace("**", string.Empty, StringComparison.Ordinal).Trim();
                if (text.Length > 0 && Carried().IsMatch(cells[outcome].Trim()))
                    Add(decisions, Regex.Replace(text, @"^motion\s*:\s*", string.Empty, RegexOptions.IgnoreCase), item);
            }

            return end;
        }

        var fields = new List<string>();
        var carried = false;
        for (var r = index; r <= end; r++)
        {
            var cells = lines[r].Cells!.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            if (cells.Count != 2 || !MotionField().IsMatch(cells[0]))
                return end;
            fields.Add($"{cells[0]} {cells[1]}");
            carried |= Regex.IsMatch(cells[0], "^(?:status|outcome|result|vote)$", RegexOptions.IgnoreCase) && Carried().IsMatch(cells[1]);
        }

        if (!carried || MovedText(lines, index, heading) is not { } moved)
            return end;
        Add(decisions, $"{moved}. {string.Join(", ", fields)}", item);
        return end;
    }

    /// <summary>
    /// A table of planning applications with the council's response in a column ("Response", "Comments", "Observations"):
    /// each application answered is a decision. Returns false when the table is not one.
    /// </summary>
    private static bool PlanningTable(IReadOnlyList<TextLine> lines, int index, int end, List<string> header, AgendaItemRange? item, List<DecisionDraft> decisions)
    {
        var response = header.FindIndex(c => c.Contains("response", StringComparison.Ordinal) || c.Contains("comment", StringComparison.Ordinal)
            || c.Contains("observation", StringComparison.Ordinal) || c is "decision" or "recommendation" or "resolution" or "resolved" or "outcome");
        if (response < 0)
            return false;
        // "Application | Address | Proposal | Response": a column headed for the application holds its reference, however the
        // planning authority numbers it ("23/0123").
        var application = header.FindIndex(c => c is "application" or "applicationno" or "applicationnumber" or "app" or "appno" or "ref" or "reference" or "planningref" or "planningreference" or "applicationref" or "applicationreference");
        var read = false;
        for (var r = index + 1; r <= end; r++)
        {
            var cells = lines[r].Cells!.Select(c => c.Replace("**", string.Empty, StringComparison.Ordinal).Trim()).ToList();
            if (cells.Count <= response || cells[response].Trim('-', ' ').Length == 0
                || !cells.Take(response).Any(c => PlanningReference().IsMatch(c)) && !(application >= 0 && application < response && cells[application].Any(char.IsDigit)))
                continue;
            Add(decisions, string.Join(" – ", cells.Where(c => c.Length > 0)), item);
            read = true;
        }

        return read;
    }

    /// <summary>What a "Moved by / Seconded by / Status" table was about: the heading and the lines between it and the table.</summary>
    private static string? MovedText(IReadOnlyList<TextLine> lines, int table, string? heading)
    {
        var parts = new List<string>();
        for (var j = table - 1; j >= 0 && j >= table - 40; j--)
        {
            if (lines[j].Kind == LineKind.Heading || lines[j].Kind == LineKind.TableRow)
                break;
            if (!lines[j].IsBlank)
                parts.Insert(0, lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim().Trim('*', '_').Trim().TrimEnd('.'));
        }

        if (parts.Sum(p => PersonNames.Tokens(p).Length) > 60)
            return parts[^1];
        var said = string.Join("; ", parts);
        if (heading is null)
            return said.Length > 0 ? said : null;
        return said.Length > 0 ? $"{heading.TrimEnd(':')}: {said}" : heading;
    }

    [GeneratedRegex(@"^(?:the|to|of|and|a|an|by|for|with|on|in|at|or|that|from|as|be|was|were|is|are|has|have|had|will|would|which|who|this|these|those|its|their|his|her|our|into|onto|upon|about|than|between|per|via)$", RegexOptions.IgnoreCase)]
    private static partial Regex RunsOn();

    [GeneratedRegex(@"^\s*(?:[o•▪◦]\s+\p{Lu}|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,4})[.)]\s|\d{1,3}(?:\.\d{1,3})+\s|[\p{L} ]{2,20}:\s)", RegexOptions.IgnoreCase)]
    private static partial Regex StartsAnEntry();

    [GeneratedRegex(@"\b(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Prof|Rev)\.?$")]
    private static partial Regex TitleAtLineEnd();

    /// <summary>True when the line opens a quotation (“) and does not close it (”).</summary>
    private static bool QuotationOpen(string line)
    {
        var open = line.LastIndexOf('“');
        return open >= 0 && line.IndexOf('”', open) < 0;
    }

    /// <summary>
    /// The last line of the paragraph that starts at <paramref name="index"/>: a line that ends without a stop runs on into
    /// the next plain line when that one carries on in lower case, or when it breaks off after a word no sentence ends
    /// with, as a PDF or a text file wraps a sentence; a line that starts an entry of its own does not.
    /// </summary>
    private static int ParagraphEnd(IReadOnlyList<TextLine> lines, int index)
    {
        var last = index;
        while (last + 1 < lines.Count && last - index < 8)
        {
            var current = lines[last].Text.TrimEnd();
            var next = lines[last + 1];
            if (next.Kind != LineKind.Text || next.IsBlank || current.Length == 0)
                break;
            var nextText = next.Text.Trim();
            // "… towards the Parish Plan, Cllr." over "Bridger seconded this proposal – AGREED": a title before a name ends no sentence;
            // "seconded by Jim “that the 2022 Financial" over "Report be approved.” Carried.": nor does a quotation left open.
            if (TitleAtLineEnd().IsMatch(current) || QuotationOpen(current))
            {
                last++;
                continue;
            }

            if (".:!?".Contains(current[^1], StringComparison.Ordinal))
                break;
            // "… approve the budget;" over "and that the Clerk write to …": a resolution's parts go on in lower case; a new entry would not.
            if (current[^1] == ';' && !char.IsLower(nextText[0]))
                break;
            var lastWord = PersonNames.Tokens(current).LastOrDefault() ?? string.Empty;
            if (StartsAnEntry().IsMatch(nextText) || !(char.IsLower(nextText[0]) || current.Length >= 50 && RunsOn().IsMatch(lastWord)))
                break;
            last++;
        }

        return last;
    }

    /// <summary>
    /// "Director Sarkovich moved to adopt …" / "President Marx seconded the motion." / "Motion carried …": the lines
    /// just above an outcome that moved and seconded what it settles, each on a line of its own.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:\p{L}+\s+){0,2}vote\s*:?|roll\s+call\s*:?|(?:ayes?|nays?|noes|yeas?|absent|abstain(?:ed|ing|s)?|abstentions?|recused|yes|no)\s*(?:\(\d+\))?\s*[:\-–—]\s*.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex VoteCountLine();

    [GeneratedRegex(@"^motion\s*[:\-–]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex MotionLabel();

    // "AGREED to pay on the understanding …", "Agreed to print 50 copies.": a decision written without its subject.
    [GeneratedRegex(@"^(?:agreed|resolved|decided)\s+(?:to|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subjectless();

    /// <summary>
    /// What a decision without a subject answers when a PDF broke it from its entry: "9.5 A sub group designed a questionnaire."
    /// over "Agreed to print 50 copies." is one numbered entry, the decision and what it settles. A decision inside a paragraph,
    /// or an entry numbered for itself ("9.4 Agreed to place an advert"), stands alone.
    /// </summary>
    private static string? SubjectAbove(IReadOnlyList<TextLine> lines, int index, int at, string previousSentence, bool marked)
    {
        // "25/033 Allotments" over "RESOLVED to increase the rents": an item's title, no sentence, is the heading the decision stands under.
        if (at != 0 || marked || previousSentence.TrimEnd() is not { Length: > 0 } ended || !".!?".Contains(ended[^1], StringComparison.Ordinal) || index == 0
            || lines[index - 1].Kind != LineKind.Text || !NumberedLine().IsMatch(lines[index - 1].Text.Trim()))
        {
            return null;
        }

        return UsesDecisionWords(previousSentence) || SaysCouncilDecided(previousSentence) ? null : previousSentence;
    }

    // "Moved: Jim Lee  Second: Ann Fox", "Proposed by Lee, seconded by Fox", "Proposed by: LV. 2nd by: RS.": who moved and seconded,
    // and nothing of what.
    [GeneratedRegex(@"^(?i:moved|proposed)(?:\s+(?i:by))?\s*[:\-–]?\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}(?:[\s,;]*(?i:and\s+)?(?i:second(?:ed)?|2nd)(?:\s+(?i:by))?\s*[:\-–]?\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,3})?\.?$")]
    private static partial Regex MoversOnly();

    /// <summary>A line that can name what the movers under it moved: short, not a label over a list, not itself a mover, a vote or an outcome.</summary>
    private static bool NamesWhatWasMoved(string text) =>
        PersonNames.Tokens(text).Length is > 0 and <= 30 && !text.EndsWith(':') && !Moved().IsMatch(text) && !OutcomeAlone().IsMatch(text)
        && !MotionOutcome().IsMatch(text) && !VoteCountLine().IsMatch(text);

    /// <summary>Where the roll call straight before sentence <paramref name="at"/> starts ("Ayes: 3 (…). Noes: 0."); <paramref name="at"/> when there is none.</summary>
    private static int RollCallBefore(List<string> sentences, int at)
    {
        var start = at;
        while (start > 0 && VoteCountLine().IsMatch(sentences[start - 1].Trim()))
            start--;
        return start;
    }

    // "The plan was approved with a unanimous vote (3-0)", "adopted by roll call vote": an outcome that says how it was voted.
    [GeneratedRegex(@"\b(?:approved|adopted|carried|passed)\s+(?:with|by)\s+(?:a\s+)?(?:unanimous|majority|roll[-\s]?call|voice)\s+vote\b", RegexOptions.IgnoreCase)]
    private static partial Regex VotedOutcome();

    // "Member Lee moved to …", "Trustee Fox moves that …", "On a motion by Lee …", "It was moved …": a sentence that moves a motion.
    [GeneratedRegex(@"\p{Lu}[\p{L}'’.-]*\s+(?i:moved|moves|motioned)\s+(?i:to|that|for|the|approval|adoption|acceptance)\b|^(?i:motion\s*[:\-–]|moved\s+by\b|on\s+(?:a\s+)?motion\s+(?:by|of)\b|it\s+was\s+(?:duly\s+)?moved\b|a\s+motion\s+was\s+made\b)")]
    private static partial Regex MovesAMotion();

    // "Vote to approve Lee as 2021 Auditor" over "Vote Results: 14 in favour, 0 not in favour – Motion Carried": the question put
    // to the members, as an AGM voting on a screen or by ballot writes it, is the motion its result settles.
    [GeneratedRegex(@"^vote\s+(?:to|on)\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex PutToTheVote();

    [GeneratedRegex(@"^(?:vote\s+|voting\s+)?results?\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex ResultOfTheVote();

    // "Proposed by Lee", "Moved: Lee", "seconded by Fox": a line that names who moved, as opposed to "the proposed changes".
    [GeneratedRegex(@"^(?:proposed|moved|seconded)\b|\b(?:proposed|moved|seconded)\s*(?:by\b|:)", RegexOptions.IgnoreCase)]
    private static partial Regex NamesTheMover();

    /// <summary>
    /// The motion an outcome settles when its own paragraph does not move it: the lines just above, else the paragraphs above.
    /// A line above that only mentions something "proposed" ("a roll call vote on the proposed changes") moves nothing.
    /// </summary>
    private static string? MotionAbove(IReadOnlyList<TextLine> lines, int index)
    {
        var near = MovedAbove(lines, index);
        if (near is not null && (MovesAMotion().IsMatch(near) || NamesTheMover().IsMatch(near)))
            return near;
        return MovedParagraphsAbove(lines, index) ?? near;
    }

    // "Moved by Lee to address parking as follows:", "Trustee Fox moved to adopt the following:", "The motion put was that:":
    // a motion whose text is the list below it.
    private static bool MovesAList(string sentence) =>
        sentence.TrimEnd().EndsWith(':') && (MovesAMotion().IsMatch(sentence) || Moved().IsMatch(sentence) || NamesTheMotion().IsMatch(sentence));

    [GeneratedRegex(@"^(?<n>\d{1,2})[.)]\s+(?<text>\S.*)$")]
    private static partial Regex NumberedPoint();

    /// <summary>
    /// "Moved by Lee to address parking as follows:" over "1. Direct staff to …", "2. Ask the county to …" and their details, then
    /// "Motion Carried 6-0.": the motion is the mover's sentence and what each numbered point directs (its first sentence); the
    /// details under a point are not. The search stops at a heading, a table or another motion's outcome. Null when no mover
    /// over a list of two or more points stands above.
    /// </summary>
    private static string? NumberedMotionAbove(IReadOnlyList<TextLine> lines, int index)
    {
        var points = new List<(int Number, string Text)>();
        for (int j = index - 1, seen = 0; j >= 0 && seen < 40; j--)
        {
            if (lines[j].IsBlank)
                continue;
            if (lines[j].Kind is not (LineKind.Text or LineKind.ListItem))
                return null;
            seen++;
            var text = lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            var sentences = Sentences.Split(text);
            if (sentences.Any(s => MotionOutcome().IsMatch(s) || OutcomeAlone().IsMatch(s)))
                return null;
            // "2. PARKING. Moved by Lee to address parking as follows:": the mover's line may be numbered as an item itself.
            if (sentences.Length > 0 && MovesAList(sentences[^1]))
            {
                var counted = points.Count >= 2 && points.Select((p, k) => p.Number == k + 1).All(x => x);
                return counted ? $"{sentences[^1]} {string.Join(' ', points.Select(p => p.Text))}" : null;
            }

            // The point's number is in its text ("1. Direct staff …"), or kept apart by a list the extraction recognised.
            if (lines[j].Kind == LineKind.ListItem && lines[j].Number is { Length: > 0 and <= 2 } listed && listed.All(char.IsAsciiDigit))
                text = $"{listed}. {text}";
            if (NumberedPoint().Match(text) is { Success: true } point)
                points.Insert(0, (int.Parse(point.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), Sentences.Split(text).First()));
        }

        return null;
    }

    /// <summary>
    /// "Member Lee moved to … Member Fox seconded." / "Public comment: …" / "The motion carried 3-0.": US minutes record the
    /// vote after the discussion and public comment on a motion, so an outcome in a paragraph of its own settles the motion
    /// moved a few paragraphs above it. The search stops at a heading, a table or another motion's outcome.
    /// </summary>
    private static string? MovedParagraphsAbove(IReadOnlyList<TextLine> lines, int index)
    {
        for (int j = index - 1, seen = 0; j >= 0 && seen < 14; j--)
        {
            if (lines[j].IsBlank)
                continue;
            if (lines[j].Kind is not (LineKind.Text or LineKind.ListItem))
                return null;
            seen++;
            var sentences = Sentences.Split(lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal));
            if (sentences.Any(s => MotionOutcome().IsMatch(s) || OutcomeAlone().IsMatch(s)))
                return null;
            var mover = Array.FindLastIndex(sentences, s => MovesAMotion().IsMatch(s));
            if (mover < 0)
                continue;
            var end = mover;
            while (end + 1 < sentences.Length && Seconded().IsMatch(sentences[end + 1]))
                end++;
            var moved = string.Join(' ', sentences[mover..(end + 1)]);
            // "MOTION: Lee moved to adopt the budget." over "Fox seconded.": the seconder on a line of his own.
            if (end == sentences.Length - 1 && j + 1 < index && Seconded().IsMatch(lines[j + 1].Text.Trim()) && PersonNames.Tokens(lines[j + 1].Text).Length <= 8)
                moved = $"{moved} {lines[j + 1].Text.Trim()}";
            return MotionLabel().Replace(moved, string.Empty, 1);
        }

        return null;
    }

    // "MOTION: APPROVED W/ CONDITIONS  1st: MR. RUMSCH  2nd: MR. PHARES", "Motion: carried  Moved: Ann  Seconded: Tom":
    // the outcome and who moved and seconded, over the motion as it was moved.
    [GeneratedRegex(@"^motion\s*:.*?\b(?:1(?:st)?|first|moved(?:\s+by)?)\s*:\s*\p{L}.*?\b(?:2(?:nd)?|second(?:ed)?(?:\s+by)?)\s*:\s*\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex MotionWithMovers();

    // "VOTE: 7/0", "DECISION:", "STAFF ANALYSIS:": a label in capitals ends the motion's text.
    [GeneratedRegex(@"^[A-Z][A-Z /|&\[\]-]{2,40}:")]
    private static partial Regex CapitalLabel();

    /// <summary>The paragraphs under a motion's label line, up to its vote or the next label: the motion as moved and amended.</summary>
    private static (string Text, int Last)? MotionUnder(IReadOnlyList<TextLine> lines, int label)
    {
        var parts = new List<string>();
        var last = label;
        for (var j = label + 1; j < lines.Count && j <= label + 12; j++)
        {
            var text = lines[j].Text.Trim();
            if (lines[j].IsBlank)
                continue;
            if (lines[j].Kind != LineKind.Text || VoteCountLine().IsMatch(text) || CapitalLabel().IsMatch(text) || DecisionLabel().IsMatch(text))
                break;
            parts.Add(text);
            last = j;
        }

        return parts.Count == 0 ? null : (string.Join(' ', parts), last);
    }

    // "Elected unanimously (11)", "Unanimously elected.", "Duly elected": the outcome of an election, alone. "Acclaimed" is the
    // word where a sole nominee takes the post unopposed ("President Ann Lee. Acclaimed").
    [GeneratedRegex(@"^(?:(?:duly|unanimously)\s+)?(?:(?:re-?)?elected(?:\s+(?:unanimously|nem\.?\s*con\.?|by\s+acclamation|unopposed))?|acclaimed)\s*(?:\(\d+\))?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ElectedAlone();

    // "President: Bruce Kingsbury - Passed", "Rule 7 amended as proposed – carried unanimously": a line ending in its outcome.
    [GeneratedRegex(@"^\S.{5,}?\s[-–—]\s*(?:passed|carried|approved|adopted|elected)(?:\s+(?:unanimously|nem\.?\s*con\.?|u\.?))?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingOutcome();

    [GeneratedRegex(@"^(?:moved|proposed)(?:\s+by)?\s*[:\-–]?\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareMover();

    [GeneratedRegex(@"^(?:motion\s*[:\-–]|motion\s+that\b|that\s)", RegexOptions.IgnoreCase)]
    private static partial Regex MotionStatement();

    private static string? PreviousText(IReadOnlyList<TextLine> lines, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - 2; j--)
        {
            if (!lines[j].IsBlank)
                return lines[j].Kind is LineKind.Text or LineKind.ListItem ? lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim() : null;
        }

        return null;
    }

    // "Unanimously approved.", "Carried", "Approved, with discussion of …": an outcome on a line of its own.
    [GeneratedRegex(@"^(?:(?:the\s+)?motion\s+)?(?:(?:unanimously|duly)\s+)?(?:approved|carried|passed|adopted)(?:\s+(?:unanimously|nem\.?\s*con\.?))?\s*(?:[.,;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeAlone();

    // "Proposed by: Cart", "Moved by Lee", "Seconded by: Fox": a line that names a mover and nothing else.
    [GeneratedRegex(@"^(?:proposed|moved|seconded)\s+by\s*:?\s*\S.{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex MoverLine();

    /// <summary>
    /// "Cart for President." / "Proposed by: Cart" / "Unanimously approved.": an outcome settles the motion stated above its
    /// mover, discussion between them passed over; with no statement between the heading and the mover, the heading is the
    /// motion ("## Adopt the budget" / "Proposed by: Lee"). Null when no mover stands above the outcome in its section.
    /// </summary>
    private static string? ProposedAbove(IReadOnlyList<TextLine> lines, int index)
    {
        var seen = 0;
        var j = index - 1;
        for (; j >= 0 && seen < 8; j--)
        {
            if (lines[j].IsBlank)
                continue;
            if (lines[j].Kind is not (LineKind.Text or LineKind.ListItem) || OutcomeAlone().IsMatch(lines[j].Text.Trim()))
                return null;
            if (MoverLine().IsMatch(lines[j].Text.Trim()))
                break;
            seen++;
        }

        if (j < 0 || seen >= 8)
            return null;
        for (; j >= 0; j--)
        {
            if (lines[j].IsBlank || MoverLine().IsMatch(lines[j].Text.Trim()))
                continue;
            var text = lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            if (lines[j].Kind is not (LineKind.Text or LineKind.ListItem or LineKind.Heading) || OutcomeAlone().IsMatch(text) || PersonNames.Tokens(text).Length > 60)
                return null;
            return text;
        }

        return null;
    }

    [GeneratedRegex(@"^(?:the\s+)?(?<what>(?:proposal|motion|resolution|recommendation)\b.*?\s+)?seconded\s+and\s+(?:accepted|carried|approved|agreed|passed|adopted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondedAndSettled();

    [GeneratedRegex(@"^(?:the\s+)?(?:proposal|motion|resolution|recommendation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatesAProposal();

    /// <summary>
    /// The proposal a bare "Proposal seconded and accepted" settles: the nearest line above that states one, within its
    /// list (sub-bullets between them passed over); null at a heading or at another settled proposal.
    /// </summary>
    private static string? ProposalAbove(IReadOnlyList<TextLine> lines, int index)
    {
        for (int j = index - 1, seen = 0; j >= 0 && seen < 6; j--)
        {
            if (lines[j].IsBlank)
                continue;
            var text = lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            if (lines[j].Kind is not (LineKind.Text or LineKind.ListItem) || SecondedAndSettled().IsMatch(text))
                return null;
            if (StatesAProposal().IsMatch(text))
                return text;
            seen++;
        }

        return null;
    }

    private static string? MovedAbove(IReadOnlyList<TextLine> lines, int index)
    {
        var parts = new List<string>();
        var reach = index - 4;
        for (var j = index - 1; j >= 0 && j >= reach; j--)
        {
            if (lines[j].IsBlank)
                continue;
            if (lines[j].Kind is not (LineKind.Text or LineKind.ListItem))
                break;
            var text = lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            // "Roll call vote:" / "Ayes – Lee, Ortiz" / "Nays – none" between the motion and "Motion carried": the count, passed over.
            if (parts.Count == 0 && VoteCountLine().IsMatch(text))
            {
                reach = Math.Max(0, Math.Min(reach, j - 4));
                continue;
            }

            if (!Moved().IsMatch(text))
            {
                // "April Minutes" over "Moved: Jim Lee  Seconded: Ann Fox" over "Approved Nem Con": the movers' names alone say
                // not what was moved; the line above them does.
                if (parts.Count > 0 && MoversOnly().IsMatch(parts[0]) && NamesWhatWasMoved(text))
                    return $"{text} {string.Join(' ', parts)}";
                break;
            }

            parts.Insert(0, MotionLabel().Replace(text, string.Empty, 1));
            if (Seconded().IsMatch(text))
                continue;
            // "Motion: that Rule 6 be amended …" over "Moved: Craig Box" / "Seconded: Rod Aldridge": the mover alone says not what was moved.
            if ((BareMover().IsMatch(text) || MoversOnly().IsMatch(text)) && PreviousText(lines, j) is { } statement
                && (MotionStatement().IsMatch(statement) || MoversOnly().IsMatch(text) && NamesWhatWasMoved(statement)))
            {
                parts.Insert(0, statement);
            }

            return string.Join(' ', parts);
        }

        return null;
    }

    /// <summary>Under "Grants approved": each item is a decision; a long list (new members, say) is one.</summary>
    private static int ReadApprovalList(IReadOnlyList<TextLine> lines, int headingLine, string heading, AgendaItemRange? item, List<DecisionDraft> decisions)
    {
        var entries = new List<string>();
        var j = headingLine + 1;
        // Under a "Decisions" heading each paragraph is a decision too, as Word summaries write them.
        var label = SectionVocabulary.IsLabelOnly(heading, SectionKind.Decisions);
        for (; j < lines.Count && lines[j].Kind != LineKind.Heading; j++)
        {
            // "**Meeting closed at 8:44pm**" after the list: the minutes' closing line ends the decisions, it is not one of them.
            if (lines[j].Kind == LineKind.Text && MeetingClosed().IsMatch(lines[j].Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim()))
                break;
            if (lines[j].Kind == LineKind.ListItem && lines[j].Text.Trim().Length > 0
                || label && lines[j].Kind == LineKind.Text && PersonNames.Tokens(lines[j].Text).Length is > 2 and <= 60)
                entries.Add(lines[j].Text.Trim());
            else if (!lines[j].IsBlank)
                return headingLine;
        }

        if (entries.Count == 0)
            return headingLine;
        if (entries.Count <= 10)
        {
            foreach (var entry in entries)
                Add(decisions, entry, item);
        }
        else
        {
            Add(decisions, $"{heading.TrimEnd(':')}: {string.Join("; ", entries)}", item);
        }

        return j - 1;
    }

    /// <summary>
    /// What a motion under a heading or a list item was about: "Approval of 2018 Minutes:" over "Motion to
    /// approve…". Only a short heading or parent item close above counts.
    /// </summary>
    private static string? Subject(IReadOnlyList<TextLine> lines, int index)
    {
        var line = lines[index];
        for (var j = index - 1; j >= 0 && j >= index - 3; j--)
        {
            var above = lines[j];
            if (above.IsBlank)
                continue;
            var text = above.Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            var parent = above.Kind == LineKind.Heading || above.Kind == LineKind.ListItem && line.Kind == LineKind.ListItem && above.Level < line.Level
                || above.Kind == LineKind.Text && line.Kind == LineKind.ListItem;
            if (!parent)
                return null;
            var words = PersonNames.Tokens(text).Length;
            if (words is 0 or > 12 || AgendaHeading().IsMatch(text))
                return null;
            return Regex.Replace(text, @"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+", string.Empty);
        }

        return null;
    }

    [GeneratedRegex(@"^(?:the\s+)?meeting\s+(?:was\s+)?(?:closed|ended|adjourned)\b(?:\s+at\b[^.]{0,20})?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingClosed();

    [GeneratedRegex(@"^(?:minutes|old\s+business|new\s+business|other\s+business|any\s+other\s+business|aob|discussion|decisions?|notes)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaHeading();

    // "In discussion of the release dates it was decided" with nothing after: what was decided is set out below.
    [GeneratedRegex(@"\bit\s+was\s+(?:\w+\s+)?(?:decided|agreed|resolved)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex DecidedOver();

    /// <summary>The bullets straight after a line, at the level of the first; deeper bullets stay with the one above them.</summary>
    private static List<(string Text, int Line)> BulletsAfter(IReadOnlyList<TextLine> lines, int index)
    {
        var entries = new List<(string, int)>();
        var level = -1;
        for (var j = index + 1; j < lines.Count && entries.Count < 30; j++)
        {
            var line = lines[j];
            if (line.IsBlank)
                continue;
            if (line.Kind != LineKind.ListItem || level >= 0 && line.Level < level)
                break;
            if (level < 0)
                level = line.Level;
            if (line.Level == level)
                entries.Add((line.Text.Trim(), j));
        }

        return entries;
    }

    /// <summary>The numbered entries ("1. to approve the budget;", "(a) …") straight after line <paramref name="index"/>.</summary>
    private static List<(string Text, int Line)> NumberedAfter(IReadOnlyList<TextLine> lines, int index)
    {
        var entries = new List<(string, int)>();
        string? previousMarker = null;
        for (var j = index + 1; j < lines.Count && entries.Count < 30; j++)
        {
            var line = lines[j];
            if (line.IsBlank)
            {
                if (entries.Count > 0 && !(j + 1 < lines.Count && IsNumberedEntry(lines[j + 1])))
                    break;
                continue;
            }

            if (!IsNumberedEntry(line))
                break;
            // "(a) …", "(b) …" then "2. Close": the next item of the minutes, not a third entry.
            var marker = line.Kind == LineKind.ListItem && line.Number is not null ? line.Number : NumberedEntry().Match(line.Text.Trim()).Groups["marker"].Value;
            if (previousMarker is not null && !FollowsOn(previousMarker, marker))
                break;
            previousMarker = marker;
            var text = line.Kind == LineKind.ListItem && line.Number is not null ? line.Text.Trim() : NumberedEntry().Match(line.Text.Trim()).Groups["text"].Value;
            entries.Add((text.Trim().TrimEnd(';', ',').Trim(), j));
        }

        return entries;
    }

    /// <summary>True when <paramref name="marker"/> comes straight after <paramref name="previous"/>: 1 then 2, a then b; roman numerals are let be.</summary>
    private static bool FollowsOn(string previous, string marker)
    {
        if (int.TryParse(previous, out var a))
            return int.TryParse(marker, out var b) && b == a + 1;
        if (previous.Length == 1 && marker.Length == 1 && char.IsLetter(previous[0]) && previous[0] is not ('i' or 'v' or 'x' or 'I' or 'V' or 'X'))
            return char.ToLowerInvariant(marker[0]) == char.ToLowerInvariant(previous[0]) + 1;
        return !int.TryParse(marker, out _);
    }

    private static bool IsNumberedEntry(TextLine line) =>
        line.Kind == LineKind.ListItem && line.Number is not null || line.Kind is LineKind.Text or LineKind.ListItem && NumberedEntry().IsMatch(line.Text.Trim());

    [GeneratedRegex(@"(?:\s[-–—]\s|[:,;]\s)(?:the\s+(?:parish\s+|town\s+)?(?:council|committee|meeting)\s+(?:has\s+|had\s+|raised\s+|resolved\s+|agreed\s+)?)?(?:no\s+(?:objections?|comments?|observations?)|object(?:s|ion|ions)?|support(?:s|ed)?|neutral|recommend(?:s|ed)?\s+(?:approval|refusal))\b[^–—:;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex LastFieldResponse();

    /// <summary>
    /// "19/00123/FUL – 12 High Street – rear extension – No objection", "…, rear extension: the Council has no objection":
    /// a schedule of applications gives the council's response as the last field of the application's own line.
    /// The application leads the line: a reference further in is another application the line refers to, or a PDF's
    /// wrap has left the application's start on the line above.
    /// </summary>
    private static bool ResponseAsLastField(string sentence) =>
        PlanningReference().Match(sentence) is { Success: true, Index: <= 16 } && LastFieldResponse().IsMatch(sentence) && !OtherBody().IsMatch(sentence);

    /// <summary>
    /// A council's response to a planning application: the application (its reference and first sentence)
    /// and what the meeting said of it, in one paragraph or the next ones. A paragraph naming an
    /// application without a response is kept for the response that follows it.
    /// </summary>
    private static string? PlanningResponseAt(TextLine line, AgendaItemRange? item, ref string? pendingApplication)
    {
        if (line.Kind is not (LineKind.Text or LineKind.ListItem))
            return null;
        var text = line.Text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        var sentences = Sentences.Split(text);
        if (sentences.Length == 0)
            return null;
        var planningItem = item is not null && item.Title.Contains("planning", StringComparison.OrdinalIgnoreCase);
        // "BoD/25/064 Board assurance framework" is the item's own reference, however like an application's it reads; under
        // "47. 24/01234/FUL – Land at Mill Lane" the application is what follows the item's number.
        if (item?.Number is { Length: > 0 } number && sentences[0].StartsWith(number, StringComparison.OrdinalIgnoreCase) && sentences[0].Length > number.Length
            && !char.IsLetterOrDigit(sentences[0][number.Length]))
        {
            // The split is shared with the other readers of the line: the number is taken off a copy.
            sentences = [.. sentences];
            sentences[0] = sentences[0][number.Length..].TrimStart('.', ')', ':', ' ');
        }

        if (NamesPlanningApplication(sentences[0]))
        {
            var response = Array.FindIndex(sentences, 1, s => PlanningResponse().IsMatch(s) && !NotADecision().IsMatch(s));
            if (response < 0 && ResponseAsLastField(sentences[0]))
                response = 0;
            if (response < 0)
            {
                pendingApplication = sentences[0];
                return null;
            }

            pendingApplication = null;
            return string.Join(' ', sentences[..(WithAssentAfter(sentences, response) + 1)]);
        }

        if (pendingApplication is null && !planningItem)
            return null;
        var first = Array.FindIndex(sentences, s => PlanningResponse().IsMatch(s) && !NotADecision().IsMatch(s) && !OtherBody().IsMatch(s));
        if (first < 0)
            return null;
        var application = pendingApplication;
        pendingApplication = null;
        // Without a reference before it, the response stands with the sentences that lead up to it.
        var assented = WithAssentAfter(sentences, first);
        return application is null ? string.Join(' ', sentences[..(assented + 1)]) : $"{application} {string.Join(' ', sentences[first..(assented + 1)])}";
    }

    /// <summary>
    /// "No objection, proposed by Cllr Fox, seconded by Cllr Hill. All in favour.": the meeting's bare assent or its vote after a
    /// response is part of it. Returns the index of the last sentence that belongs with sentence <paramref name="at"/>.
    /// </summary>
    private static int WithAssentAfter(string[] sentences, int at)
    {
        while (at + 1 < sentences.Length && (BareOutcome().IsMatch(sentences[at + 1].Trim()) || MotionOutcome().IsMatch(sentences[at + 1].Trim())))
            at++;
        return at;
    }

    // A list under "Resolved" is usually who does what, read as actions; only a paragraph is taken here.
    /// <summary>The paragraph under a "Decision:" label: its lines up to a blank line or a heading.</summary>
    private static (string Text, int Last)? Under(IReadOnlyList<TextLine> lines, int label) => BlockUnder(lines, label, withEntries: false, most: 8);

    /// <summary>
    /// The lines straight under line <paramref name="index"/> (past at most two blank lines): plain lines, and list entries
    /// when <paramref name="withEntries"/>, up to a blank line or a line of another kind, at most <paramref name="most"/>.
    /// Returns their text joined and the last line taken; null when there is none.
    /// </summary>
    private static (string Text, int Last)? BlockUnder(IReadOnlyList<TextLine> lines, int index, bool withEntries, int most)
    {
        var j = index + 1;
        while (j < lines.Count && lines[j].IsBlank && j <= index + 2)
            j++;
        var parts = new List<string>();
        var last = index;
        for (; j < lines.Count && !lines[j].IsBlank && (lines[j].Kind == LineKind.Text || withEntries && lines[j].Kind == LineKind.ListItem) && parts.Count < most; j++)
        {
            parts.Add(lines[j].Text.Trim());
            last = j;
        }

        return parts.Count == 0 ? null : (string.Join(' ', parts), last);
    }

    /// <summary>The short plain lines straight under a decision that ends in a colon, up to a blank line or a numbered one.</summary>
    private static string LinesAfter(IReadOnlyList<TextLine> lines, int index)
    {
        var end = LinesAfterEnd(lines, index);
        return string.Join("; ", Enumerable.Range(index + 1, end - index).Select(j => lines[j].Text.Trim()));
    }

    private static int LinesAfterEnd(IReadOnlyList<TextLine> lines, int index)
    {
        var j = index;
        while (j + 1 < lines.Count && j - index < 12 && lines[j + 1].Kind == LineKind.Text && !lines[j + 1].IsBlank
            && PersonNames.Tokens(lines[j + 1].Text).Length <= 12 && !NumberedLine().IsMatch(lines[j + 1].Text.Trim()))
        {
            j++;
        }

        return j;
    }

    [GeneratedRegex(@"^\d{1,3}(?:[./]\d{1,3})*[.):]?\s")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^\(?(?<letter>[a-z])[.)]\s+(?=\S)")]
    private static partial Regex LetterMarker();

    /// <summary>The entries of a line that holds lettered entries one after another ("a. … b. … c. …"), markers dropped; empty when it holds one.</summary>
    private static List<string> LetteredEntries(string text)
    {
        var first = LetterMarker().Match(text);
        if (!first.Success)
            return [];
        var entries = new List<string>();
        var letter = first.Groups["letter"].Value[0];
        var start = first.Length;
        while (true)
        {
            var next = (char)(letter + 1);
            var marker = Regex.Match(text[start..], $@"\s\(?{next}[.)]\s+(?=\p{{Lu}})");
            if (!marker.Success)
            {
                entries.Add(text[start..].Trim());
                return entries.Count >= 2 ? entries : [];
            }

            entries.Add(text[start..(start + marker.Index)].Trim());
            start += marker.Index + marker.Length;
            letter = next;
        }
    }

    [GeneratedRegex(@"(?<=[.;])\s+actions?(?:\s+by)?\s*[:\-–]\s*\S.{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionAfter();

    // "RESOLVED – (1) that …; (2) that …", "AGREED: (a) to …, and (b) to …": the label, then the first part's marker.
    [GeneratedRegex(@"^(?:it\s+was\s+)?(?:resolved|agreed|decided)\b\s*(?:that\s*)?[:\-–—]?\s*\((?:1|a|i)\)\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex ResolutionOpensParts();

    // The marker of each later part, with the "; and" or ", and" that closes the part before it.
    [GeneratedRegex(@"\s*[;,]?\s*(?:and\s+)?\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex LaterPart();

    /// <summary>The parts of a resolution set out in numbered parts on one line, markers dropped; empty unless there are two or more.</summary>
    private static List<string> ResolutionInParts(string text)
    {
        if (ResolutionOpensParts().Match(text) is not { Success: true } opening)
            return [];
        return LaterPart().Split(text[opening.Length..]).Select(p => p.Trim().TrimEnd(';', ',').Trim()).Where(p => p.Length > 0).ToList() is { Count: >= 2 } parts ? parts : [];
    }

    // "The following officers were duly elected:", "Elected as follows:", "were appointed to the committee:", "The following people were
    // elected to the Board.", "Election of officers:": an election set out below.
    [GeneratedRegex(@"\b(?:(?:re-?)?elected|appointed)\b[^.:]{0,40}:$|\bthe\s+following\b[^.:]{0,60}?\b(?:re-?)?elected\b[^.:]{0,80}\.$|^(?:election\s+results|results\s+of\s+the\s+elections?|elections?\s+of\s+(?:the\s+)?(?:officers|officials|officer\s+bearers|office\s+bearers|committee|trustees|directors|board))\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex ElectedOver();

    /// <summary>
    /// The list items straight after line <paramref name="index"/> (blank lines between passed over), at most twenty; under a
    /// list item, only the items nested in it.
    /// </summary>
    private static List<(string Text, int Line)> EntriesAfter(IReadOnlyList<TextLine> lines, int index)
    {
        var entries = new List<(string, int)>();
        var j = index + 1;
        while (j < lines.Count && lines[j].IsBlank)
            j++;
        var deeperThan = lines[index].Kind == LineKind.ListItem ? lines[index].Level : int.MinValue;
        for (; j < lines.Count && lines[j].Kind == LineKind.ListItem && lines[j].Level > deeperThan && entries.Count < 20; j++)
            entries.Add((LeadingMark().Replace(lines[j].Text.Trim(), string.Empty), j));
        return entries;
    }

    private static string ListAfter(IReadOnlyList<TextLine> lines, int index)
    {
        var parts = new List<string>();
        var j = index + 1;
        while (j < lines.Count && lines[j].IsBlank)
            j++;
        for (; j < lines.Count && lines[j].Kind == LineKind.ListItem; j++)
            parts.Add($" - {lines[j].Text.Trim()}");
        return string.Concat(parts);
    }

    [GeneratedRegex(@"^\W*(?:the\s+)?(?:(?:all|everyone)\s*[-–—:]?\s*|no\s+objections?,?\s+)?(?:(?:motion|proposal|resolution)\s+)?(?:(?:was|were|is)\s+)?(?:unanimously\s+|duly\s+)?(?:passed|passes|carried|carries|agreed|approved|accepted|adopted)(?:\s+(?:unanimously|by\s+consensus|by\s+all|nem\.?\s*con\.?))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeNamingNothing();

    [GeneratedRegex(@"\b(?:proposed|seconded|second|moved|motion|vote|voted|all|status|poll)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoverOrVote();

    [GeneratedRegex(@"\b(?:agreed|carried|passed|approved|accepted|adopted|decided|unanimous\w*|in\s+favou?r)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeSaid();

    // "PDW", "SL103", "RGr": a mover's initials or a strata lot's number, as the minutes name who moved.
    [GeneratedRegex(@"^(?=(?:.*\p{Lu}){2})\p{Lu}[\p{L}\p{N}]{0,5}$")]
    private static partial Regex MoverInitials();

    // The words a motion's movers and its outcome are written in.
    private static readonly HashSet<string> MotionFiller = new(StringComparer.OrdinalIgnoreCase)
    {
        "proposed", "seconded", "second", "seconds", "moved", "moves", "motioned", "motion", "made", "and", "by", "all", "in", "favour",
        "favor", "agreed", "carried", "passed", "approved", "unanimous", "unanimously", "consent", "with", "no", "objection", "objections",
        "vote", "voted", "voting", "poll", "decided", "status", "yes", "the", "was", "were", "a", "of", "it", "against", "abstain",
        "abstained", "abstention", "abstentions", "nem", "con", "present", "members", "accepted", "adopted", "resolved", "show", "hands",
        "majority", "duly", "then", "which",
    };

    private static readonly HashSet<string> NameBeforeIt = new(StringComparer.OrdinalIgnoreCase) { "by", "proposed", "seconded", "moved" };

    private static readonly HashSet<string> NameAfterIt = new(StringComparer.OrdinalIgnoreCase) { "seconded", "seconds", "moved", "moves", "proposed", "proposes" };

    /// <summary>
    /// "Proposed PDW, seconded SK. All in favour.", "Moved: SL103 Seconded: SL70 Motion was carried", "Seconded by Heather, passed
    /// by unanimous consent": who moved, seconded or voted and how it went, with nothing of what was moved. A name counts as a
    /// mover's only beside the word that makes it one ("by Heather", "Hilmar seconded"); a question put is never nothing.
    /// </summary>
    private static bool OnlyMoversAndOutcome(string text)
    {
        if (text.Contains('?', StringComparison.Ordinal) || !MoverOrVote().IsMatch(text) || !OutcomeSaid().IsMatch(text))
            return false;
        var words = Regex.Matches(text, @"[\p{L}\p{N}$£€'’-]+").Select(m => m.Value).ToList();
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            var named = char.IsUpper(word[0]) && (k > 0 && NameBeforeIt.Contains(words[k - 1]) || k + 1 < words.Count && NameAfterIt.Contains(words[k + 1]));
            if (!MotionFiller.Contains(word) && !MoverInitials().IsMatch(word) && !named)
                return false;
        }

        return true;
    }

    private static void Add(List<DecisionDraft> decisions, string text, AgendaItemRange? item)
    {
        var clean = TextCleaning.Squash(text).Trim().TrimStart('>', ' ');
        // "Agreed to ask the consultant to revisit site 4. Action: GH": who is to act is the action's, not part of the decision.
        if (ActionAfter().Match(clean) is { Success: true, Index: > 0 } action)
            clean = clean[..action.Index].TrimEnd();
        // A closing "Resolutions" list repeats "Resolution #2: Publish the note" as recorded above: the words after the label, once.
        if (NumberedResolution().Match(clean) is { Success: true } numbered)
            clean = numbered.Groups["text"].Value.Trim();
        // "**Resolved**" over a list is a label: it records nothing by itself.
        if (SectionVocabulary.IsLabelOnly(clean, SectionKind.Decisions))
            return;
        // "Motion carries", "The motion passed.", "No objections, agreed.": an outcome kept without the motion it settles records
        // nothing of what was decided.
        if (OutcomeNamingNothing().IsMatch(clean) || OnlyMoversAndOutcome(clean))
            return;
        if (clean.Length == 0 || decisions.Any(d => d.Text == clean))
            return;
        // "Motion by A to approve items 3.1–3.4. Ayes: …" then the same with "Noes: None. Motion carried." after it: a roll call
        // and the outcome after it each close the same motion, and the longer reading is the one decision.
        // A longer reading that goes on to move another motion is a second decision, not the first one read further.
        var shorter = decisions.FindLastIndex(d => d.Item == item?.Number && d.Text.Length >= 40 && clean.StartsWith(d.Text.TrimEnd('.'), StringComparison.Ordinal)
            && !Sentences.Split(clean[d.Text.TrimEnd('.').Length..]).Any(s => MotionMade().IsMatch(s) || Moved().IsMatch(s)));
        if (shorter >= 0)
            decisions[shorter] = new DecisionDraft(clean, item?.Number);
        else
            decisions.Add(new DecisionDraft(clean, item?.Number));
    }

    /// <summary>The item whose lines include <paramref name="line"/>; items are in document order, so a binary search finds it.</summary>
    internal static AgendaItemRange? ItemAt(IReadOnlyList<AgendaItemRange> items, int line)
    {
        int low = 0, high = items.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (items[middle].Start <= line)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && line < items[found].End ? items[found] : null;
    }
}
