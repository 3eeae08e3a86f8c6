using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;

namespace Quorum.Tests.Access;

/// <summary>
/// The cases of the visibility rule that the shared council of <see cref="VisibilityFixture"/> has
/// no row for: a public paper of no meeting or of another body's meeting, a paper circulated to
/// more than one body or person, and an action whose copy of its minutes' state is out of date.
/// Each test builds its own records.
/// </summary>
public sealed class CirculationVisibilityTests : IDisposable
{
    private readonly InMemoryQuorum quorum = InMemoryQuorum.CompilingEveryQuery();
    private readonly int council;
    private readonly int panel;
    private readonly int ada;
    private readonly int bea;
    private readonly int councilMeeting;
    private readonly int panelMeeting;

    public CirculationVisibilityTests()
    {
        using var db = quorum.Open(Viewer.System);
        var councilBody = new Body { Name = "Council Committee", ShortName = "CC" };
        var panelBody = new Body { Name = "Audit Panel", ShortName = "AP", IsPublic = false };
        var adaPerson = new Person { FullName = "Ada Member" };
        var beaPerson = new Person { FullName = "Bea Member" };
        var first = new Meeting { Body = councilBody, Number = 1, Date = new DateOnly(2026, 3, 1) };
        var panelFirst = new Meeting { Body = panelBody, Number = 1, Date = new DateOnly(2026, 3, 2) };
        db.AddRange(councilBody, panelBody, adaPerson, beaPerson, first, panelFirst);
        db.SaveChanges();
        council = councilBody.Id;
        panel = panelBody.Id;
        ada = adaPerson.Id;
        bea = beaPerson.Id;
        councilMeeting = first.Id;
        panelMeeting = panelFirst.Id;
    }

    public void Dispose() => quorum.Dispose();

    private Viewer CouncilMember => new() { UserId = "ada", PersonId = ada, MemberOf = [council] };

    private Viewer PanelMember => new() { UserId = "bea", PersonId = bea, MemberOf = [panel] };

    private void AddPaper(string title, int? meeting, Circulation circulation, int[] bodies, int[] people)
    {
        using var db = quorum.Open(Viewer.System);
        var paper = new Paper { BodyId = council, MeetingId = meeting, Title = title };
        paper.Classify(circulation == Circulation.Public ? ProtectiveMarking.Official : ProtectiveMarking.OfficialSensitive, null, circulation,
            [.. db.Bodies.Where(b => bodies.Contains(b.Id))], [.. db.People.Where(p => people.Contains(p.Id))]);
        db.Papers.Add(paper);
        db.SaveChanges();
    }

    private string[] Papers(Viewer viewer)
    {
        using var db = quorum.Open(viewer);
        return [.. db.Papers.Select(p => p.Title).AsEnumerable().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void PublicPaperOfNoMeeting_IsSeenByAnyoneWhoSeesItsBody()
    {
        AddPaper("standing orders", null, Circulation.Public, [], []);

        Papers(Viewer.Anonymous).ShouldBe(["standing orders"]);
    }

    [Fact]
    public void PublicPaperTabledAtAPrivateBodysMeeting_IsSeenOnlyByThoseWhoSeeThatMeeting()
    {
        AddPaper("tabled at the panel", panelMeeting, Circulation.Public, [], []);
        AddPaper("tabled at the council", councilMeeting, Circulation.Public, [], []);

        Papers(Viewer.Anonymous).ShouldBe(["tabled at the council"]);
        Papers(CouncilMember).ShouldBe(["tabled at the council"]);
        Papers(PanelMember).ShouldBe(["tabled at the council", "tabled at the panel"]);
    }

    [Fact]
    public void PaperCirculatedToTwoBodies_ReachesAMemberOfEither()
    {
        AddPaper("for both bodies", null, Circulation.MembersOfBodies, [council, panel], []);

        Papers(PanelMember).ShouldBe(["for both bodies"]);
        Papers(CouncilMember).ShouldBe(["for both bodies"]);
        Papers(Viewer.Anonymous).ShouldBeEmpty();
    }

    [Fact]
    public void PaperForTwoNamedPeople_ReachesEachOfThem()
    {
        AddPaper("for Ada and Bea", null, Circulation.NamedPeople, [], [ada, bea]);

        Papers(CouncilMember).ShouldBe(["for Ada and Bea"]);
        Papers(PanelMember).ShouldBe(["for Ada and Bea"]);
        Papers(new Viewer { UserId = "cy", PersonId = bea + ada + 1 }).ShouldBeEmpty();
        Papers(Viewer.Anonymous).ShouldBeEmpty();
    }

    [Fact]
    public void ActionWhoseCopySaysItsDraftMinutesArePublished_StaysHidden_TheMeetingDecides()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            db.Actions.Add(new ActionItem { BodyId = council, MeetingId = councilMeeting, Sequence = 1, Reference = "CC1", Text = "draft action" });
            db.SaveChanges();
            // A copy out of step with its meeting, as a write that bypassed the register would leave it.
            db.Actions.ExecuteUpdate(s => s.SetProperty(a => a.MinutesPublished, true));
        }

        using var anonymous = quorum.Open(Viewer.Anonymous);
        anonymous.Actions.Select(a => a.Text).ToList().ShouldBeEmpty();
        using var member = quorum.Open(CouncilMember);
        member.Actions.Select(a => a.Text).ToList().ShouldBe(["draft action"]);
    }
}
