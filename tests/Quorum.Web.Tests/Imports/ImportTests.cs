using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Quorum.Web.Tests.Imports;

public sealed partial class ImportTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private const string Minutes = """
        Local CIO Council Conference Call Notes

        NOTES FROM LOCAL CIO COUNCIL CONFERENCE CALL THURSDAY 7TH JANUARY 2010
        Participants:
        Martin Bellamy
        Cabinet Office
        Mark Brett
        Socitm
        Jos Creese
        Hampshire County Council (Chair of LCIOC)
        Apologies:
        Glyn Evans
        Birmingham City Council

        1.   Welcome & Introductions

        The call opened with welcome and introductions.

        2.   Briefing from Martin Bellamy
        Martin Bellamy gave a summary briefing.

        Action 01: Martin Bellamy will circulate the slide pack on these issues to the LCIOC.

        3.   Any other business
        It was agreed to change the name of this group to Local CIO Council.
        """;

    [Fact]
    public async Task UploadedMinutes_AreReviewed_ThenSavedAsOneMeeting_AndTheSameFileIsRefusedAfter()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var upload = await UploadAsync(clerk, s, Encoding.UTF8.GetBytes(Minutes + s.Suffix), "notes.txt");
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect, await upload.Content.ReadAsStringAsync());
        var review = upload.Headers.Location!.ToString();
        var page = await clerk.GetStringAsync(review);
        page.ShouldContain("Check what Quorum read");
        page.ShouldContain("value=\"Martin Bellamy\"");
        page.ShouldContain("value=\"Hampshire County Council\"");
        page.ShouldContain("circulate the slide pack");
        (await app.WithDbAsync(db => db.Meetings.CountAsync(m => m.BodyId == s.BodyA.Id))).ShouldBe(0);

        var saved = await clerk.PostFormAsync($"{review}?handler=Save", FormFields(page), review);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var meeting = await clerk.GetStringAsync(saved.Headers.Location!.ToString());
        meeting.ShouldContain("Martin Bellamy");
        meeting.ShouldContain("Glyn Evans");
        meeting.ShouldContain("Action 01</strong>");
        meeting.ShouldContain("change the name of this group");
        meeting.ShouldContain("Minutes draft");
        (await app.WithDbAsync(db => db.Attendance.CountAsync(a => a.Meeting!.BodyId == s.BodyA.Id))).ShouldBe(4);

        var again = await UploadAsync(clerk, s, Encoding.UTF8.GetBytes(Minutes + s.Suffix), "notes-copy.txt");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("has already been imported");
    }

    [Fact]
    public async Task MinutesThatRepeatAnActionReference_SaveBothActions_TheSecondToldApart()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var minutes = Minutes.Replace("3.   Any other business", """
            Action 01: Mark Brett to co-ordinate responses to the above requests.

            3.   Any other business
            """, StringComparison.Ordinal);

        var review = (await UploadAsync(clerk, s, Encoding.UTF8.GetBytes(minutes + "repeat" + s.Suffix), "notes.txt")).Headers.Location!.ToString();
        var page = await clerk.GetStringAsync(review);
        var saved = await clerk.PostFormAsync($"{review}?handler=Save", FormFields(page), review);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var references = await app.WithDbAsync(db => db.Actions.Where(a => a.BodyId == s.BodyA.Id).OrderBy(a => a.Sequence).Select(a => a.Reference).ToListAsync());
        references.ShouldBe(["01", "01 (2)"]);
    }

    [Fact]
    public async Task AVenueWithCallInItsName_IsAPlace_NotAConferenceCall()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var review = (await UploadAsync(clerk, s, Encoding.UTF8.GetBytes(Minutes + "venue" + s.Suffix), "notes.txt")).Headers.Location!.ToString();
        var fields = FormFields(await clerk.GetStringAsync(review));
        fields["Input.Venue"] = "Callander Room";

        (await clerk.PostFormAsync($"{review}?handler=Save", fields, review)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var meeting = await app.WithDbAsync(db => db.Meetings.Include(m => m.Location).SingleAsync(m => m.BodyId == s.BodyA.Id));
        meeting.Kind.ShouldBe(Quorum.Meetings.MeetingKind.Ordinary);
        meeting.Location!.Name.ShouldBe("Callander Room");
    }

    [Fact]
    public async Task CancellingAReview_SavesNothing()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var review = (await UploadAsync(clerk, s, Encoding.UTF8.GetBytes(Minutes + "cancel" + s.Suffix), "notes.txt")).Headers.Location!.ToString();

        (await clerk.PostFormAsync($"{review}?handler=Cancel", new Dictionary<string, string>(), review)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await app.WithDbAsync(db => db.Meetings.CountAsync(m => m.BodyId == s.BodyA.Id))).ShouldBe(0);
        (await clerk.GetAsync(review)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("broken.docx", "PK\u0003\u0004 this is not really a Word document")]
    [InlineData("junk.txt", "\u0000\u0001\u0002\u0003\u0000\u0000\u0007binary")]
    [InlineData("empty.txt", "")]
    public async Task BadFiles_GetAClearMessage_AndNothingIsSaved(string name, string content)
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var response = await UploadAsync(clerk, s, Encoding.Latin1.GetBytes(content), name);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("There is a problem");
        (await app.WithDbAsync(db => db.PendingImports.CountAsync(p => p.BodyId == s.BodyA.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task AnotherBodysClerk_CannotSeeAPendingImport()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var review = (await UploadAsync(clerk, s, Encoding.UTF8.GetBytes(Minutes + "private" + s.Suffix), "notes.txt")).Headers.Location!.ToString();

        (await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetAsync(review)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient clerk, Scenario s, byte[] bytes, string name) =>
        clerk.PostFileAsync($"/bodies/{s.BodyA.ShortName}/import", bytes, name);

    /// <summary>The review form's fields as a browser would send them untouched.</summary>
    internal static Dictionary<string, string> FormFields(string page)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in Input().Matches(page))
        {
            var name = WebUtility.HtmlDecode(input.Groups["name"].Value);
            if (name == "__RequestVerificationToken")
                continue;
            if (name.EndsWith(".Include", StringComparison.Ordinal))
            {
                fields[name] = "true";
                continue;
            }

            if (name.EndsWith(".Exempt", StringComparison.Ordinal))
            {
                fields.TryAdd(name, "false");
                continue;
            }

            fields[name] = WebUtility.HtmlDecode(input.Groups["value"].Value);
        }

        foreach (Match area in TextArea().Matches(page))
            fields[WebUtility.HtmlDecode(area.Groups["name"].Value)] = WebUtility.HtmlDecode(area.Groups["value"].Value);
        foreach (Match select in Select().Matches(page))
        {
            var chosen = Regex.Match(select.Groups["options"].Value, "<option value=\"(?<v>[^\"]*)\" selected");
            fields[WebUtility.HtmlDecode(select.Groups["name"].Value)] = chosen.Success ? chosen.Groups["v"].Value : "";
        }

        return fields;
    }

    [GeneratedRegex("<input[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea[^>]*name=\"(?<name>[^\"]+)\"[^>]*>(?<value>[^<]*)</textarea>")]
    private static partial Regex TextArea();

    [GeneratedRegex("<select[^>]*name=\"(?<name>[^\"]+)\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();
}
