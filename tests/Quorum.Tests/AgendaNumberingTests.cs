using Quorum.Meetings;

namespace Quorum.Tests;

public class AgendaNumberingTests
{
    private static Meeting WithItems(params string[] titles)
    {
        var meeting = new Meeting { Number = 1, Date = new DateOnly(2026, 1, 7) };
        foreach (var title in titles)
            meeting.AddAgendaItem(title);
        return meeting;
    }

    private static string[] Numbers(Meeting meeting) => [.. meeting.AgendaInOrder().Select(i => $"{i.Number} {i.Title}")];

    [Fact]
    public void Items_AreNumberedInOrder()
    {
        Numbers(WithItems("Welcome", "Minutes", "AOB")).ShouldBe(["1 Welcome", "2 Minutes", "3 AOB"]);
    }

    [Fact]
    public void NestingAnItem_MakesItASubItemOfTheOneAbove()
    {
        var meeting = WithItems("Welcome", "Updates", "Cloud", "AOB");
        meeting.NestAgendaItem(meeting.AgendaItems.Single(i => i.Title == "Cloud"));

        Numbers(meeting).ShouldBe(["1 Welcome", "2 Updates", "2.1 Cloud", "3 AOB"]);
    }

    [Fact]
    public void UnnestingASubItem_PlacesItAfterItsParent()
    {
        var meeting = WithItems("Welcome", "Updates", "AOB");
        var updates = meeting.AgendaItems.Single(i => i.Title == "Updates");
        var cloud = meeting.AddAgendaItem("Cloud", updates);
        meeting.AddAgendaItem("Cyber", updates);

        meeting.UnnestAgendaItem(cloud);

        Numbers(meeting).ShouldBe(["1 Welcome", "2 Updates", "2.1 Cyber", "3 Cloud", "4 AOB"]);
    }

    [Fact]
    public void MovingAnItem_Renumbers()
    {
        var meeting = WithItems("Welcome", "Minutes", "AOB");
        meeting.MoveAgendaItem(meeting.AgendaItems.Single(i => i.Title == "AOB"), -1);

        Numbers(meeting).ShouldBe(["1 Welcome", "2 AOB", "3 Minutes"]);
    }

    [Fact]
    public void RemovingAnItem_ClosesTheGap()
    {
        var meeting = WithItems("Welcome", "Minutes", "AOB");
        meeting.RemoveAgendaItem(meeting.AgendaItems.Single(i => i.Title == "Minutes"));

        Numbers(meeting).ShouldBe(["1 Welcome", "2 AOB"]);
    }

    [Fact]
    public void FirstItem_CannotBeNested_AndNestingIsOneLevelDeep()
    {
        var meeting = WithItems("Welcome", "Updates");
        Should.Throw<DomainException>(() => meeting.NestAgendaItem(meeting.AgendaItems[0]));
        var cloud = meeting.AddAgendaItem("Cloud", meeting.AgendaItems[1]);
        Should.Throw<DomainException>(() => meeting.AddAgendaItem("Deeper", cloud));
    }

    [Fact]
    public void StandingItems_StartAnEmptyAgendaOnly()
    {
        var meeting = new Meeting { Number = 2, Date = new DateOnly(2026, 3, 1) };
        meeting.StartAgendaWithStandingItems(new Bodies.Body { Name = "Board", ShortName = "B" });
        meeting.StartAgendaWithStandingItems(new Bodies.Body { Name = "Board", ShortName = "B", StandingItems = "Should not be added" });

        Numbers(meeting).ShouldBe(["1 Welcome and apologies", "2 Minutes of the previous meeting and matters arising", "3 Any other business", "4 Date of next meeting"]);
        meeting.AgendaItems[1].IsMattersArising.ShouldBeTrue();
    }

    [Fact]
    public void MattersArising_IsTheStandingItemTheBodyNames_NotAnItemWithThoseWords()
    {
        var body = new Bodies.Body { Name = "Board", ShortName = "B", StandingItems = "Welcome\nAction log review\nAOB", MattersArisingItem = "Action log review" };
        var meeting = new Meeting { Number = 2, Date = new DateOnly(2026, 3, 1) };
        meeting.StartAgendaWithStandingItems(body);
        var added = meeting.AddAgendaItem("Report on matters arising from the audit");

        meeting.AgendaItems.Where(i => i.IsMattersArising).Select(i => i.Title).ShouldBe(["Action log review"]);
        added.IsMattersArising.ShouldBeFalse();
    }

    [Fact]
    public void AnAgendaHasOneMattersArisingItem_AndItKeepsItsKindWhenRenamed()
    {
        var meeting = new Meeting { Number = 2, Date = new DateOnly(2026, 3, 1) };
        meeting.StartAgendaWithStandingItems(new Bodies.Body { Name = "Board", ShortName = "B" });
        var aob = meeting.AgendaItems[2];

        meeting.SetKind(aob, AgendaItemKind.MattersArising);
        aob.Title = "Other business";

        meeting.AgendaItems.Where(i => i.IsMattersArising).ShouldBe([aob]);
    }
}
