using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Demo;

namespace Quorum.Web.Tests.Conduct;

/// <summary>The demo shows the conduct of meetings: its own database, since the demo refuses one holding anything else.</summary>
public sealed class DemoConductTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task TheDemo_HasAQuorateAndAnInformalMeeting_DeclarationsMotionsVotesAndRegisters()
    {
        (await app.WithDbAsync(db => DemoData.LoadAsync(db, new DateOnly(2026, 11, 24)))).ShouldBeTrue();
        var (c1, f3, members, nora) = await app.WithDbAsync(async db =>
        {
            var council = await db.Bodies.Include(b => b.Memberships).SingleAsync(b => b.ShortName == "NDLC");
            var meeting = await db.Meetings.SingleAsync(m => m.BodyId == council.Id && m.Number == 1);
            var informal = await db.Meetings.SingleAsync(m => m.Body!.ShortName == "DFG" && m.Number == 3);
            var seats = council.Memberships.Where(m => m.Role is not (Quorum.Bodies.MembershipRole.Secretary or Quorum.Bodies.MembershipRole.Observer)).Select(m => m.PersonId).Distinct().ToList();
            var withRegister = await db.InterestRegisterVersions.Where(v => v.BodyId == council.Id && v.PublishedOn != null).Select(v => v.PersonId).Distinct().CountAsync();
            withRegister.ShouldBe(seats.Count, "every member of the Council has a published register");
            return (meeting.Id, informal.Id, seats.Count, (await db.People.SingleAsync(p => p.FullName == "Nora Godwin")).Id);
        });
        members.ShouldBeGreaterThan(5);

        var anonymous = app.CreateClient();
        var minutes = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/meetings/{c1}"));
        minutes.ShouldContain("Quorate: 8 voting members present, 4 needed");
        minutes.ShouldContain("Peter Bowles declared a disclosable pecuniary interest");
        minutes.ShouldContain("Nora Godwin declared an other registrable interest");
        minutes.ShouldContain("Tim Rowlands declared a non-registrable interest");
        minutes.ShouldContain("on the chair's casting vote for");
        minutes.ShouldContain("Recorded vote. For: Graham Pike, Joanna Creswell, Kaye Browning, Michael Fenton, Nora Godwin, Steven Sankar. Against: Tim Rowlands.");

        var informal = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync($"/meetings/{f3}"));
        informal.ShouldContain("Informal meeting");

        var register = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/people/{nora}/interests"));
        register.ShouldContain("withheld (sensitive interest)");
        register.ShouldNotContain("Her home in Eastbrook");
    }
}
