using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Quorum.Meetings;
using Quorum.Programmes;

namespace Quorum.Web.Tests.Programmes;

public sealed class ProgrammesTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task HighlightReport_ChangesTheDashboard_IsTakenToAMeeting_AndExportsToWord()
    {
        var s = await app.NewScenarioAsync();
        var (programmeId, workstreamId, itemId) = await ProgrammeAsync(s);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        (await clerk.GetStringAsync($"/programmes/{programmeId}")).ShouldContain("No report yet");
        var written = await clerk.PostFormAsync($"/workstreams/{workstreamId}/reports/new", new Dictionary<string, string>
        {
            ["ReportDate.Day"] = "5",
            ["ReportDate.Month"] = "2",
            ["ReportDate.Year"] = "2010",
            ["Time"] = "Amber",
            ["Cost"] = "Green",
            ["Scope"] = "Red",
            ["StatusUpdates"] = "Procurement delayed\nBusiness case approved",
            ["SpendToDate"] = "tba",
        });
        written.StatusCode.ShouldBe(HttpStatusCode.Redirect, await written.Content.ReadAsStringAsync());
        var report = written.Headers.Location!.ToString();

        var dashboard = await clerk.GetStringAsync($"/programmes/{programmeId}");
        dashboard.ShouldContain("govuk-tag--red\">Red</strong>");
        dashboard.ShouldContain("role=\"img\" aria-labelledby=\"spend-title\"");
        dashboard.ShouldContain("To be agreed");

        (await clerk.PostFormAsync(report, new Dictionary<string, string> { ["AgendaItemId"] = itemId.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.GetStringAsync(report)).ShouldContain("It can no longer change");
        var meetingId = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.Id == itemId).Select(i => i.MeetingId).SingleAsync());
        (await clerk.GetStringAsync($"/meetings/{meetingId}")).ShouldContain("Highlight report: ICT, 5 February 2010");

        var reportId = int.Parse(report.Split('/').Last());
        var bytes = await clerk.GetByteArrayAsync($"/api/v1/highlight-reports/{reportId}/report.docx");
        MeetingDocuments.DocumentFiles.WordErrors(bytes).ShouldBeEmpty("Word opens it without repairs");
        using var docx = new MemoryStream(bytes);
        using var word = WordprocessingDocument.Open(docx, false);
        var text = word.MainDocumentPart!.Document!.InnerText;
        text.ShouldContain("Highlight report: ICT");
        text.ShouldContain("Procurement delayed");
        text.ShouldContain("To be agreed");
    }

    [Fact]
    public async Task RaidLog_IsForTheBoardsMembers_AndExportsToExcel()
    {
        var s = await app.NewScenarioAsync();
        var (_, workstreamId, _) = await ProgrammeAsync(s);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        (await clerk.PostFormAsync($"/workstreams/{workstreamId}?handler=Raid", new Dictionary<string, string>
        {
            ["raid.Kind"] = "Risk",
            ["raid.Description"] = $"Funding may end {s.Suffix}",
            ["raid.Impact"] = "High",
            ["raid.Likelihood"] = "High",
        }, $"/workstreams/{workstreamId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await clerk.GetStringAsync($"/workstreams/{workstreamId}")).ShouldContain($"Funding may end {s.Suffix}");
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        (await anonymous.GetStringAsync($"/workstreams/{workstreamId}")).ShouldNotContain($"Funding may end {s.Suffix}");

        using var xlsx = new MemoryStream(await clerk.GetByteArrayAsync($"/api/v1/workstreams/{workstreamId}/raid.xlsx"));
        var rows = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.ShouldHaveSingleItem()["Description"].ShouldBe($"Funding may end {s.Suffix}");
        using var anonymousXlsx = new MemoryStream(await anonymous.GetByteArrayAsync($"/api/v1/workstreams/{workstreamId}/raid.xlsx"));
        anonymousXlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Count(r => r["Description"] is not null).ShouldBe(0);
    }

    [Fact]
    public async Task StartAProgramme_OffersAClerkTheBoardsTheyKeep_AndAVisitorNoForm()
    {
        var s = await app.NewScenarioAsync(bodyBIsPublic: true);

        var clerks = await (await app.SignedInClientAsync(s, Persona.ClerkOfA)).GetStringAsync("/programmes");
        var visitors = await (await app.SignedInClientAsync(s, Persona.Anonymous)).GetStringAsync("/programmes");

        clerks.ShouldContain("Start a programme");
        clerks.ShouldContain($"<option value=\"{s.BodyA.Id}\">");
        clerks.ShouldNotContain($"<option value=\"{s.BodyB.Id}\">", customMessage: "a public body the clerk does not keep");
        visitors.ShouldNotContain("Start a programme");
    }

    [Fact]
    public async Task ProgrammeOfAMembersOnlyBoard_IsHiddenFromOthers()
    {
        var s = await app.NewScenarioAsync();
        var programmeId = await app.WithDbAsync(async db =>
        {
            var programme = new Programme { BodyId = s.BodyB.Id, Name = $"Private programme {s.Suffix}" };
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });

        (await (await app.SignedInClientAsync(s, Persona.Anonymous)).GetAsync($"/programmes/{programmeId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetStringAsync("/programmes")).ShouldNotContain($"Private programme {s.Suffix}");
        (await (await app.SignedInClientAsync(s, Persona.MemberOfB)).GetStringAsync("/programmes")).ShouldContain($"Private programme {s.Suffix}");
    }

    [Fact]
    public async Task Spend_ToBeAgreed_IsNotZero_AndNonsenseIsRefused()
    {
        var s = await app.NewScenarioAsync();
        var (programmeId, _, _) = await ProgrammeAsync(s);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var refused = await clerk.PostFormAsync($"/programmes/{programmeId}/workstreams/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "Property",
            ["Input.PlannedSpend"] = "lots",
            ["Input.ActualSpend"] = "tba",
        });
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Enter an amount in pounds");

        var saved = await clerk.PostFormAsync($"/programmes/{programmeId}/workstreams/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "Property",
            ["Input.PlannedSpend"] = "£40k",
            ["Input.ActualSpend"] = "to be agreed",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var workstream = await app.WithDbAsync(db => db.Workstreams.SingleAsync(w => w.ProgrammeId == programmeId && w.Name == "Property"));
        workstream.PlannedSpend.Amount.ShouldBe(40000m);
        workstream.ActualSpend.IsToBeAgreed.ShouldBeTrue();
    }

    [Fact]
    public async Task AMilestoneOneDayLate_SaysOneDay_ByQuorumsClock()
    {
        var s = await app.NewScenarioAsync();
        var (programmeId, workstreamId, _) = await ProgrammeAsync(s);

        // The ICT milestone's target is March 2010: on 1 April 2010 it is one day late.
        await using var firstOfApril = app.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2010, 4, 1, 12, 0, 0, TimeSpan.Zero)))));
        var anonymous = firstOfApril.CreateClient();

        foreach (var page in new[] { await anonymous.GetStringAsync($"/workstreams/{workstreamId}"), await anonymous.GetStringAsync($"/programmes/{programmeId}") })
        {
            page.ShouldContain("1 day late");
            page.ShouldNotContain("1 days late");
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private async Task<(int Programme, int Workstream, int Item)> ProgrammeAsync(Scenario s) => await app.WithDbAsync(async db =>
    {
        var programme = new Programme { BodyId = s.BodyA.Id, Name = $"Partnership {s.Suffix}" };
        var ict = new Workstream { Name = "ICT" };
        ict.Milestones.Add(new Milestone { Text = "Procurement", TargetDate = new DateOnly(2010, 3, 1), TargetIsMonth = true });
        programme.Workstreams.Add(ict);
        var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2010, 3, 4) };
        var item = meeting.AddAgendaItem("ICT workstream report");
        db.AddRange(programme, meeting);
        await db.SaveChangesAsync();
        return (programme.Id, ict.Id, item.Id);
    });
}
