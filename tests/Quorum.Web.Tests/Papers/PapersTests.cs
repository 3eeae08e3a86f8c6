using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Papers;

public sealed class PapersTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task RestrictedPaper_IsDownloadedByMembers_WithItsMarking_ButNotByOthers()
    {
        var s = await app.NewScenarioAsync();
        var meeting = await MeetingAsync(s);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var response = await UploadAsync(clerk, meeting, "Supplier slide set", "OfficialSensitive", "PROTECT - COMMERCIAL", "MembersOfBodies", s.BodyA.Id, $"for LCIOC use only {s.Suffix}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var paper = response.Headers.Location!.ToString();

        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);
        var page = await member.GetStringAsync(paper);
        page.ShouldContain("OFFICIAL-SENSITIVE (was PROTECT - COMMERCIAL)");
        var download = await member.GetAsync($"{paper}/versions/1");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsStringAsync()).ShouldBe($"for LCIOC use only {s.Suffix}");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("OFFICIAL-SENSITIVE - Supplier slide set v1.pdf");

        foreach (var outsider in new[] { Persona.Anonymous, Persona.MemberOfB })
        {
            var client = await app.SignedInClientAsync(s, outsider);
            (await client.GetAsync($"{paper}/versions/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync(paper)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetStringAsync($"/meetings/{meeting}")).ShouldNotContain("Supplier slide set");
        }
    }

    [Fact]
    public async Task SensitivePaper_CannotBeMadePublic()
    {
        var s = await app.NewScenarioAsync();
        var meeting = await MeetingAsync(s);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var response = await UploadAsync(clerk, meeting, "Budget", "OfficialSensitive", "", "Public", null, "numbers");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("cannot be public");
    }

    [Fact]
    public async Task PublicPaper_IsOpenToAnonymousVisitors_AndNewVersionsAreKept()
    {
        var s = await app.NewScenarioAsync();
        var meeting = await MeetingAsync(s);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var paper = (await UploadAsync(clerk, meeting, "Annual report", "Official", "", "Public", null, "version one")).Headers.Location!.ToString();

        using var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(clerk, paper)), "__RequestVerificationToken" },
            { File("version two", "report.pdf"), "Upload", "report.pdf" },
        };
        (await clerk.PostAsync(paper, form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        (await anonymous.GetStringAsync($"{paper}/versions/1")).ShouldBe("version one");
        (await anonymous.GetStringAsync($"{paper}/versions/2")).ShouldBe("version two");
        (await anonymous.GetStringAsync($"/meetings/{meeting}")).ShouldContain("Annual report");
    }

    [Fact]
    public async Task TwoHundredMegabyteUpload_IsRefusedWithAClearMessage_AndNothingIsLost()
    {
        var s = await app.NewScenarioAsync();
        var meeting = await MeetingAsync(s);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var token = await TokenAsync(clerk, $"/meetings/{meeting}/papers/new");

        var huge = new StreamContent(new ZeroStream(200L * 1024 * 1024));
        huge.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Huge"), "Input.Title" },
            { new StringContent("Official"), "Input.Marking" },
            { new StringContent("Public"), "Input.Circulation" },
            { huge, "Upload", "huge.pdf" },
        };
        form.Headers.ContentLength = 200L * 1024 * 1024 + 1000;

        var response = await clerk.PostAsync($"/meetings/{meeting}/papers/new", form);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("A paper can be up to 50 MB");
        (await clerk.GetStringAsync($"/meetings/{meeting}")).ShouldContain(s.BodyA.Name);
    }

    [Fact]
    public async Task UploadErrors_AreShownBesideTheFieldTheyConcern()
    {
        var s = await app.NewScenarioAsync();
        var meeting = await MeetingAsync(s);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var secretInPublic = await (await UploadAsync(clerk, meeting, "Budget", "Secret", "", "Public", null, "x")).Content.ReadAsStringAsync();
        secretInPublic.ShouldContain("href=\"#Input_Circulation\"");
        secretInPublic.ShouldNotContain("href=\"#Upload\"");

        var emptyFile = await (await UploadAsync(clerk, meeting, "Budget", "Official", "", "Public", null, "")).Content.ReadAsStringAsync();
        emptyFile.ShouldContain("href=\"#Upload\"");
        emptyFile.ShouldNotContain("href=\"#Input_Circulation\"");
    }

    [Fact]
    public async Task PaperForAnotherMeetingsAgendaItem_IsRefusedWith400NamingAgendaItemId_AndNothingIsSaved()
    {
        var s = await app.NewScenarioAsync();
        var meeting = await MeetingAsync(s);
        var otherItem = await app.WithDbAsync(async db =>
        {
            var other = new Meeting { BodyId = s.BodyA.Id, Number = 2, Date = new DateOnly(2026, 7, 2) };
            var item = other.AddAgendaItem("Budget");
            db.Meetings.Add(other);
            await db.SaveChangesAsync();
            return item.Id;
        });
        using var form = new MultipartFormDataContent
        {
            { new StringContent(meeting.ToString()), "meetingId" },
            { new StringContent($"Misplaced {s.Suffix}"), "title" },
            { new StringContent("Public"), "circulation" },
            { new StringContent(otherItem.ToString()), "agendaItemId" },
            { File("x", "slides.pdf"), "file", "slides.pdf" },
        };

        var response = await app.ApiClient(s, Persona.ClerkOfA).PostAsync("/api/v1/papers", form);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("agendaItemId", out _).ShouldBeTrue(body);

        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var url = $"/meetings/{meeting}/papers/new";
        using var page = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(clerk, url)), "__RequestVerificationToken" },
            { new StringContent($"Misplaced {s.Suffix}"), "Input.Title" },
            { new StringContent("Official"), "Input.Marking" },
            { new StringContent("Public"), "Input.Circulation" },
            { new StringContent(otherItem.ToString()), "Item" },
            { File("x", "slides.pdf"), "Upload", "slides.pdf" },
        };
        var shown = await clerk.PostAsync(url, page);
        shown.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await shown.Content.ReadAsStringAsync()).ShouldContain("Choose an item on this meeting");
        (await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Papers, p => p.Title == $"Misplaced {s.Suffix}"))).ShouldBe(0);
    }

    [Fact]
    public async Task HostilePaperTitle_IsShownAsText()
    {
        var s = await app.NewScenarioAsync();
        var meeting = await MeetingAsync(s);
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        await UploadAsync(clerk, meeting, "<script>alert(1)</script>", "Official", "", "Public", null, "x");

        var page = await clerk.GetStringAsync($"/meetings/{meeting}");
        page.ShouldNotContain("<script>alert(1)</script>");
        page.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private async Task<int> MeetingAsync(Scenario s) => await app.WithDbAsync(async db =>
    {
        var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 6, 4) };
        meeting.AddAgendaItem("Welcome");
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    });

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient clerk, int meeting, string title, string marking, string legacy, string circulation, int? bodyId, string content)
    {
        var url = $"/meetings/{meeting}/papers/new";
        var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(clerk, url)), "__RequestVerificationToken" },
            { new StringContent(title), "Input.Title" },
            { new StringContent(marking), "Input.Marking" },
            { new StringContent(legacy), "Input.LegacyMarking" },
            { new StringContent(circulation), "Input.Circulation" },
            { File(content, "slides.pdf"), "Upload", "slides.pdf" },
        };
        if (bodyId is { } id)
            form.Add(new StringContent(id.ToString()), "Input.BodyIds");
        return await clerk.PostAsync(url, form);
    }

    private static ByteArrayContent File(string text, string name)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return file;
    }

    private static Task<string> TokenAsync(HttpClient client, string url) => client.AntiforgeryTokenAsync(url);

    /// <summary>A long run of zeros that is never held in memory.</summary>
    private sealed class ZeroStream(long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            Array.Clear(buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
