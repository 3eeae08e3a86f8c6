using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ical.Net;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Calendars;

/// <summary>
/// Calendar feeds as a calendar application reads them: parsed with Ical.Net and with Mozilla's
/// ical.js, across the clock changes, and following moved and cancelled meetings.
/// </summary>
public sealed partial class CalendarFeedTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    /// <summary>The last Sunday of a month next year: the days the clocks change in Europe/London.</summary>
    private static DateOnly LastSunday(int month)
    {
        var year = DateTime.Today.Year + 1;
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Sunday)
            day = day.AddDays(-1);
        return day;
    }

    private sealed record Seeded(Meeting SpringForward, Meeting FallBack, Meeting ToMove, Meeting ToCancel, Meeting Restricted);

    private async Task<Seeded> SeedAsync(Scenario s) => await app.WithDbAsync(async db =>
    {
        var year = DateTime.Today.Year + 1;
        Meeting At(int bodyId, int number, DateOnly date, string title) =>
            new() { BodyId = bodyId, Number = number, Date = date, StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(12, 0), Title = $"{title} {s.Suffix}" };
        var seeded = new Seeded(
            At(s.BodyA.Id, 1, LastSunday(3), "Spring meeting"),
            At(s.BodyA.Id, 2, LastSunday(10), "Autumn meeting"),
            At(s.BodyA.Id, 3, new DateOnly(year, 6, 10), "Meeting to move"),
            At(s.BodyA.Id, 4, new DateOnly(year, 7, 8), "Meeting to cancel"),
            At(s.BodyB.Id, 1, new DateOnly(year, 6, 17), "Members only meeting"));
        db.Meetings.AddRange(seeded.SpringForward, seeded.FallBack, seeded.ToMove, seeded.ToCancel, seeded.Restricted);
        await db.SaveChangesAsync();
        return seeded;
    });

    [Fact]
    public async Task BodyFeed_GivesLocalTimesInTheBodysZone_AcrossTheClockChanges()
    {
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s);
        var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync($"/calendars/bodies/{s.BodyA.ShortName}.ics");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;

        calendar.TimeZones.Select(z => z.TzId).ShouldContain("Europe/London");
        var spring = calendar.Events.Single(e => e.Summary == m.SpringForward.Title);
        spring.DtStart!.TzId.ShouldBe("Europe/London");
        spring.DtStart.Value.ShouldBe(m.SpringForward.Date.ToDateTime(new TimeOnly(10, 0)));
        spring.DtStart.AsUtc.ShouldBe(m.SpringForward.Date.ToDateTime(new TimeOnly(9, 0)), "10:00 BST is 09:00 UTC");
        var autumn = calendar.Events.Single(e => e.Summary == m.FallBack.Title);
        autumn.DtStart!.AsUtc.ShouldBe(m.FallBack.Date.ToDateTime(new TimeOnly(10, 0)), "10:00 GMT is 10:00 UTC");
        autumn.DtEnd!.AsUtc.ShouldBe(m.FallBack.Date.ToDateTime(new TimeOnly(12, 0)));
        calendar.Events.ShouldNotContain(e => e.Summary == m.Restricted.Title);
    }

    [Fact]
    public async Task MovedMeeting_KeepsItsUid_AndCancelledMeeting_SaysCancelled_WithHigherSequence()
    {
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s);
        var anonymous = app.CreateClient();
        var url = $"/calendars/bodies/{s.BodyA.ShortName}.ics";
        var before = Calendar.Load(await anonymous.GetStringAsync(url))!;
        var moved = before.Events.Single(e => e.Summary == m.ToMove.Title);
        var cancelled = before.Events.Single(e => e.Summary == m.ToCancel.Title);
        moved.Status.ShouldBe("CONFIRMED");

        var newDate = m.ToMove.Date.AddDays(7);
        await ChangeAsync(s, m.ToMove.Id, "reschedule", new { reason = "Room unavailable", date = newDate, startTime = "14:00:00", endTime = "15:30:00" });
        await ChangeAsync(s, m.ToCancel.Id, "cancel", new { reason = "No business" });

        var after = Calendar.Load(await anonymous.GetStringAsync(url))!;
        var movedNow = after.Events.Where(e => e.Uid == moved.Uid).ShouldHaveSingleItem("a moved meeting is the same event, not a second one");
        movedNow.DtStart!.Value.ShouldBe(newDate.ToDateTime(new TimeOnly(14, 0)));
        movedNow.Sequence.ShouldBeGreaterThan(moved.Sequence);
        movedNow.Status.ShouldBe("CONFIRMED");
        var cancelledNow = after.Events.Where(e => e.Uid == cancelled.Uid).ShouldHaveSingleItem();
        cancelledNow.Status.ShouldBe("CANCELLED");
        cancelledNow.Sequence.ShouldBeGreaterThan(cancelled.Sequence);
    }

    [SkippableFact]
    public async Task Feeds_ReadTheSameWithIcalJs()
    {
        Skip.If(IcalJs.MissingReason is not null, IcalJs.MissingReason);
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s);
        var anonymous = app.CreateClient();
        var url = $"/calendars/bodies/{s.BodyA.ShortName}.ics";

        var before = await IcalJs.ReadAsync(await anonymous.GetStringAsync(url));
        before.Zones.ShouldContain("Europe/London");
        var spring = before.Events.Single(e => e.Summary == m.SpringForward.Title);
        spring.ZoneKnown.ShouldBeTrue("every TZID has its VTIMEZONE");
        spring.Local.ShouldBe($"{m.SpringForward.Date:yyyy-MM-dd}T10:00:00");
        spring.Utc.ShouldBe($"{m.SpringForward.Date:yyyy-MM-dd}T09:00:00.000Z");
        before.Events.Single(e => e.Summary == m.FallBack.Title).Utc.ShouldBe($"{m.FallBack.Date:yyyy-MM-dd}T10:00:00.000Z");
        var moved = before.Events.Single(e => e.Summary == m.ToMove.Title);
        var cancelled = before.Events.Single(e => e.Summary == m.ToCancel.Title);

        var newDate = m.ToMove.Date.AddDays(7);
        await ChangeAsync(s, m.ToMove.Id, "reschedule", new { reason = "Room unavailable", date = newDate, startTime = "14:00:00", endTime = "15:30:00" });
        await ChangeAsync(s, m.ToCancel.Id, "cancel", new { reason = "No business" });
        var after = await IcalJs.ReadAsync(await anonymous.GetStringAsync(url));
        var movedNow = after.Events.Where(e => e.Uid == moved.Uid).ShouldHaveSingleItem();
        movedNow.Local.ShouldBe($"{newDate:yyyy-MM-dd}T14:00:00");
        movedNow.Sequence!.Value.ShouldBeGreaterThan(moved.Sequence ?? 0);
        var cancelledNow = after.Events.Where(e => e.Uid == cancelled.Uid).ShouldHaveSingleItem();
        cancelledNow.Status.ShouldBe("CANCELLED");

        // The private feed and a meeting's own file read as well.
        var member = await app.SignedInClientAsync(s, Persona.MemberOfB);
        var address = await PrivateAddressAsync(member);
        var mine = await IcalJs.ReadAsync(await anonymous.GetStringAsync(address));
        mine.Events.ShouldContain(e => e.Summary == m.Restricted.Title);
        mine.Events.ShouldAllBe(e => e.Tzid == null || e.ZoneKnown);
        var single = await IcalJs.ReadAsync(await anonymous.GetStringAsync($"/meetings/{m.SpringForward.Id}/calendar.ics"));
        single.Events.ShouldHaveSingleItem().Uid.ShouldBe(spring.Uid);
    }

    [Fact]
    public async Task PrivateFeed_HoldsTheRestrictedMeetingsItsPersonMaySee_AndAResetEndsTheOldAddress()
    {
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s);
        var anonymous = app.CreateClient();

        var publicFeed = Calendar.Load(await anonymous.GetStringAsync("/calendars/meetings.ics"))!;
        publicFeed.Events.ShouldContain(e => e.Summary == m.SpringForward.Title);
        publicFeed.Events.ShouldNotContain(e => e.Summary == m.Restricted.Title);
        (await anonymous.GetAsync($"/calendars/bodies/{s.BodyB.ShortName}.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var memberB = await app.SignedInClientAsync(s, Persona.MemberOfB);
        // A signed-in member still gets the public feed as the public sees it.
        Calendar.Load(await memberB.GetStringAsync("/calendars/meetings.ics"))!.Events.ShouldNotContain(e => e.Summary == m.Restricted.Title);
        var address = await PrivateAddressAsync(memberB);
        var mine = Calendar.Load(await anonymous.GetStringAsync(address))!;
        mine.Events.ShouldContain(e => e.Summary == m.Restricted.Title);
        mine.Events.ShouldContain(e => e.Summary == m.SpringForward.Title);

        var memberA = await app.SignedInClientAsync(s, Persona.MemberOfA);
        var theirs = Calendar.Load(await anonymous.GetStringAsync(await PrivateAddressAsync(memberA)))!;
        theirs.Events.ShouldNotContain(e => e.Summary == m.Restricted.Title);

        var reset = await PrivateAddressAsync(memberB);
        reset.ShouldNotBe(address);
        (await anonymous.GetAsync(address)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(reset)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task MeetingPage_OffersAddToCalendar_AndBodyPage_LinksItsFeed()
    {
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s);
        var anonymous = app.CreateClient();

        var page = await anonymous.GetStringAsync($"/meetings/{m.FallBack.Id}");
        page.ShouldContain($"href=\"/meetings/{m.FallBack.Id}/calendar.ics\"");
        var single = Calendar.Load(await anonymous.GetStringAsync($"/meetings/{m.FallBack.Id}/calendar.ics"))!;
        single.Events.ShouldHaveSingleItem().Summary.ShouldBe(m.FallBack.Title);
        single.TimeZones.ShouldHaveSingleItem().TzId.ShouldBe("Europe/London");
        (await anonymous.GetAsync($"/meetings/{m.Restricted.Id}/calendar.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await anonymous.GetStringAsync($"/bodies/{s.BodyA.ShortName}")).ShouldContain($"href=\"/calendars/bodies/{s.BodyA.ShortName}.ics\"");
    }

    [Fact]
    public async Task AFeedOfMeetingsYearsAhead_GivesThemInTheirTimeZone()
    {
        var s = await app.NewScenarioAsync();
        var date = DateOnly.FromDateTime(DateTime.Today).AddYears(3);
        var meeting = await app.WithDbAsync(async db =>
        {
            var far = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = date, StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(12, 0), Title = $"Far meeting {s.Suffix}" };
            db.Meetings.Add(far);
            await db.SaveChangesAsync();
            return far;
        });
        var anonymous = app.CreateClient();

        foreach (var url in new[] { $"/calendars/bodies/{s.BodyA.ShortName}.ics", $"/meetings/{meeting.Id}/calendar.ics" })
        {
            var response = await anonymous.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
            calendar.TimeZones.ShouldHaveSingleItem().TzId.ShouldBe("Europe/London");
            var e = calendar.Events.Single(e => e.Summary == meeting.Title);
            e.DtStart!.TzId.ShouldBe("Europe/London");
            e.DtStart.Value.ShouldBe(date.ToDateTime(new TimeOnly(10, 0)));
            e.DtEnd!.Value.ShouldBe(date.ToDateTime(new TimeOnly(12, 0)));
        }
    }

    private async Task ChangeAsync(Scenario s, int meetingId, string change, object body)
    {
        var clerk = app.ApiClient(s, Persona.ClerkOfA);
        var response = await clerk.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/{change}", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Asks for a (new) private calendar address on the account page and reads it back from there.</summary>
    private static async Task<string> PrivateAddressAsync(HttpClient signedIn)
    {
        var posted = await signedIn.PostFormAsync("/account?handler=ResetCalendar", new Dictionary<string, string>(), "/account");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await signedIn.GetStringAsync("/account");
        var address = PrivateAddress().Match(page);
        address.Success.ShouldBeTrue("the account page shows the calendar address");
        return new Uri(address.Groups[1].Value).PathAndQuery;
    }

    [GeneratedRegex("href=\"(http[^\"]+/calendars/private/[^\"]+\\.ics)\"")]
    private static partial Regex PrivateAddress();
}
