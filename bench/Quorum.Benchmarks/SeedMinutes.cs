namespace Quorum.Benchmarks;

/// <summary>Minutes of the shape of the corpus seeds: attendance, numbered items, actions, decisions.</summary>
public static class SeedMinutes
{
    public static List<string> Lines()
    {
        var lines = new List<string>
        {
            "LOCAL CIO COUNCIL",
            "MINUTES OF MEETING HELD ON THURSDAY 8th January 2009",
            "AT SUNNINGDALE PARK, BERKSHIRE",
            string.Empty,
            "Present:\tJos Creese\tHampshire County Council (Chair)",
        };
        string[] people = ["Mark Brett", "Dylan Roberts", "Vic Freir", "Steve Sankey", "Peter Bole", "Helen Finnimore", "Glyn Evans", "Rose Crozier", "Mick Phythian", "Richard Steel", "Pam Larsen"];
        lines.AddRange(people.Select(p => $"\t{p}\tSomewhere County Council"));
        lines.Add("Apologies:\tTim Rainey\tTameside Metropolitan Borough Council");
        lines.Add(string.Empty);
        for (var item = 1; item <= 12; item++)
        {
            lines.Add($"{item}. Agenda item number {item}");
            lines.Add(string.Empty);
            lines.Add($"{people[item % people.Length]} introduced the item and the council discussed the paper circulated before the meeting.");
            lines.Add(string.Empty);
            lines.Add($"Action LG CIO 03/{item:D2}: {people[(item + 3) % people.Length]} to follow up with the working group by 31 March 2009");
            lines.Add(string.Empty);
            lines.Add("It was agreed that the paper be noted and circulated to members.");
            lines.Add(string.Empty);
        }

        lines.Add("13. Date of next meeting");
        lines.Add("Tuesday 2nd February 2009, London");
        return lines;
    }
}
