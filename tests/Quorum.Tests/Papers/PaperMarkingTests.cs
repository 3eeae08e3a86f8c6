using Quorum.Bodies;
using Quorum.Papers;
using Quorum.People;

namespace Quorum.Tests.Papers;

public class PaperMarkingTests
{
    [Fact]
    public void ALegacyMarking_IsShownBesideTodaysOne_InCapitals()
    {
        var paper = new Paper { Title = "Staffing" };
        paper.Classify(ProtectiveMarking.OfficialSensitive, " restricted ", Circulation.NamedPeople, [], [new Person { FullName = "Ada" }]);

        paper.MarkingLabel.ShouldBe("OFFICIAL-SENSITIVE (was RESTRICTED)");
        paper.LegacyMarking.ShouldBe("RESTRICTED");

        paper.Classify(ProtectiveMarking.Official, "  ", Circulation.Public, [], []);
        paper.MarkingLabel.ShouldBe("OFFICIAL");
        paper.LegacyMarking.ShouldBeNull();
    }

    [Fact]
    public void Classifying_KeepsOnlyTheCirculationListItsCirculationUses()
    {
        var body = new Body { Name = "Council", ShortName = "C" };
        var ada = new Person { FullName = "Ada" };
        var paper = new Paper { Title = "Budget" };

        paper.Classify(ProtectiveMarking.OfficialSensitive, null, Circulation.MembersOfBodies, [body], [ada]);
        (paper.Circulation, paper.CirculatedToBodies.Count, paper.CirculatedToPeople.Count).ShouldBe((Circulation.MembersOfBodies, 1, 0));

        paper.Classify(ProtectiveMarking.Secret, null, Circulation.NamedPeople, [body], [ada]);
        (paper.Circulation, paper.Marking, paper.CirculatedToBodies.Count, paper.CirculatedToPeople.Count).ShouldBe((Circulation.NamedPeople, ProtectiveMarking.Secret, 0, 1));

        paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [body], [ada]);
        (paper.CirculatedToBodies.Count, paper.CirculatedToPeople.Count).ShouldBe((0, 0));
    }

    [Theory]
    [InlineData(ProtectiveMarking.OfficialSensitive, Circulation.Public, "A paper marked OFFICIAL-SENSITIVE cannot be public: choose who it is circulated to.")]
    [InlineData(ProtectiveMarking.Secret, Circulation.Public, "A paper marked SECRET cannot be public: choose who it is circulated to.")]
    [InlineData(ProtectiveMarking.Official, Circulation.MembersOfBodies, "Choose the bodies whose members may see the paper.")]
    [InlineData(ProtectiveMarking.Official, Circulation.NamedPeople, "Choose the people who may see the paper.")]
    public void AClassificationThatWouldPublishTooMuch_OrNameNobody_IsRefused_AndChangesNothing(ProtectiveMarking marking, Circulation circulation, string message)
    {
        var paper = new Paper { Title = "Budget" };
        Should.Throw<DomainException>(() => paper.Classify(marking, "PROTECT", circulation, [], [])).Message.ShouldBe(message);
        (paper.Marking, paper.LegacyMarking, paper.Circulation).ShouldBe((ProtectiveMarking.Official, (string?)null, Circulation.MembersOfBodies));
    }

    [Fact]
    public void ADownload_CarriesItsMarking_AndATitleSafeForAFileName()
    {
        var paper = new Paper { Title = " Budget: \"draft\"; v/2 <a|b> *?\\\t " };
        paper.Classify(ProtectiveMarking.OfficialSensitive, null, Circulation.NamedPeople, [], [new Person { FullName = "Ada" }]);

        paper.DownloadName(new PaperVersion { Number = 3, FileName = "budget.final.PDF", ContentType = "application/pdf", Sha256 = "x", UploadedBy = "clerk" })
            .ShouldBe("OFFICIAL-SENSITIVE - Budget_ _draft__ v_2 _a_b_ ____ v3.PDF");
    }

    [Fact]
    public void ANewPaper_IsForTheMembersOfItsBodies_UntilClassified() =>
        new Paper { Title = "Budget" }.Circulation.ShouldBe(Circulation.MembersOfBodies);

    [Fact]
    public void TheLatestVersion_IsTheHighestNumber()
    {
        var paper = new Paper { Title = "Budget" };
        paper.Latest.ShouldBeNull();
        paper.Versions.AddRange([Version(2), Version(10), Version(1)]);
        paper.Latest!.Number.ShouldBe(10);
    }

    private static PaperVersion Version(int number) => new() { Number = number, FileName = "a.pdf", ContentType = "application/pdf", Sha256 = "x", UploadedBy = "clerk" };
}
