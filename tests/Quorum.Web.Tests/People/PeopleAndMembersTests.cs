using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Meetings;

namespace Quorum.Web.Tests.People;

public sealed class PeopleAndMembersTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task AnonymousVisitor_SeesPeople_ButNotTheirContactDetails()
    {
        var s = await app.NewScenarioAsync();
        await app.WithDbAsync(async db =>
        {
            var person = await db.People.FindAsync(s.MemberA.Id);
            person!.Email = $"alan-{s.Suffix}@example.org";
            await db.SaveChangesAsync();
        });

        var anonymous = await (await app.SignedInClientAsync(s, Persona.Anonymous)).GetStringAsync($"/people/{s.MemberA.Id}");
        anonymous.ShouldContain(s.MemberA.FullName);
        anonymous.ShouldNotContain($"alan-{s.Suffix}@example.org");
        (await (await app.SignedInClientAsync(s, Persona.MemberOfB)).GetStringAsync($"/people/{s.MemberA.Id}")).ShouldContain($"alan-{s.Suffix}@example.org");
        (await (await app.SignedInClientAsync(s, Persona.Anonymous)).GetStringAsync($"/people?Q={s.Suffix}")).ShouldContain(s.MemberA.FullName);
    }

    [Fact]
    public async Task ThePeopleList_IsPagedByPageNumber_AndOldPageLinksStillWork()
    {
        var s = await app.NewScenarioAsync();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 55; i++)
                db.People.Add(new Quorum.People.Person { FullName = $"Paged {s.Suffix} {i:00}" });
            await db.SaveChangesAsync();
        });
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);

        var first = await anonymous.GetStringAsync($"/people?Q=Paged {s.Suffix}");
        first.ShouldContain($"Paged {s.Suffix} 00");
        first.ShouldNotContain($"Paged {s.Suffix} 52");
        first.ShouldContain($"pageNumber=2&amp;Q=Paged%20{s.Suffix}");
        var second = await anonymous.GetStringAsync($"/people?pageNumber=2&Q=Paged {s.Suffix}");
        second.ShouldContain($"Paged {s.Suffix} 52");
        second.ShouldNotContain($"Paged {s.Suffix} 00");
        (await anonymous.GetStringAsync($"/people?page=2&Q=Paged {s.Suffix}")).ShouldContain($"Paged {s.Suffix} 52");
        (await anonymous.GetAsync($"/people?pageNumber=2147483647&Q=Paged {s.Suffix}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ManyPagesOfPeople_LinkTheFirstTheLastAndTheNeighbours_NotEveryPage()
    {
        var s = await app.NewScenarioAsync();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 301; i++)
                db.People.Add(new Quorum.People.Person { FullName = $"Many {s.Suffix} {i:000}" });
            await db.SaveChangesAsync();
        });
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);

        var third = await anonymous.GetStringAsync($"/people?pageNumber=3&Q=Many {s.Suffix}");
        foreach (var linked in new[] { 1, 2, 3, 4, 7 })
            third.ShouldContain($"aria-label=\"Page {linked}\"");
        foreach (var left in new[] { 5, 6 })
            third.ShouldNotContain($"aria-label=\"Page {left}\"");
        third.ShouldContain("govuk-pagination__item--ellipses");
        third.ShouldContain("aria-current=\"page\">3<");
    }

    [Fact]
    public async Task Clerk_AddsAPersonAndAnOrganisation_DuplicateNameIsRefused_MemberMayNot()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var org = await clerk.PostFormAsync("/organisations", new Dictionary<string, string> { ["Name"] = $"Socitm {s.Suffix}" });
        org.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await clerk.PostFormAsync("/organisations", new Dictionary<string, string> { ["Name"] = $"Socitm {s.Suffix}" });
        (await again.Content.ReadAsStringAsync()).ShouldContain($"There is already an organisation called Socitm {s.Suffix}");

        var orgId = org.Headers.Location!.ToString().Split('/').Last();
        var person = await clerk.PostFormAsync("/people/new", new Dictionary<string, string> { ["Input.FullName"] = $"Mark Brett {s.Suffix}", ["Input.OrganisationId"] = orgId });
        person.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.GetStringAsync(person.Headers.Location!.ToString())).ShouldContain($"Socitm {s.Suffix}");

        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);
        (await member.GetAsync("/people/new")).Headers.Location!.ToString().ShouldContain("/account/denied");
    }

    [Fact]
    public async Task PersonPage_ShowsAttendanceRecord_AsOfTheMeeting_PublicOnceMinutesArePublished()
    {
        var s = await app.NewScenarioAsync();
        var meetingId = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 2, 5) };
            meeting.MarkHeld();
            meeting.Attendance.Add(new Attendance { PersonId = s.MemberA.Id, Status = AttendanceStatus.Apologies, OrganisationName = "Old Employer Council", Role = "Vice-Chair" });
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

        (await (await app.SignedInClientAsync(s, Persona.Anonymous)).GetStringAsync($"/people/{s.MemberA.Id}")).ShouldNotContain("Old Employer Council");
        var member = await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetStringAsync($"/people/{s.MemberA.Id}");
        member.ShouldContain("Old Employer Council, Vice-Chair");
        member.ShouldContain("Apologies");

        await app.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
            meeting.StartMinutes();
            var next = new Meeting { BodyId = s.BodyA.Id, Number = 2, Date = new DateOnly(2026, 4, 5) };
            next.MarkHeld();
            db.Meetings.Add(next);
            await db.SaveChangesAsync();
            meeting.ApproveMinutesAt(next);
            meeting.PublishMinutes();
            await db.SaveChangesAsync();
        });
        (await (await app.SignedInClientAsync(s, Persona.Anonymous)).GetStringAsync($"/people/{s.MemberA.Id}")).ShouldContain("Old Employer Council");
    }

    [Fact]
    public async Task Clerk_AddsAndEndsAMembership_AndAnImpossibleDateIsRefused()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var url = $"/bodies/{s.BodyA.ShortName}/members";

        var bad = await clerk.PostFormAsync(url, new Dictionary<string, string> { ["PersonId"] = s.MemberB.Id.ToString(), ["Role"] = "Observer", ["From.Day"] = "31", ["From.Month"] = "2", ["From.Year"] = "2026" });
        (await bad.Content.ReadAsStringAsync()).ShouldContain("February 2026 has 28 days");

        (await clerk.PostFormAsync(url, new Dictionary<string, string> { ["PersonId"] = s.MemberB.Id.ToString(), ["Role"] = "Observer", ["From.Day"] = "1", ["From.Month"] = "1", ["From.Year"] = "2026" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var seat = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.BodyId == s.BodyA.Id && m.PersonId == s.MemberB.Id));
        seat.Role.ShouldBe(Quorum.Bodies.MembershipRole.Observer);

        (await clerk.PostFormAsync($"{url}?handler=End&membership={seat.Id}", new Dictionary<string, string> { ["endDay"] = "30", ["endMonth"] = "6", ["endYear"] = "2026" }, url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.Id == seat.Id))).Until.ShouldBe(new DateOnly(2026, 6, 30));
        (await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
