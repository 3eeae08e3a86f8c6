using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Quorum.Conduct;

namespace Quorum.Web.Tests.Imports;

/// <summary>Declarations and motions read from imported minutes are offered for review, and saving records them by the meeting's rules.</summary>
public sealed class ConductImportTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private static string Minutes(string suffix) => $"""
        MINUTES OF THE MEETING OF BROOKFIELD TOWN COUNCIL HELD ON TUESDAY 5TH MARCH 2024

        Present: Cllr Ann Lee (Chair), Cllr Bob Hart, Cllr Cara Mills, Cllr Dev Shah
        In attendance: Mrs J Black (Clerk)

        24/01 Apologies for absence
        None.

        24/02 Planning
        Cllr Dev Shah declared a pecuniary interest as he owns the neighbouring field {suffix}. He left the room.
        It was moved by Cllr Ann Lee, seconded by Cllr Cara Mills, that no objection be raised {suffix}. Carried: For 3, Against 1, Abstentions 0.

        24/03 Close of meeting
        The meeting closed at 9pm.
        """;

    [Fact]
    public async Task TheReview_OffersTheDeclarationAndTheMotion_AndSavingRecordsThemByTheRules()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var upload = await clerk.PostFileAsync($"/bodies/{s.BodyA.ShortName}/import", Encoding.UTF8.GetBytes(Minutes(s.Suffix)), "minutes.txt");
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect, await upload.Content.ReadAsStringAsync());
        var review = upload.Headers.Location!.ToString();
        var page = await clerk.GetStringAsync(review);
        page.ShouldContain("Declarations of interest (1)");
        page.ShouldContain("value=\"Cllr Dev Shah\"");
        page.ShouldContain("<option value=\"DisclosablePecuniary\" selected=\"selected\">");
        page.ShouldContain("Motions (1)");
        page.ShouldContain($"That no objection be raised {s.Suffix}</textarea>");
        page.ShouldContain("value=\"Cllr Ann Lee\"");
        page.ShouldContain("<option value=\"Carried\" selected=\"selected\">");

        // A clerk who leaves the kind unchosen is asked for it, and nothing is saved.
        var fields = ImportTests.FormFields(page);
        var unchosen = new Dictionary<string, string>(fields) { ["Input.Declarations[0].Kind"] = "", ["Input.Motions[0].For"] = "three" };
        var refused = await clerk.PostFormAsync($"{review}?handler=Save", unchosen, review);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var problems = await refused.Content.ReadAsStringAsync();
        problems.ShouldContain("Declaration 1: choose the kind of interest");
        problems.ShouldContain("Motion 1: enter the votes for as a whole number");
        (await app.WithDbAsync(db => db.Meetings.CountAsync(m => m.BodyId == s.BodyA.Id))).ShouldBe(0);

        var saved = await clerk.PostFormAsync($"{review}?handler=Save", fields, review);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        var (declaration, motion, decisions) = await app.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.SingleAsync(m => m.BodyId == s.BodyA.Id);
            var d = await db.Declarations.Include(x => x.Person).Include(x => x.AgendaItem).SingleAsync(x => x.MeetingId == meeting.Id);
            var m = await db.Motions.Include(x => x.Mover).Include(x => x.Seconder).Include(x => x.Decision).Include(x => x.AgendaItem).SingleAsync(x => x.MeetingId == meeting.Id);
            var all = await db.Decisions.Where(x => x.MeetingId == meeting.Id).Select(x => x.Text).ToListAsync();
            return (d, m, all);
        });
        declaration.Person!.FullName.ShouldBe("Cllr Dev Shah");
        declaration.AgendaItem!.Number.ShouldBe("24/02");
        declaration.Kind.ShouldBe(InterestKind.DisclosablePecuniary);
        declaration.Nature.ShouldBe($"he owns the neighbouring field {s.Suffix}");
        declaration.TookNoPart.ShouldBeTrue("a pecuniary interest keeps the member out");

        motion.Text.ShouldBe($"That no objection be raised {s.Suffix}");
        motion.Mover!.FullName.ShouldBe("Cllr Ann Lee");
        motion.Seconder!.FullName.ShouldBe("Cllr Cara Mills");
        motion.AgendaItem!.Number.ShouldBe("24/02");
        motion.Outcome.ShouldBe(MotionOutcome.Carried);
        (motion.VotesFor, motion.VotesAgainst, motion.Abstentions).ShouldBe((3, 1, 0));
        motion.Decision.ShouldNotBeNull("a carried motion becomes the item's decision");
        decisions.Count(d => d.Contains($"no objection be raised {s.Suffix}", StringComparison.Ordinal)).ShouldBe(1, "the motion's decision is not recorded twice");

        var meetingPage = await clerk.GetStringAsync(saved.Headers.Location!.ToString());
        meetingPage.ShouldContain($"Cllr Dev Shah declared a disclosable pecuniary interest: he owns the neighbouring field {s.Suffix}.");
        meetingPage.ShouldContain("was carried (3 for, 1 against, 0 abstentions)");
    }
}
