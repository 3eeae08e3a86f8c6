using System.Text.RegularExpressions;

namespace Quorum.Import.Minutes;

/// <summary>Splits a line of minutes into sentences.</summary>
public static partial class Sentences
{
    // A sentence may end inside its closing quote: "… rather than “machine.” It was decided …"; and on a vote's count
    // ("The motion carried 3-0. The minutes …") as on a word. "etc." closes a list, and a capital after it starts the next
    // sentence ("… social media, YouTube etc. Anyone interested …"); inside a sentence a comma or a small word follows it.
    // A vote's count closes its sentence without a stop when a PDF runs the next entry on ("… seconded by Tom. Yes - 5, No - 0
    // Old Hall – the cost …").
    // So does a motion's outcome when the next motion follows it ("Voice vote-Motion carried Motion by Ann to accept …").
    // "No." before a number is the number's, not a new sentence's: "Merlin Waste - £27.12 (Ch. No. 300050)" is one cheque.
    [GeneratedRegex(@"(?:(?<=(?:\w\w|\d[-–]\d|[\)’'""])[.!?][”""]?)(?<!\b(?:Mr|Mrs|Ms|Dr|Cllr|St|No|Prof|Rev|vs|approx|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)|(?<=\b(?i:yes|ayes?|yeas?)\s*[:\-–]?\s*\d+[\s,;]*(?i:no|nays?|noes)\s*[:\-–]?\s*\d+))\s+(?=[A-Z“""‘(])(?!No\.?\s*\d)|(?<=\b(?i:carried|passed|failed|approved|adopted))\s+(?=(?:Motion|MOTION)\s+(?:by|to|made|was)\b|(?:Moved|Motioned|Seconded)\s+by\b)")]
    private static partial Regex Boundary();

    // Decisions, actions, attendance and conduct each split the same lines: the boundary pattern is tried once a text.
    private static readonly LineMemo<string[]> Known = new(SplitOnce);

    /// <summary>The sentences of the text, trimmed. The array is shared with every reader of the same text: copy it to change it.</summary>
    public static string[] Split(string text) => Known.Read(text);

    private static string[] SplitOnce(string text)
    {
        // Most lines hold one sentence: without a stop there is no boundary for the pattern to
        // look for, and trying its look-behind at every position is most of the reading's time.
        if (text.AsSpan().IndexOfAny(SentenceStops) < 0)
            return text.Trim() is { Length: > 0 } whole ? [whole] : [];
        return Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
    }

    private static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create(".!?");
}
