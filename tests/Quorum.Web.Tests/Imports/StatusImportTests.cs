using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Quorum.Programmes;

namespace Quorum.Web.Tests.Imports;

public sealed class StatusImportTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private const string Table =
        "Workstream Name\tShort Workstream Description\tChief Exec Sponsor\tStrategic Objectives\tWorkstream Objectives\tKey Risks\tKey Issues\tStatus update\tNext Milestones\tPlanned Spend\tActual Spend\n"
        + "ICT\tJoint ICT\tStephen Weigel\t<ul><li>Efficiency</li></ul>\t<ul><li>Shared data centre</li></ul>\t<ul><li>Funding may end</li></ul>\t<ul><li>Staff capacity</li></ul>\t<ul><li>Business case approved</li></ul>\t<ul><li>Procurement complete March 2010</li></ul>\t£250,000\ttba\n";

    [Fact]
    public async Task StatusTable_BecomesWorkstreamsWithRaidMilestonesAndAReport_WithoutAGuessedRag()
    {
        var s = await app.NewScenarioAsync();
        var programmeId = await app.WithDbAsync(async db =>
        {
            var programme = new Programme { BodyId = s.BodyA.Id, Name = "Partnership" };
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var url = $"/programmes/{programmeId}/import";

        var read = await UploadAsync(clerk, url, Table.Replace("Joint ICT", $"Joint ICT {s.Suffix}", StringComparison.Ordinal));
        read.StatusCode.ShouldBe(HttpStatusCode.Redirect, await read.Content.ReadAsStringAsync());
        var review = read.Headers.Location!.ToString();
        (await clerk.GetStringAsync(review)).ShouldContain("Stephen Weigel");
        var pending = review.Split('=').Last();

        (await clerk.PostFormAsync($"{url}?handler=Save&pending={pending}", new Dictionary<string, string>(), review)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var workstream = await app.WithDbAsync(db => db.Workstreams.Include(w => w.Raid).Include(w => w.Milestones).Include(w => w.Reports).Include(w => w.Sponsors)
            .SingleAsync(w => w.ProgrammeId == programmeId));
        workstream.Name.ShouldBe("ICT");
        workstream.Sponsors.ShouldHaveSingleItem().FullName.ShouldBe("Stephen Weigel");
        workstream.PlannedSpend.Amount.ShouldBe(250000m);
        workstream.ActualSpend.IsToBeAgreed.ShouldBeTrue();
        workstream.Raid.Select(r => (r.Kind, r.Description)).ShouldBe([(RaidKind.Risk, "Funding may end"), (RaidKind.Issue, "Staff capacity")], ignoreOrder: true);
        workstream.Milestones.ShouldHaveSingleItem().TargetLabel.ShouldBe("March 2010");
        var report = workstream.Reports.ShouldHaveSingleItem();
        report.Overall.ShouldBeNull();
        report.StatusUpdates.ShouldBe("Business case approved");

        var again = await UploadAsync(clerk, url, Table.Replace("Joint ICT", $"Joint ICT {s.Suffix}", StringComparison.Ordinal));
        (await again.Content.ReadAsStringAsync()).ShouldContain("has already been imported");
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient clerk, string url, string content) =>
        clerk.PostFileAsync(url, Encoding.UTF8.GetBytes(content), "status.tsv", "text/tab-separated-values");
}
