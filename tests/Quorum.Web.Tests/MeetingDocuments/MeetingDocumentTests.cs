using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Actions;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Papers;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Quorum.Web.Tests.MeetingDocuments;

/// <summary>
/// A meeting's agenda pack and minutes as Word and PDF: valid files, items in order, exempt items
/// only as their notice in the public versions, and the members' version marked on every page.
/// </summary>
public sealed class MeetingDocumentTests(QuorumApp app, ITestOutputHelper output) : IClassFixture<QuorumApp>
{
    private sealed record Seeded(int MeetingId, string Secret);

    /// <summary>Body A's meeting: an open item with a public paper, an exempt item, a closing item; published minutes.</summary>
    private async Task<Seeded> SeedAsync(Scenario s)
    {
        var secret = $"SECRET-{s.Suffix}";
        var store = app.Services.GetRequiredService<IPaperStore>();
        var id = await app.WithDbAsync(async db =>
        {
            var a = await db.Bodies.FindAsync(s.BodyA.Id);
            var memberA = await db.People.FindAsync(s.MemberA.Id);
            var meeting = new Meeting { Body = a, Number = 1, Date = new DateOnly(2026, 3, 12), StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(12, 0), Title = $"Spring meeting {s.Suffix}" };
            var open = meeting.AddAgendaItem($"Cloud hosting {s.Suffix}");
            open.Minute = new Minute { Text = $"The board **discussed** hosting {s.Suffix}." };
            var exempt = meeting.AddAgendaItem($"Contract award {secret}");
            exempt.Minute = new Minute { Text = $"Minute of {secret}" };
            exempt.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3", Note = $"Note {secret}" });
            var sub = meeting.AddAgendaItem($"Data centre exit {s.Suffix}", open);
            sub.Minute = new Minute { Text = "Exit planned." };
            var closing = meeting.AddAgendaItem($"Any other business {s.Suffix}");
            closing.Minute = new Minute { Text = "None." };
            meeting.Attendance.Add(new Attendance { Person = memberA, Status = AttendanceStatus.Present, OrganisationName = "Testshire", Role = "Member" });
            meeting.MarkHeld();
            meeting.StartMinutes();
            var next = new Meeting { Body = a, Number = 2, Date = new DateOnly(2026, 5, 14) };
            next.MarkHeld();
            db.Meetings.AddRange(meeting, next);
            await db.SaveChangesAsync();
            meeting.ApproveMinutesAt(next);
            meeting.PublishMinutes();
            await ActionRegister.RaiseAsync(db, meeting, open, [memberA!], $"Draft the hosting strategy {s.Suffix}", new DateOnly(2026, 6, 1));
            await ActionRegister.RaiseAsync(db, meeting, exempt, [memberA!], $"Negotiate {secret}", null);
            await DecisionRegister.RecordAsync(db, meeting, open, $"Agreed to move to cloud hosting {s.Suffix}", null);
            await db.SaveChangesAsync();
            await DecisionRegister.RecordAsync(db, meeting, exempt, $"Agreed award {secret}", null);
            await db.SaveChangesAsync();

            async Task<Paper> PaperAsync(AgendaItem item, string title, string text, Circulation circulation)
            {
                var paper = new Paper { Title = title, BodyId = a!.Id, Meeting = meeting, AgendaItem = item };
                paper.Classify(circulation == Circulation.Public ? ProtectiveMarking.Official : ProtectiveMarking.OfficialSensitive, null, circulation, circulation == Circulation.Public ? [] : [a], []);
                var (sha, size) = await store.SaveAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), 10_000);
                paper.Versions.Add(new PaperVersion { Number = 1, FileName = "paper.txt", ContentType = "text/plain", Sha256 = sha, Size = size, UploadedBy = "test" });
                return paper;
            }

            db.Papers.Add(await PaperAsync(open, $"Hosting options {s.Suffix}", $"Option one is public cloud {s.Suffix}.", Circulation.Public));
            db.Papers.Add(await PaperAsync(exempt, $"Tender scores {secret}", $"Scores {secret}", Circulation.MembersOfBodies));
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        return new Seeded(id, secret);
    }

    [Fact]
    public async Task WordDocuments_PassOpenXmlValidator_WithHeadingStylesNumberedItemsAndGriddedTables()
    {
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s);
        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);

        foreach (var url in Urls(m.MeetingId, "docx"))
        {
            var response = await member.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            var docx = await response.Content.ReadAsByteArrayAsync();
            DocumentFiles.WordErrors(docx).ShouldBeEmpty(url);

            using var stream = new MemoryStream(docx);
            using var word = WordprocessingDocument.Open(stream, false);
            var body = word.MainDocumentPart!.Document!.Body!;
            var styles = body.Descendants<ParagraphStyleId>().Select(p => p.Val!.Value).ToHashSet();
            styles.ShouldContain("Title", url);
            styles.ShouldContain("Heading1", url);
            styles.ShouldContain("Heading2", url);
            word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(st => st.StyleId!.Value).ShouldContain("Heading2");
            var numbered = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value == 1).Select(p => p.InnerText).ToList();
            numbered.ShouldContain($"Cloud hosting {s.Suffix}", url);
            numbered.ShouldContain($"Data centre exit {s.Suffix}", url);
            foreach (var table in body.Descendants<Table>())
                table.GetFirstChild<TableGrid>().ShouldNotBeNull(url);
        }

        var minutes = DocumentFiles.WordText(await member.GetByteArrayAsync($"/meetings/{m.MeetingId}/minutes.docx"));
        minutes.Body.ShouldContain("Attendance");
        minutes.Body.ShouldContain($"Draft the hosting strategy {s.Suffix}");
        minutes.Body.ShouldContain($"Agreed to move to cloud hosting {s.Suffix}");
        minutes.Body.ShouldContain("Item 2 is exempt from publication under LGA 1972 Sch 12A para 3");
        minutes.Body.ShouldNotContain(m.Secret);
    }

    [SkippableFact]
    public async Task WordDocuments_OpenInLibreOffice()
    {
        Skip.If(DocumentFiles.LibreOfficeMissingReason is not null, DocumentFiles.LibreOfficeMissingReason);
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s);
        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);
        foreach (var url in Urls(m.MeetingId, "docx"))
        {
            var pages = await DocumentFiles.LibreOfficePageCountAsync(await member.GetByteArrayAsync(url));
            output.WriteLine($"{url}: LibreOffice made {pages} page(s)");
            pages.ShouldBeGreaterThan(0, url);
        }
    }

    [Fact]
    public async Task PublicPdf_HoldsTheItemsInOrder_WithExemptItemsOnlyAsTheirNotice_AndIsTagged()
    {
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s);
        var anonymous = app.CreateClient();

        foreach (var document in new[] { "agenda-pack", "minutes" })
        {
            var response = await anonymous.GetAsync($"/meetings/{m.MeetingId}/{document}.pdf");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, document);
            var pdf = await response.Content.ReadAsByteArrayAsync();
            var text = string.Join('\n', DocumentFiles.PdfPages(pdf));
            text.ShouldNotContain(m.Secret, Case.Sensitive, document);
            var order = new[] { $"Cloud hosting {s.Suffix}", $"Data centre exit {s.Suffix}", "Item 2 is exempt from publication under LGA 1972 Sch 12A para 3", $"Any other business {s.Suffix}" }
                .Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToList();
            order.ShouldAllBe(i => i >= 0, $"{document}: every item is there");
            order.ShouldBeInOrder(SortDirection.Ascending, $"{document}: items in agenda order");

            using var read = PdfDocument.Open(pdf);
            var catalog = read.Structure.Catalog.CatalogDictionary.Data;
            catalog.ContainsKey("StructTreeRoot").ShouldBeTrue("tagged: a structure tree");
            catalog.ContainsKey("MarkInfo").ShouldBeTrue("tagged: MarkInfo");
            catalog.ContainsKey("Lang").ShouldBeTrue("the document's language");
            read.Information.Title.ShouldStartWith(document == "minutes" ? "Minutes:" : "Agenda:");
        }

        var pack = string.Join('\n', DocumentFiles.PdfPages(await anonymous.GetByteArrayAsync($"/meetings/{m.MeetingId}/agenda-pack.pdf")));
        pack.ShouldContain($"Option one is public cloud {s.Suffix}", Case.Sensitive, "the public paper's text is in the pack");
        pack.IndexOf("Papers", StringComparison.Ordinal).ShouldBeGreaterThan(pack.IndexOf($"Any other business {s.Suffix}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MembersVersion_IsMarkedNotForPublication_OnEveryPage_AndOnlyForTheBodysMembers()
    {
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s);
        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);

        var pages = DocumentFiles.PdfPages(await member.GetByteArrayAsync($"/meetings/{m.MeetingId}/members/agenda-pack.pdf"));
        pages.ShouldAllBe(page => Regex.Count(page, "NOT FOR PUBLICATION – OFFICIAL-SENSITIVE") >= 2, "header and footer of every page");
        string.Join('\n', pages).ShouldContain($"Scores {m.Secret}");

        var word = DocumentFiles.WordText(await member.GetByteArrayAsync($"/meetings/{m.MeetingId}/members/minutes.docx"));
        word.Headers.ShouldContain("NOT FOR PUBLICATION – OFFICIAL-SENSITIVE");
        word.Footers.ShouldContain("NOT FOR PUBLICATION – OFFICIAL-SENSITIVE");
        word.Body.ShouldContain($"Minute of {m.Secret}");

        foreach (var outsider in new[] { Persona.Anonymous, Persona.MemberOfB })
        {
            var client = await app.SignedInClientAsync(s, outsider);
            (await client.GetAsync($"/meetings/{m.MeetingId}/members/minutes.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound, outsider.ToString());
            // A member of another body asking for the public version gets the public version.
            string.Join('\n', DocumentFiles.PdfPages(await client.GetByteArrayAsync($"/meetings/{m.MeetingId}/minutes.pdf"))).ShouldNotContain(m.Secret);
        }

        var page = await member.GetStringAsync($"/meetings/{m.MeetingId}");
        page.ShouldContain($"href=\"/meetings/{m.MeetingId}/agenda-pack.pdf\"");
        page.ShouldContain($"href=\"/meetings/{m.MeetingId}/minutes.docx\"");
        page.ShouldContain($"href=\"/meetings/{m.MeetingId}/members/minutes.pdf\"");
        (await app.CreateClient().GetStringAsync($"/meetings/{m.MeetingId}")).ShouldNotContain("/members/");
    }

    [Fact]
    public async Task AgendaPackPdf_AppendsThePagesOfPapersThatArePdfs_OnlyThoseTheReaderMaySee()
    {
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s);
        var store = app.Services.GetRequiredService<IPaperStore>();
        static byte[] PaperPdf(string text) => Quorum.Web.Features.Shared.Exports.PdfExport.Write(new(text, null,
            [new Quorum.Web.Features.Shared.Exports.HeadingBlock(1, text), .. Enumerable.Range(1, 90).Select(i => new Quorum.Web.Features.Shared.Exports.TextBlock($"Line {i} of {text}"))]));
        await app.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.Include(x => x.AgendaItems).SingleAsync(x => x.Id == m.MeetingId);
            foreach (var (title, text, circulation) in new[] { ($"Public appendix {s.Suffix}", $"APPENDED-PUBLIC-{s.Suffix}", Circulation.Public), ($"Members appendix {s.Suffix}", $"APPENDED-{m.Secret}", Circulation.MembersOfBodies) })
            {
                var a = await db.Bodies.FindAsync(s.BodyA.Id);
                var paper = new Paper { Title = title, BodyId = a!.Id, Meeting = meeting, AgendaItem = meeting.AgendaItems[0] };
                paper.Classify(circulation == Circulation.Public ? ProtectiveMarking.Official : ProtectiveMarking.OfficialSensitive, null, circulation, circulation == Circulation.Public ? [] : [a], []);
                var (sha, size) = await store.SaveAsync(new MemoryStream(PaperPdf(text)), 1_000_000);
                paper.Versions.Add(new PaperVersion { Number = 1, FileName = "appendix.pdf", ContentType = "application/pdf", Sha256 = sha, Size = size, UploadedBy = "test" });
                db.Papers.Add(paper);
            }

            await db.SaveChangesAsync();
        });

        var anonymous = DocumentFiles.PdfPages(await app.CreateClient().GetByteArrayAsync($"/meetings/{m.MeetingId}/agenda-pack.pdf"));
        var appended = anonymous.FindIndex(p => p.Contains($"Line 1 of APPENDED-PUBLIC-{s.Suffix}", StringComparison.Ordinal));
        appended.ShouldBeGreaterThan(0, "the public PDF paper's first page follows the agenda");
        anonymous.Skip(appended).ShouldAllBe(p => p.Contains("APPENDED-PUBLIC", StringComparison.Ordinal), "the paper's pages come last, page for page");
        var paperPages = DocumentFiles.PdfPages(PaperPdf("APPENDED")).Count;
        paperPages.ShouldBeGreaterThan(1);
        anonymous.Count(p => p.Contains("APPENDED-PUBLIC", StringComparison.Ordinal)).ShouldBe(paperPages);
        anonymous[^1].ShouldContain($"Page {anonymous.Count}", customMessage: "appended pages are numbered with the pack's");
        string.Concat(anonymous).ShouldNotContain(m.Secret);

        var members = DocumentFiles.PdfPages(await (await app.SignedInClientAsync(s, Persona.MemberOfA)).GetByteArrayAsync($"/meetings/{m.MeetingId}/members/agenda-pack.pdf"));
        members.Count(p => p.Contains($"APPENDED-{m.Secret}", StringComparison.Ordinal)).ShouldBe(paperPages, "the members' pack appends the restricted paper too");
        members.Where(p => p.Contains("APPENDED-", StringComparison.Ordinal)).ShouldAllBe(p => p.Contains("NOT FOR PUBLICATION", StringComparison.Ordinal), "each appended page carries the marking");
    }

    private static IEnumerable<string> Urls(int meetingId, string format) =>
    [
        $"/meetings/{meetingId}/agenda-pack.{format}",
        $"/meetings/{meetingId}/minutes.{format}",
        $"/meetings/{meetingId}/members/agenda-pack.{format}",
        $"/meetings/{meetingId}/members/minutes.{format}",
    ];
}
