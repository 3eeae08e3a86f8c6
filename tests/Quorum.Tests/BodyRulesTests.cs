using Quorum.Bodies;

namespace Quorum.Tests;

/// <summary>A body's name over time, its standing items, and on which days a seat on it is held.</summary>
public class BodyRulesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ABlankNewName_IsRefused_AndTheNameKept(string name)
    {
        var body = new Body { Name = "Audit Panel", ShortName = "AP" };

        Should.Throw<DomainException>(() => body.Rename(name, new DateOnly(2020, 1, 1))).Message.ShouldBe("Enter the body's new name.");
        body.Name.ShouldBe("Audit Panel");
        body.FormerNames.ShouldBeEmpty();
    }

    [Fact]
    public void ANewName_IsTrimmed_AndTheSameNameWithSpacesIsNoRename()
    {
        var body = new Body { Name = "Audit Panel", ShortName = "AP" };

        Should.Throw<DomainException>(() => body.Rename("  Audit Panel ", new DateOnly(2020, 1, 1))).Message.ShouldBe("The body is already called Audit Panel.");
        body.Rename("  Audit Committee ", new DateOnly(2020, 1, 1));

        body.Name.ShouldBe("Audit Committee");
    }

    [Fact]
    public void AFormerName_WasUsedFromTheLatestEarlierChange()
    {
        var body = new Body { Name = "A", ShortName = "A" };
        body.FormerNames.Add(new FormerName { Name = "Older", From = null, Until = new DateOnly(2015, 4, 1) });
        body.FormerNames.Add(new FormerName { Name = "Oldest", From = null, Until = new DateOnly(2009, 7, 1) });

        body.Rename("B", new DateOnly(2020, 1, 1));

        body.FormerNames[^1].From.ShouldBe(new DateOnly(2015, 4, 1));
    }

    [Fact]
    public void StandingItems_AreItsNonBlankLinesTrimmed()
    {
        new Body { Name = "A", ShortName = "A", StandingItems = " Welcome \n\n Any other business\n" }.StandingItemTitles.ShouldBe(["Welcome", "Any other business"]);
        new Body { Name = "A", ShortName = "A" }.StandingItemTitles.ShouldBe(Body.DefaultStandingItems);
    }

    [Theory]
    [InlineData(null, null, "2026-03-12", true)]
    [InlineData("2026-03-12", null, "2026-03-12", true)]
    [InlineData("2026-03-13", null, "2026-03-12", false)]
    [InlineData(null, "2026-03-12", "2026-03-12", true)]
    [InlineData(null, "2026-03-11", "2026-03-12", false)]
    public void ASeat_IsHeldFromItsFirstDayToItsLast(string? from, string? until, string day, bool current) =>
        new Membership { From = Day(from), Until = Day(until) }.IsCurrentOn(Day(day)!.Value).ShouldBe(current);

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
