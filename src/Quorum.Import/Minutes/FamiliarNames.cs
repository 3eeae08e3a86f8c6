namespace Quorum.Import.Minutes;

/// <summary>
/// The familiar forms English minutes use for given names ("Mike" for Michael, "Liz" for Elizabeth),
/// so that "Mike to send the errata" finds Michael Fanning in the attendance list. The gazetteer of
/// given names has no such pairs; these are the common ones of English usage.
/// </summary>
public static class FamiliarNames
{
    // familiar:given[,given…], one pair a word.
    private const string Pairs =
        "mike:michael mick:michael dave:david bob:robert rob:robert bill:william will:william jim:james "
        + "jamie:james tom:thomas liz:elizabeth beth:elizabeth kate:katherine,catherine,kathryn "
        + "katie:katherine,catherine,kathryn chris:christopher,christine,christina sam:samuel,samantha "
        + "nick:nicholas steve:stephen,steven andy:andrew drew:andrew tony:anthony pete:peter dan:daniel "
        + "danny:daniel matt:matthew ben:benjamin alex:alexander,alexandra jen:jennifer jenny:jennifer "
        + "sue:susan,suzanne pat:patricia,patrick rick:richard dick:richard rich:richard ted:edward "
        + "ed:edward,edwin jon:jonathan joe:joseph tim:timothy greg:gregory jeff:jeffrey ken:kenneth "
        + "larry:lawrence,laurence ron:ronald don:donald phil:philip,phillip charlie:charles fred:frederick "
        + "harry:henry,harold maggie:margaret meg:margaret peggy:margaret jo:joanne,joanna,josephine "
        + "vicky:victoria becky:rebecca nic:nicola,nicholas nicky:nicola gill:gillian jill:gillian "
        + "di:diana,diane val:valerie sandy:sandra,alexander stu:stuart,stewart geoff:geoffrey "
        + "gerry:gerald,gerard terry:terence les:leslie len:leonard ray:raymond debbie:deborah mandy:amanda "
        + "abby:abigail cathy:catherine kathy:katherine tricia:patricia norm:norman frank:francis,franklin fran:frances,francesca "
        + "hank:henry jack:john jerry:gerald,jerome doug:douglas nate:nathan,nathaniel zach:zachary jake:jacob josh:joshua kim:kimberly "
        + "bert:albert,herbert wes:wesley theo:theodore tad:thaddeus,tadeusz ";

    private static readonly Dictionary<string, string[]> Forms = Pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split(':'))
        .ToDictionary(p => p[0], p => p[1].Split(','), StringComparer.Ordinal);

    /// <summary>True when <paramref name="familiar"/> (lower case) is a usual short form of <paramref name="given"/> (lower case).</summary>
    public static bool Fits(string familiar, string given) =>
        familiar != given && Forms.TryGetValue(familiar, out var full) && full.Contains(given, StringComparer.Ordinal);
}
