using System.Globalization;
using System.Text.RegularExpressions;
using Quorum.Import.Text;

namespace Quorum.Import.Minutes;

/// <summary>
/// Finds the conduct of the meeting in its minutes, sentence by sentence: interests declared
/// ("Cllr Smith declared a pecuniary interest in item 5 as …", "Cllrs Hart and Mills declared …", or
/// a table of member, item and interest), motions moved and seconded ("moved by
/// …, seconded by … and carried", "It was proposed by … and seconded by … that …") and the votes
/// ("For 5, Against 2, Abstentions 1", "carried by 6 votes to 3").
/// </summary>
public static partial class ConductReader
{
    // A name as minutes write it: "Cllr Mrs D Smith", "Councillor Jones", "Ann Lee", "J. Brown".
    private const string Name = @"(?:(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?)\s+)*(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+";

    // One member or several: "Cllr Hart", "Cllrs Hart and Mills", "Cllr Ann Lee, Cllr Bob Hart and Cllr Cara Mills (each)".
    [GeneratedRegex(@"(?<person>(?:(?:Councillors|Cllrs\.?)\s+)?" + Name + @"(?:(?:\s*,\s*" + Name + @"){0,8},?\s+(?i:and)\s+" + Name + @")?)(?:\s+(?i:each|both|all))?\s+(?i:declared)\s+(?i:(?:an?\s+)?(?<kind>(?:disclosable\s+)?pecuniary|other\s+registrable|non[-\s]?registrable|personal(?:\s+and\s+prejudicial)?|prejudicial)?\s*interests?)\b(?<rest>.*)$")]
    private static partial Regex Declared();

    [GeneratedRegex(@"^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof)\b")]
    private static partial Regex Titled();

    [GeneratedRegex(@"\bin\s+(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?(?<item>\d+(?:[./]\d+)*[a-z]?)", RegexOptions.IgnoreCase)]
    private static partial Regex InItem();

    [GeneratedRegex(@"^.*?(?:\b(?:as|because|since|being|namely)\b|\bin\s+that\b|:|\()\s*(?<nature>.+?)[)\s.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Nature();

    [GeneratedRegex(@"\bleft\s+the\s+(?:room|meeting|chamber)\b|\bwithdrew\s+from\s+the\s+(?:room|meeting|chamber)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeftTheRoom();

    [GeneratedRegex(@"\b(?:took|take|taking)\s+no\s+part\b|\bdid\s+not\s+(?:vote|take\s+part|participate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TookNoPart();

    // "moved by X, seconded by Y", "It was proposed by X and seconded by Y", "Proposed: X; Seconded: Y".
    [GeneratedRegex(@"(?i:moved|proposed)(?:\s+(?i:by)\s+|\s*:\s*)(?<mover>" + Name + @")(?:[\s,;]+(?:(?i:and)\s+)?(?i:seconded)(?:\s+(?i:by)\s+|\s*:\s*)(?<seconder>" + Name + @"))?(?<rest>.*)$")]
    private static partial Regex MovedBy();

    // "Cllr Smith moved, and Cllr Jones seconded, that …", "Ann Lee proposed that …".
    [GeneratedRegex(@"(?<mover>" + Name + @")\s+(?i:moved|proposed)(?:,?\s+(?i:and)\s+(?<seconder>" + Name + @")\s+(?i:seconded),?)?\s+(?<rest>(?i:that)\b.*)$")]
    private static partial Regex NameMoved();

    [GeneratedRegex(@"^[\s,;:]*(?:the\s+motion\s+)?that\s+(?<text>.+?)(?=\s*[,;.(]\s*(?:(?:it\s+was|was|were)\s+)?(?:duly\s+|unanimously\s+)?(?:carried|agreed|passed|lost|defeated|fell|failed|rejected|withdrawn|not\s+carried|seconded|for\s*[:\-–]?\s*\d)|\s+(?:and\s+)?(?:(?:it\s+was|was|were)\s+)?(?:duly\s+|unanimously\s+)?(?:carried|lost|defeated|withdrawn|seconded)\b|\s+(?:was|were)\s+(?:agreed|passed|rejected)\b|[\s.;,]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TextAfter();

    [GeneratedRegex(@"\b(?:motion|proposal|resolution|recommendation)\s+that\s+(?<text>.+?)\s*(?:,\s*)?(?:was|being|is)\s+(?:duly\s+)?(?:moved|proposed)\b|\bthat\s+(?<text>.+?)\s*[(,]\s*(?:moved|proposed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TextBefore();

    [GeneratedRegex(@"\bwithdr[ae]wn?\b|\bnot\s+carried\b|\b(?:lost|defeated|fell|failed|rejected)\b|\b(?:carried|passed|agreed)\b(?!\s+(?:out|forward|over)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeWord();

    [GeneratedRegex(@"\bfor\s*[:\-–]?\s*(?<for>\d+)[\s,;.]*(?:and\s+)?against\s*[:\-–]?\s*(?<against>\d+)(?:[\s,;.]*(?:and\s+)?(?:abstentions?|abstained|abstaining|abstain)\s*[:\-–]?\s*(?<abstained>\d+))?", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledCounts();

    [GeneratedRegex(@"\b(?<for>\d+|[a-z]+)\s+(?:votes?\s+)?for,?\s+(?<against>\d+|[a-z]+)\s+(?:votes?\s+)?against(?:,?\s+(?:and\s+|with\s+)?(?<abstained>\d+|[a-z]+)\s+abstentions?)?", RegexOptions.IgnoreCase)]
    private static partial Regex CountsFirst();

    [GeneratedRegex(@"\bby\s+(?<a>\d+|[a-z]+)\s+votes?\s+to\s+(?<b>\d+|[a-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex VotesTo();

    [GeneratedRegex(@"\bwith\s+(?<abstained>\d+|[a-z]+)\s+abstentions?\b|\b(?<abstained>\d+|[a-z]+)\s+abstentions?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Abstentions();

    /// <summary>Words that begin a sentence as a name would, but are nobody.</summary>
    private static readonly HashSet<string> NotAPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "Members", "Member", "Councillors", "All", "None", "Nobody", "No", "There", "The", "It", "He", "She", "They", "Everyone", "Each", "Any", "Who", "Also", "This",
    };

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["no"] = 0,
        ["none"] = 0,
        ["nil"] = 0,
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
    };

    public static (List<DeclarationDraft> Declarations, List<MotionDraft> Motions) Read(IReadOnlyList<TextLine> lines, IReadOnlyList<AgendaItemRange> items, int from)
    {
        var declarations = new List<DeclarationDraft>();
        var motions = new List<MotionDraft>();
        for (var i = Math.Max(0, from); i < lines.Count; i++)
        {
            var line = lines[i];
            var item = DecisionReader.ItemAt(items, i);
            if (line.Kind == LineKind.TableRow && (i == 0 || lines[i - 1].Kind != LineKind.TableRow))
            {
                declarations.AddRange(DeclarationTable(lines, ref i, item));
                continue;
            }

            if (line.IsBlank || line.Kind is not (LineKind.Text or LineKind.ListItem))
                continue;
            var sentences = Sentences.Split(line.Text);
            for (var s = 0; s < sentences.Length; s++)
            {
                var sentence = sentences[s];
                var next = s + 1 < sentences.Length ? sentences[s + 1] : null;
                if (Declarations(sentence, next, item) is { Count: > 0 } declared)
                {
                    declarations.AddRange(declared.Select(d => d with { Lines = line.Source > 0 ? [line.Source] : [] }));
                    continue;
                }

                // What follows a motion in the same paragraph, or in the next short paragraph, may say what became of it.
                var after = string.Join(' ', sentences.Skip(s + 1).Take(2));
                if (after.Length == 0 && NextText(lines, i) is { } following && PersonNames.Tokens(following).Length <= 16)
                    after = following;
                if (Motion(sentence, after, item) is { } motion)
                    motions.Add(motion with { Lines = line.Source > 0 ? [line.Source] : [] });
            }
        }

        return (declarations, motions);
    }

    private static List<DeclarationDraft> Declarations(string sentence, string? next, AgendaItemRange? item)
    {
        // The patterns try every run of capitalised words as a name: on a long line of them ("FAQ FAQ FAQ …", a web page's
        // repeated menu) that takes seconds, so the word they all need is looked for first.
        if (!sentence.Contains("declared", StringComparison.OrdinalIgnoreCase))
            return [];
        var match = Declared().Match(sentence);
        if (!match.Success)
            return [];
        var people = People(match.Groups["person"].Value);
        if (people.Count == 0)
            return [];
        var rest = match.Groups["rest"].Value;
        var number = InItem().Match(rest) is { Success: true } named ? named.Groups["item"].Value.TrimEnd('.') : item?.Number;
        var nature = Nature().Match(rest) is { Success: true } n ? Clean(n.Groups["nature"].Value) : null;
        var kind = KindOf(match.Groups["kind"].Value);
        // "She left the room for the item." said straight after is part of the declaration.
        var conduct = next is not null && Regex.IsMatch(next, @"^(?:he|she|they|the\s+member|the\s+councillor|cllr|councillor)\b", RegexOptions.IgnoreCase) ? $"{rest} {next}" : rest;
        var left = LeftTheRoom().IsMatch(conduct);
        if (nature is not null && (LeftTheRoom().Match(nature) is { Success: true } cut && cut.Index > 0))
            nature = Clean(Regex.Replace(nature[..cut.Index], @"[\s,;.]*(?:\band\b)?[\s,;.]*$", string.Empty, RegexOptions.IgnoreCase));
        return [.. people.Select(person => new DeclarationDraft(person, number, kind, nature, left, left || TookNoPart().IsMatch(conduct))
        {
            Confidence = kind is null || number is null ? 0.6 : 0.8,
        })];
    }

    /// <summary>The kind of interest its words name, as the import schema spells it ("DPI" and the like included); null when unsaid.</summary>
    private static string? KindOf(string words) => words.ToLowerInvariant() switch
    {
        var k when k.Contains("pecuniary", StringComparison.Ordinal) || Regex.IsMatch(k, @"\bdpi\b") => "disclosable_pecuniary",
        var k when Regex.IsMatch(k, @"non[-\s]?registrable|\bnri\b") => "non_registrable",
        var k when Regex.IsMatch(k, @"\bother\s+registrable|\bori\b") => "other_registrable",
        _ => null,
    };

    /// <summary>
    /// The members a declaration names: "Cllrs Hart and Mills" is Cllr Hart and Cllr Mills; the
    /// sentence's opening words before the first name are dropped.
    /// </summary>
    private static List<string> People(string text)
    {
        var together = Regex.Match(text, @"^(?:.*\s)?(?:Councillors|Cllrs\.?)\s+(?<names>.+)$");
        var names = together.Success ? together.Groups["names"].Value : text;
        var parts = Regex.Split(names, @"\s*,\s*(?:and\s+)?|\s+and\s+").Where(p => p.Length > 0).ToList();
        // When some are named with a title, a part without one is the sentence's own words
        // ("Under Declarations, Cllr Hart and Cllr Mills declared …").
        var titled = parts.Any(p => Titled().IsMatch(p));
        var people = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            var name = TrimName(parts[i]);
            if (name is null || NotAPerson.Contains(name.TrimEnd('.')) || (titled && !together.Success && !Titled().IsMatch(name)))
                continue;
            if (together.Success && !Titled().IsMatch(name))
                name = "Cllr " + name;
            people.Add(name);
        }

        return people;
    }

    /// <summary>
    /// A table of declarations: a header naming the member and the interest (and perhaps the item and
    /// the kind), then a row for each declaration.
    /// </summary>
    private static List<DeclarationDraft> DeclarationTable(IReadOnlyList<TextLine> lines, ref int index, AgendaItemRange? item)
    {
        var found = new List<DeclarationDraft>();
        if (lines[index].Cells is not { } header)
            return found;
        int Column(string pattern) => header.ToList().FindIndex(h => Regex.IsMatch(h, pattern, RegexOptions.IgnoreCase));
        var who = Column(@"^\W*(?:member|councillor|name|who)\b");
        var kindColumn = Column(@"\b(?:kind|type|category)\b");
        var what = Column(@"\b(?:nature|reason|details?|description)\b");
        if (what < 0)
            what = header.ToList().FindIndex(h => h != (kindColumn >= 0 ? header[kindColumn] : null) && Regex.IsMatch(h, @"\b(?:interest|declaration)s?\b", RegexOptions.IgnoreCase));
        if (who < 0 || what < 0 || who == what)
            return found;
        var at = Column(@"\b(?:item|minute|agenda)\b");
        int j;
        for (j = index + 1; j < lines.Count && lines[j].Kind == LineKind.TableRow && lines[j].Cells is { } cells; j++)
        {
            string Cell(int c) => c >= 0 && c < cells.Count ? TextCleaning.Squash(cells[c]).Trim() : string.Empty;
            var person = Cell(who);
            if (person.Length == 0 || NotAPerson.Contains(person) || Regex.IsMatch(person, @"^(?:none|nil|n/?a|-+)$", RegexOptions.IgnoreCase))
                continue;
            var row = string.Join(' ', cells);
            var number = Regex.Match(Cell(at), @"\d+(?:[./]\d+)*[a-z]?") is { Success: true } n ? n.Value : item?.Number;
            var kind = KindOf(kindColumn >= 0 ? Cell(kindColumn) : Cell(what));
            var left = LeftTheRoom().IsMatch(row);
            found.Add(new DeclarationDraft(person, number, kind, Clean(Cell(what)), left, left || TookNoPart().IsMatch(row))
            {
                Confidence = kind is null || number is null ? 0.6 : 0.8,
                Lines = lines[j].Source > 0 ? [lines[j].Source] : [],
            });
        }

        if (found.Count > 0)
            index = j - 1;
        return found;
    }

    private static MotionDraft? Motion(string sentence, string after, AgendaItemRange? item)
    {
        string? mover, seconder, rest;
        if (!sentence.Contains("moved", StringComparison.OrdinalIgnoreCase) && !sentence.Contains("proposed", StringComparison.OrdinalIgnoreCase))
            return null;
        if (MovedBy().Match(sentence) is { Success: true } by)
        {
            (mover, seconder, rest) = (by.Groups["mover"].Value, by.Groups["seconder"].Success ? by.Groups["seconder"].Value : null, by.Groups["rest"].Value);
        }
        else if (NameMoved().Match(sentence) is { Success: true } named)
        {
            (mover, seconder, rest) = (named.Groups["mover"].Value, named.Groups["seconder"].Success ? named.Groups["seconder"].Value : null, named.Groups["rest"].Value);
        }
        else
        {
            return null;
        }

        mover = TrimName(mover);
        if (mover is null)
            return null;
        seconder = seconder is null ? null : TrimName(seconder);
        if (seconder is null && Regex.Match(rest, @"\bseconded\s+by\s+(?<seconder>" + Name + ")") is { Success: true } late)
            seconder = TrimName(late.Groups["seconder"].Value);

        var raw = TextAfter().Match(rest) is { Success: true } t ? t.Groups["text"].Value
            : TextBefore().Match(sentence) is { Success: true } b ? b.Groups["text"].Value
            : null;
        var text = raw is null ? null : Clean(raw);
        if (text is { Length: > 0 })
            text = "That " + text;

        // The outcome and the votes: in the rest of the sentence (not the motion's own words), else in what follows it.
        var tail = raw is { Length: > 0 } ? rest.Replace(raw, " ", StringComparison.Ordinal) : rest;
        var (outcome, votesFor, against, abstained) = Result(tail);
        if (outcome is null && votesFor is null)
            (outcome, votesFor, against, abstained) = Result(after);
        if (outcome is null && votesFor is { } f && against is { } a && f != a)
            outcome = f > a ? "carried" : "lost";
        if (outcome == "lost" && votesFor > against)
            (votesFor, against) = (against, votesFor);

        return new MotionDraft(text, mover, seconder, outcome, votesFor, against, abstained, item?.Number)
        {
            Confidence = text is null || outcome is null ? 0.6 : 0.8,
        };
    }

    /// <summary>The outcome and the votes said in <paramref name="text"/>.</summary>
    private static (string? Outcome, int? For, int? Against, int? Abstained) Result(string text)
    {
        string? outcome = null;
        if (OutcomeWord().Match(text) is { Success: true } word)
        {
            var w = word.Value.ToLowerInvariant();
            outcome = w.StartsWith("withdr", StringComparison.Ordinal) ? "withdrawn"
                : w is "carried" or "passed" or "agreed" ? "carried"
                : "lost";
        }

        int? votesFor = null, against = null, abstained = null;
        if (LabelledCounts().Match(text) is { Success: true } labelled)
        {
            (votesFor, against, abstained) = (Count(labelled.Groups["for"].Value), Count(labelled.Groups["against"].Value), labelled.Groups["abstained"].Success ? Count(labelled.Groups["abstained"].Value) : null);
        }
        else if (CountsFirst().Match(text) is { Success: true } first && Count(first.Groups["for"].Value) is { } f && Count(first.Groups["against"].Value) is { } a)
        {
            (votesFor, against, abstained) = (f, a, first.Groups["abstained"].Success ? Count(first.Groups["abstained"].Value) : null);
        }
        else if (VotesTo().Match(text) is { Success: true } to && Count(to.Groups["a"].Value) is { } x && Count(to.Groups["b"].Value) is { } y)
        {
            // "carried by 6 votes to 3", "lost by 2 votes to 5": the larger side won when carried.
            (votesFor, against) = outcome == "lost" ? (Math.Min(x, y), Math.Max(x, y)) : (Math.Max(x, y), Math.Min(x, y));
        }

        if (votesFor is not null && abstained is null && Abstentions().Match(text) is { Success: true } abstentions)
            abstained = Count(abstentions.Groups["abstained"].Value);
        return (outcome, votesFor, against, abstained);
    }

    private static int? Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Numbers.TryGetValue(text, out var word) ? word : null;

    /// <summary>The name without a sentence's opening words ("It was noted that Cllr Smith"): the last few capitalised words.</summary>
    private static string? TrimName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.All(w => NotAPerson.Contains(w.TrimEnd('.'))))
            return null;
        var start = Array.FindLastIndex(words, w => NotAPerson.Contains(w.TrimEnd('.'))) + 1;
        return start >= words.Length ? null : string.Join(' ', words[start..]);
    }

    private static string? NextText(IReadOnlyList<TextLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count && j <= index + 2; j++)
        {
            if (lines[j].IsBlank)
                continue;
            return lines[j].Kind is LineKind.Text or LineKind.ListItem ? lines[j].Text : null;
        }

        return null;
    }

    private static string? Clean(string text)
    {
        var clean = TextCleaning.Squash(text).Trim().TrimEnd('.', ',', ';', ':', ' ').Trim();
        return clean.Length == 0 ? null : clean;
    }
}
