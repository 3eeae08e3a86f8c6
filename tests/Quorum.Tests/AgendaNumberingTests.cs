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

    [Fact]
    public void AnItemAtEitherEnd_MovedPastIt_StaysWhereItIs()
    {
        var meeting = WithItems("Welcome", "Minutes", "AOB");

        meeting.MoveAgendaItem(meeting.AgendaItems.Single(i => i.Title == "Welcome"), -1);
        meeting.MoveAgendaItem(meeting.AgendaItems.Single(i => i.Title == "AOB"), +1);
        meeting.MoveAgendaItem(new AgendaItem { Title = "Not on this agenda" }, +1);

        Numbers(meeting).ShouldBe(["1 Welcome", "2 Minutes", "3 AOB"]);
        meeting.AgendaItems.Select(i => i.Position).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void ASubItem_MovesAmongTheSubItemsOfItsParent()
    {
        var meeting = WithItems("Welcome", "Updates", "AOB");
        var updates = meeting.AgendaItems.Single(i => i.Title == "Updates");
        meeting.AddAgendaItem("Cloud", updates);
        var cyber = meeting.AddAgendaItem("Cyber", updates);

        meeting.MoveAgendaItem(cyber, -1);
        meeting.MoveAgendaItem(cyber, -1);

        Numbers(meeting).ShouldBe(["1 Welcome", "2 Updates", "2.1 Cyber", "2.2 Cloud", "3 AOB"]);
    }

    [Fact]
    public void AnItemMovedDown_TakesThePlaceOfTheOneBelow()
    {
        var meeting = WithItems("Welcome", "Minutes", "AOB");
        meeting.MoveAgendaItem(meeting.AgendaItems.Single(i => i.Title == "Welcome"), +1);

        Numbers(meeting).ShouldBe(["1 Minutes", "2 Welcome", "3 AOB"]);
    }

    [Fact]
    public void AnItemNeedsATitle_KeptTrimmed()
    {
        var meeting = WithItems();

        Should.Throw<DomainException>(() => meeting.AddAgendaItem("  ")).Message.ShouldBe("Enter the item's title.");
        meeting.AddAgendaItem("  Welcome  ").Title.ShouldBe("Welcome");
        meeting.AgendaItems.Count.ShouldBe(1);
    }

    [Fact]
    public void ASubItem_IsAddedAtTheEndOfItsParentsSubItems_WithTheParentNamed()
    {
        var meeting = WithItems("Welcome", "Updates");
        var updates = meeting.AgendaItems[1];
        updates.Id = 21;

        meeting.AddAgendaItem("Cloud", updates);
        var cyber = meeting.AddAgendaItem("Cyber", updates);

        (cyber.Parent, cyber.ParentId, cyber.Position, cyber.Number).ShouldBe((updates, (int?)21, 2, "2.2"));
    }

    [Fact]
    public void OnlyATopLevelItemWithoutSubItems_IsNested_AndOnlyASubItemIsLifted()
    {
        var meeting = WithItems("Welcome", "Updates", "AOB");
        var updates = meeting.AgendaItems.Single(i => i.Title == "Updates");
        var cloud = meeting.AddAgendaItem("Cloud", updates);

        Should.Throw<DomainException>(() => meeting.NestAgendaItem(cloud)).Message.ShouldBe("Item 2.1 is already a sub-item.");
        Should.Throw<DomainException>(() => meeting.NestAgendaItem(updates)).Message.ShouldBe("Item 2 has sub-items of its own and cannot be nested.");
        Should.Throw<DomainException>(() => meeting.NestAgendaItem(meeting.AgendaItems[0])).Message.ShouldBe("The first item cannot be nested: there is no item above it.");
        Should.Throw<DomainException>(() => meeting.UnnestAgendaItem(updates)).Message.ShouldBe("Item 2 is not a sub-item.");
        Numbers(meeting).ShouldBe(["1 Welcome", "2 Updates", "2.1 Cloud", "3 AOB"]);
    }

    [Fact]
    public void AnItemNested_UnderAnItemWithSubItems_ComesLastAmongThem()
    {
        var meeting = WithItems("Welcome", "Updates", "Cyber", "AOB");
        var updates = meeting.AgendaItems.Single(i => i.Title == "Updates");
        updates.Id = 21;
        meeting.AddAgendaItem("Cloud", updates);
        var cyber = meeting.AgendaItems.Single(i => i.Title == "Cyber");

        meeting.NestAgendaItem(cyber);

        (cyber.Parent, cyber.ParentId).ShouldBe((updates, (int?)21));
        Numbers(meeting).ShouldBe(["1 Welcome", "2 Updates", "2.1 Cloud", "2.2 Cyber", "3 AOB"]);
        meeting.AgendaInOrder().Select(i => i.Position).ShouldBe([1, 2, 1, 2, 3]);
    }

    [Fact]
    public void AnItemWithSubItems_IsNotRemoved_ASubItemIs()
    {
        var meeting = WithItems("Welcome", "Updates", "AOB");
        var updates = meeting.AgendaItems.Single(i => i.Title == "Updates");
        var cloud = meeting.AddAgendaItem("Cloud", updates);
        meeting.AddAgendaItem("Cyber", updates);

        Should.Throw<DomainException>(() => meeting.RemoveAgendaItem(updates)).Message.ShouldBe("Item 2 has sub-items: remove or move them first.");
        meeting.RemoveAgendaItem(cloud);

        Numbers(meeting).ShouldBe(["1 Welcome", "2 Updates", "2.1 Cyber", "3 AOB"]);
        meeting.AgendaItems.Single(i => i.Title == "Cyber").Position.ShouldBe(1);
    }

    [Fact]
    public void TheAgendaOfApprovedMinutes_IsNotChanged()
    {
        var meeting = WithItems("Welcome", "Updates", "AOB");
        var updates = meeting.AgendaItems.Single(i => i.Title == "Updates");
        var cloud = meeting.AddAgendaItem("Cloud", updates);
        meeting.MarkHeld();
        meeting.StartMinutes();
        meeting.ApproveMinutesAt(new Meeting { Number = 2, Date = new DateOnly(2026, 2, 4) });

        Should.Throw<DomainException>(() => meeting.MoveAgendaItem(updates, -1));
        Should.Throw<DomainException>(() => meeting.NestAgendaItem(meeting.AgendaItems.Single(i => i.Title == "AOB")));
        Should.Throw<DomainException>(() => meeting.UnnestAgendaItem(cloud));
        Should.Throw<DomainException>(() => meeting.RemoveAgendaItem(cloud));
        Should.Throw<DomainException>(() => meeting.SetKind(updates, AgendaItemKind.MattersArising));

        Numbers(meeting).ShouldBe(["1 Welcome", "2 Updates", "2.1 Cloud", "3 AOB"]);
        updates.IsMattersArising.ShouldBeFalse();
    }

    [Fact]
    public void LiftingASubItem_LeavesTheOtherSubItemsCountingFromOne()
    {
        var meeting = WithItems("Welcome", "Updates", "AOB");
        var updates = meeting.AgendaItems.Single(i => i.Title == "Updates");
        var cloud = meeting.AddAgendaItem("Cloud", updates);
        meeting.AddAgendaItem("Cyber", updates);

        meeting.UnnestAgendaItem(cloud);

        meeting.AgendaInOrder().Select(i => (i.Title, i.Position)).ShouldBe([("Welcome", 1), ("Updates", 2), ("Cyber", 1), ("Cloud", 3), ("AOB", 4)]);
        (cloud.Parent, cloud.ParentId).ShouldBe((null, null));
    }
}
