using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Papers;
using Xunit.Abstractions;

namespace Quorum.Web.Tests.Access;

/// <summary>
/// Seeds sentinel strings into every withheld field (exempt items, their minutes, actions and
/// decisions; draft minutes; a members-only body's records), then follows every link, feed and
/// export an outsider can reach, and fails if any sentinel appears in any response.
/// </summary>
public sealed partial class LeakCrawlerTests(QuorumApp app, ITestOutputHelper output) : IClassFixture<QuorumApp>
{
    private const int MaxPages = 600;

    [Fact]
    public async Task NothingWithheld_ReachesAnAnonymousVisitor_OrAMemberOfAnotherBody()
    {
        var s = await app.NewScenarioAsync();
        var sentinels = await SeedAsync(s);

        // Search is asked for every sentinel's words (spaced, so the query echoed in the search box is not itself a
        // sentinel), and for the suffix that every record of the scenario carries.
        string[] searches = [.. sentinels.All.Where(w => w.StartsWith("SENTINEL", StringComparison.Ordinal)).Append(s.Suffix).Select(w => w.Replace('-', '+')).SelectMany(w => new[] { $"/search?Q={w}", $"/api/v1/search?q={w}" }), $"/people/{s.MemberA.Id}/interests", $"/people/{s.MemberB.Id}/interests"];
        var anonymous = await CrawlAsync(await app.SignedInClientAsync(s, Persona.Anonymous), sentinels.Unsubscribe, searches);
        var memberOfB = await CrawlAsync(await app.SignedInClientAsync(s, Persona.MemberOfB), sentinels.Unsubscribe, searches);

        output.WriteLine($"Anonymous visitor: {anonymous.Count} responses; member of B: {memberOfB.Count} responses.");
        anonymous.Count.ShouldBeGreaterThan(15);
        Leaks(anonymous, sentinels.All).ShouldBeEmpty();
        Leaks(memberOfB, sentinels.WithheldFromMembersOfB).ShouldBeEmpty();

        // The crawl did reach the public parts of the same meetings.
        anonymous.Values.ShouldContain(body => body.Contains($"public minute {s.Suffix}"), "public minute");
        anonymous.Values.ShouldContain(body => body.Contains($"public content {s.Suffix}"), "public paper's content");
        anonymous.Values.ShouldContain(body => body.Contains("is exempt from publication under LGA 1972 Sch 12A para 3"), "notice");
        anonymous.Keys.ShouldContain(url => url.EndsWith("/minutes.pdf", StringComparison.Ordinal), "public minutes as PDF");
        anonymous.Keys.ShouldContain(url => url.EndsWith(".atom", StringComparison.Ordinal), "news feeds");
        memberOfB.Values.ShouldContain(body => body.Contains($"B minute {s.Suffix}"), "B minute");
        anonymous.Keys.ShouldContain(url => url.StartsWith("/contracts/", StringComparison.Ordinal) && anonymous[url].Contains($"public contract {s.Suffix}"), "a contract's page");
        anonymous.Keys.ShouldContain(url => url.EndsWith("/others", StringComparison.Ordinal) && anonymous[url].Contains($"Who else runs public application {s.Suffix}"), "who else runs an application");
        anonymous.Keys.ShouldContain(url => url.StartsWith("/projects/", StringComparison.Ordinal) && anonymous[url].Contains($"public project {s.Suffix}"), "a project's page");
        anonymous.Keys.ShouldContain(url => url.StartsWith("/kpis/", StringComparison.Ordinal) && url.EndsWith("/benchmark", StringComparison.Ordinal) && anonymous[url].Contains($"public measure {s.Suffix}"), "a measure's ranking");
        anonymous.Keys.ShouldContain(url => url.StartsWith("/oparl/v1/meeting/", StringComparison.Ordinal), "OParl meetings");
        anonymous.Values.ShouldContain(body => body.Contains($"public declaration {s.Suffix}"), "a declaration in published minutes");
        anonymous.Values.ShouldContain(body => body.Contains($"public motion {s.Suffix}"), "a motion in published minutes");
        anonymous.Values.ShouldContain(body => body.Contains($"public interest {s.Suffix}"), "a published register of interests");
        anonymous[$"/people/{s.MemberA.Id}/interests"].ShouldContain("withheld (sensitive interest)", customMessage: "the sensitive interest's place is marked");
        anonymous.Keys.ShouldContain(url => url.StartsWith("/oparl/v1/file/", StringComparison.Ordinal), "OParl files");
        anonymous.Keys.ShouldContain(url => url.StartsWith("/oparl/v1/consultation/", StringComparison.Ordinal), "OParl consultations");
        anonymous.Keys.ShouldContain(url => url.StartsWith("/consultations/", StringComparison.Ordinal) && anonymous[url].Contains($"public consultation {s.Suffix}"), "a consultation's page");
        anonymous.Keys.ShouldContain(url => url.StartsWith("/api/v1/consultations", StringComparison.Ordinal), "the consultations API");
        anonymous[$"/search?Q={s.Suffix}"].ShouldContain($"<mark>{s.Suffix}</mark>", customMessage: "search finds the public records");
        anonymous[$"/api/v1/search?q={s.Suffix}"].ShouldContain("public content", customMessage: "search finds a public paper by its content");
        memberOfB[$"/search?Q={s.Suffix}"].ShouldContain("B minute", customMessage: "a member finds the minutes of their body");
    }

    private sealed record Sentinels(string[] All, string[] WithheldFromMembersOfB, string Unsubscribe);

    private async Task<Sentinels> SeedAsync(Scenario s)
    {
        string Mark(string what) => $"SENTINEL-{what}-{s.Suffix}";
        string[] exemptInA = [Mark("EXEMPT-TITLE"), Mark("EXEMPT-MINUTE"), Mark("EXEMPT-NOTE"), Mark("EXEMPT-ACTION"), Mark("EXEMPT-DECISION"), Mark("DRAFT-MINUTE"), Mark("DRAFT-ACTION"),
            Mark("PAPER-A-TITLE"), Mark("PAPER-A-CONTENT"), Mark("PAPER-EXEMPT-TITLE"), Mark("PAPER-EXEMPT-CONTENT"), Mark("MAIL-SUBJECT"), Mark("MAIL-TEXT"),
            Mark("EXEMPT-DECLARATION"), Mark("EXEMPT-MOTION"), Mark("EXEMPT-AMENDMENT"), Mark("DRAFT-DECLARATION"), Mark("DRAFT-MOTION"), Mark("SENSITIVE-INTEREST"), Mark("UNPUBLISHED-INTEREST"),
            Mark("CONSULTATION-A"), Mark("CONSULTATION-A-ORG")];
        string[] inB = [Mark("B-TITLE"), Mark("B-MEETING"), Mark("B-ACTION"), Mark("B-DECISION"), Mark("B-BODY"), Mark("PAPER-B-TITLE"), Mark("PAPER-B-CONTENT"),
            Mark("B-DECLARATION"), Mark("B-MOTION"), Mark("B-INTEREST"), Mark("B-CONTRACT"), Mark("B-KPI"), Mark("B-APPLICATION"), Mark("B-PROJECT"), Mark("B-CONSULTATION")];
        // A restricted measure, its figures' notes included, is for its register's members.
        string[] restrictedKpi = [Mark("KPI-RESTRICTED"), Mark("KPI-RESTRICTED-NOTE")];
        // A restricted contract's sums are for its register's members: a sum no other record holds, in every way it is written.
        string[] restrictedSums = ["987654", "987,654"];
        // A restricted appraisal of an application is for its catalogue's members.
        string[] restrictedAppraisal = [Mark("RESTRICTED-APPRAISAL")];
        var store = app.Services.GetRequiredService<IPaperStore>();
        var unsubscribe = "";
        async Task<Paper> PaperAsync(int bodyId, Meeting meeting, AgendaItem? item, string title, string content, Circulation circulation, Body[] to)
        {
            var paper = new Paper { Title = title, BodyId = bodyId, Meeting = meeting, AgendaItem = item, Text = content };
            paper.Classify(circulation == Circulation.Public ? ProtectiveMarking.Official : ProtectiveMarking.OfficialSensitive, null, circulation, to, []);
            var (sha, size) = await store.SaveAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), 10_000);
            paper.Versions.Add(new PaperVersion { Number = 1, FileName = "paper.txt", ContentType = "text/plain", Sha256 = sha, Size = size, UploadedBy = "test" });
            return paper;
        }

        await app.WithDbAsync(async db =>
        {
            var a = await db.Bodies.FindAsync(s.BodyA.Id);
            var b = await db.Bodies.FindAsync(s.BodyB.Id);
            var memberA = await db.People.FindAsync(s.MemberA.Id);
            var memberB = await db.People.FindAsync(s.MemberB.Id);
            b!.TermsOfReference = Mark("B-BODY");

            // Body A, meeting 1: published minutes with one exempt item.
            var published = new Meeting { Body = a, Number = 1, Date = new DateOnly(2026, 3, 12) };
            var open = published.AddAgendaItem("Open item");
            open.Minute = new Minute { Text = $"public minute {s.Suffix}" };
            var exempt = published.AddAgendaItem(Mark("EXEMPT-TITLE"));
            exempt.Minute = new Minute { Text = Mark("EXEMPT-MINUTE") };
            exempt.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3", Note = Mark("EXEMPT-NOTE") });
            published.MarkHeld();
            published.StartMinutes();
            var approving = new Meeting { Body = a, Number = 2, Date = new DateOnly(2026, 5, 14) };
            approving.MarkHeld();
            var draft = approving.AddAgendaItem("Draft item");
            draft.Minute = new Minute { Text = Mark("DRAFT-MINUTE") };
            approving.StartMinutes();
            db.Meetings.AddRange(published, approving);
            await db.SaveChangesAsync();
            published.ApproveMinutesAt(approving);
            published.PublishMinutes();

            var exemptAction = await ActionRegister.RaiseAsync(db, published, exempt, [memberA!], Mark("EXEMPT-ACTION"), null);
            await db.SaveChangesAsync();
            exemptAction.RecordUpdate("An update", ActionStatus.InProgress, approving.Date, "test", DateTime.UtcNow, approving);
            await ActionRegister.RaiseAsync(db, approving, draft, [memberA!], Mark("DRAFT-ACTION"), null);
            await DecisionRegister.RecordAsync(db, published, exempt, Mark("EXEMPT-DECISION"), null);
            await ActionRegister.RaiseAsync(db, published, open, [memberA!], $"public action {s.Suffix}", null);
            var paperA = await PaperAsync(a!.Id, published, null, Mark("PAPER-A-TITLE"), Mark("PAPER-A-CONTENT"), Circulation.MembersOfBodies, [a]);
            db.Papers.Add(paperA);
            db.Papers.Add(await PaperAsync(a.Id, published, exempt, Mark("PAPER-EXEMPT-TITLE"), Mark("PAPER-EXEMPT-CONTENT"), Circulation.Public, []));
            var publicPaper = await PaperAsync(a.Id, published, open, $"public paper {s.Suffix}", $"public content {s.Suffix}", Circulation.Public, []);
            db.Papers.Add(publicPaper);

            // Consultations follow their papers: a public one whose response is restricted, and one that is itself a restricted paper.
            var ahead = DateOnly.FromDateTime(DateTime.Today).AddMonths(2);
            db.Consultations.AddRange(
                new Quorum.Consultations.Consultation { BodyId = a.Id, Paper = publicPaper, ResponsePaper = paperA, ConsultingOrganisation = "Department", Title = $"public consultation {s.Suffix}", ResponseDeadline = ahead },
                new Quorum.Consultations.Consultation { BodyId = a.Id, Paper = paperA, ConsultingOrganisation = Mark("CONSULTATION-A-ORG"), Title = Mark("CONSULTATION-A"), ResponseDeadline = ahead });

            // Body B (members only): published minutes, still never public.
            var bMeeting = new Meeting { Body = b, Number = 1, Date = new DateOnly(2026, 4, 2), Title = Mark("B-MEETING") };
            var bItem = bMeeting.AddAgendaItem(Mark("B-TITLE"));
            bItem.Minute = new Minute { Text = $"B minute {s.Suffix}" };
            bMeeting.MarkHeld();
            bMeeting.StartMinutes();
            var bNext = new Meeting { Body = b, Number = 2, Date = new DateOnly(2026, 6, 2) };
            bNext.MarkHeld();
            db.Meetings.AddRange(bMeeting, bNext);
            await db.SaveChangesAsync();
            bMeeting.ApproveMinutesAt(bNext);
            bMeeting.PublishMinutes();
            await ActionRegister.RaiseAsync(db, bMeeting, bItem, [memberB!], Mark("B-ACTION"), null);
            await DecisionRegister.RecordAsync(db, bMeeting, bItem, Mark("B-DECISION"), null);
            var paperB = await PaperAsync(b.Id, bMeeting, null, Mark("PAPER-B-TITLE"), Mark("PAPER-B-CONTENT"), Circulation.MembersOfBodies, [b]);
            db.Papers.Add(paperB);
            db.Consultations.Add(new Quorum.Consultations.Consultation { BodyId = b.Id, Paper = paperB, ConsultingOrganisation = "Department", Title = Mark("B-CONSULTATION"), ResponseDeadline = new DateOnly(2026, 9, 1) });

            // Declarations and motions follow the minutes and the item: public under the open item of the
            // published minutes, withheld under the exempt item, in draft minutes and in body B.
            Quorum.Conduct.Declaration Declaration(Meeting meeting, AgendaItem item, string nature) => new()
            {
                Meeting = meeting,
                AgendaItem = item,
                PersonId = memberA!.Id,
                Kind = Quorum.Conduct.InterestKind.OtherRegistrable,
                Nature = nature,
            };
            Quorum.Conduct.Motion Motion(Meeting meeting, AgendaItem item, string text, int position, int mover, Quorum.Conduct.Motion? amends = null) => new()
            {
                Meeting = meeting,
                AgendaItem = item,
                Text = text,
                Position = position,
                MoverId = mover,
                Amends = amends,
                Outcome = Quorum.Conduct.MotionOutcome.Carried,
            };
            var exemptMotion = Motion(published, exempt, Mark("EXEMPT-MOTION"), 1, memberA!.Id);
            db.AddRange(
                Declaration(published, open, $"public declaration {s.Suffix}"),
                Motion(published, open, $"public motion {s.Suffix}", 1, memberA.Id),
                Declaration(published, exempt, Mark("EXEMPT-DECLARATION")),
                exemptMotion,
                Motion(published, exempt, Mark("EXEMPT-AMENDMENT"), 2, memberA.Id, exemptMotion),
                Declaration(approving, draft, Mark("DRAFT-DECLARATION")),
                Motion(approving, draft, Mark("DRAFT-MOTION"), 1, memberA.Id),
                new Quorum.Conduct.Declaration { Meeting = bMeeting, AgendaItem = bItem, PersonId = memberB!.Id, Kind = Quorum.Conduct.InterestKind.NonRegistrable, Nature = Mark("B-DECLARATION") },
                Motion(bMeeting, bItem, Mark("B-MOTION"), 1, memberB.Id));

            // Registers of interests: the published one is public but for its sensitive interest; a
            // version not yet published, and body B's members' registers, are not.
            var register = new Quorum.Conduct.InterestRegisterVersion { BodyId = a.Id, PersonId = memberA.Id, EffectiveFrom = new DateOnly(2026, 1, 1), PublishedOn = new DateOnly(2026, 1, 2) };
            register.Interests.Add(new Quorum.Conduct.RegisteredInterest { Category = Quorum.Conduct.InterestCategory.Employment, Description = $"public interest {s.Suffix}" });
            register.Interests.Add(new Quorum.Conduct.RegisteredInterest { Category = Quorum.Conduct.InterestCategory.Land, Description = Mark("SENSITIVE-INTEREST"), IsSensitive = true });
            var unpublished = new Quorum.Conduct.InterestRegisterVersion { BodyId = a.Id, PersonId = memberA.Id, EffectiveFrom = new DateOnly(2026, 2, 1) };
            unpublished.Interests.Add(new Quorum.Conduct.RegisteredInterest { Category = Quorum.Conduct.InterestCategory.Securities, Description = Mark("UNPUBLISHED-INTEREST") });
            var bRegister = new Quorum.Conduct.InterestRegisterVersion { BodyId = b.Id, PersonId = memberB.Id, EffectiveFrom = new DateOnly(2026, 1, 1), PublishedOn = new DateOnly(2026, 1, 2) };
            bRegister.Interests.Add(new Quorum.Conduct.RegisteredInterest { Category = Quorum.Conduct.InterestCategory.Contracts, Description = Mark("B-INTEREST") });
            db.AddRange(register, unpublished, bRegister);

            // Body A's register: a public contract whose sums are restricted to A's members; body B's register is members-only.
            var ends = DateOnly.FromDateTime(DateTime.Today).AddYears(2);
            db.Contracts.Add(new Quorum.Contracts.Contract
            {
                BodyId = a.Id,
                OrganisationId = s.Organisation.Id,
                Title = $"public contract {s.Suffix}",
                Category = $"Hosting {s.Suffix}",
                SupplierName = "Kestrel",
                StartDate = ends.AddYears(-3),
                EndDate = ends,
                CommercialDetailsRestricted = true,
                Terms = new Quorum.Contracts.ContractTerms { WholeLifeValue = 987_654.32m, AnnualValue = 329_218.11m },
            });
            db.Contracts.Add(new Quorum.Contracts.Contract
            {
                BodyId = b.Id,
                OrganisationId = s.Organisation.Id,
                Title = Mark("B-CONTRACT"),
                Category = $"Hosting {s.Suffix}",
                SupplierName = "Kestrel",
                StartDate = ends.AddYears(-3),
                EndDate = ends,
            });

            // Body A's catalogue: a public application whose appraisal is restricted to A's members; body B's catalogue is members-only.
            db.Applications.Add(new Quorum.Applications.Application
            {
                BodyId = a.Id,
                OrganisationId = s.Organisation.Id,
                Product = $"public application {s.Suffix}",
                ProductKey = $"public application {s.Suffix}",
                SupplierName = "Kestrel",
                AppraisalRestricted = true,
                Appraisal = new Quorum.Applications.ApplicationAppraisal { Satisfaction = 1, Comment = Mark("RESTRICTED-APPRAISAL") },
            });
            db.Applications.Add(new Quorum.Applications.Application
            {
                BodyId = b.Id,
                OrganisationId = s.Organisation.Id,
                Product = Mark("B-APPLICATION"),
                // The same product as A's, so that "who else runs this" from A's entry must leave B's out.
                ProductKey = $"public application {s.Suffix}",
                SupplierName = "Kestrel",
            });

            db.Projects.Add(new Quorum.Projects.Project { BodyId = a.Id, OrganisationId = s.Organisation.Id, Name = $"public project {s.Suffix}" });
            db.Projects.Add(new Quorum.Projects.Project { BodyId = b.Id, OrganisationId = s.Organisation.Id, Name = Mark("B-PROJECT") });

            // Body A's KPIs: one public with a figure, one restricted to A's members; body B's register is members-only.
            Quorum.Kpis.Kpi Measure(Body body, string name, bool restricted, string? note)
            {
                var kpi = new Quorum.Kpis.Kpi { Body = body, Name = name, Unit = "%", Target = 90, Tolerance = 5, Restricted = restricted };
                kpi.Values.Add(new Quorum.Kpis.KpiValue { OrganisationId = s.Organisation.Id, Period = "2026-Q1", Value = 88, Note = note });
                return kpi;
            }

            db.Kpis.AddRange(Measure(a, $"public measure {s.Suffix}", false, null), Measure(a, Mark("KPI-RESTRICTED"), true, Mark("KPI-RESTRICTED-NOTE")), Measure(b, Mark("B-KPI"), false, null));

            // A message to a member of A, waiting in the outbox: for A's clerks' eyes only, and its unsubscribe link shows none of it.
            var mail = await Quorum.Notifications.Outbox.WriteAsync(db, Quorum.Notifications.MailSite.Default, new("alan@example.org", "Alan", memberA!.Id),
                Quorum.Notifications.MessageKind.MeetingInvitation, new Quorum.Notifications.Letter(Mark("MAIL-SUBJECT")).Paragraph(Mark("MAIL-TEXT")), "test", a.Id, published.Id);
            await db.SaveChangesAsync();
            unsubscribe = $"/mail/unsubscribe/{mail!.UnsubscribeToken}";
        });

        return new Sentinels([.. exemptInA, .. inB, .. restrictedSums, .. restrictedKpi, .. restrictedAppraisal], [.. exemptInA, .. restrictedSums, .. restrictedKpi, .. restrictedAppraisal], unsubscribe);
    }

    private static async Task<Dictionary<string, string>> CrawlAsync(HttpClient client, string unsubscribe, IEnumerable<string> searches)
    {
        var seen = new Dictionary<string, string>();
        var queue = new Queue<string>([unsubscribe, "/outbox", "/api/v1/outbox", "/account/notifications", "/", "/api/v1", "/api/v1/papers", "/api/v1/programmes", "/openapi/v1.json", "/meetings?When=past", "/actions", "/decisions",
            "/api/v1/actions/export.csv", "/api/v1/decisions/export.csv", "/registers", "/contracts", "/contracts/alignment", "/consultations", "/api/v1/consultations", "/api/v1/contracts", "/api/v1/contracts/export.csv", "/api/v1/meetings", "/api/v1/bodies", "/api/v1/people",
            "/api/v1/actions/export.csv", "/api/v1/decisions/export.csv", "/registers", "/contracts", "/contracts/alignment", "/api/v1/contracts", "/api/v1/contracts/export.csv", "/kpis", "/kpis/report", "/api/v1/kpis", "/applications", "/applications/matrix", "/api/v1/applications", "/projects", "/api/v1/projects", "/api/v1/meetings", "/api/v1/bodies", "/api/v1/people",
            "/oparl/v1/system", "/oparl/v1/agenda-items", "/oparl/v1/papers", "/oparl/v1/files",
            "/calendars/meetings.ics", "/feeds/news.atom", "/api/v1/declarations", "/api/v1/motions", "/api/v1/interests", .. searches]);
        while (queue.Count > 0 && seen.Count < MaxPages)
        {
            var url = queue.Dequeue();
            if (seen.ContainsKey(url))
                continue;
            using var response = await client.GetAsync(url);
            var body = await ReadAsTextAsync(response);
            seen[url] = string.Join('\n', response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(",", h.Value)}")) + "\n" + body;
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found && response.Headers.Location is { } location && location.OriginalString.StartsWith('/'))
                queue.Enqueue(location.OriginalString);
            foreach (Match link in Link().Matches(body))
            {
                var next = WebUtility.HtmlDecode(link.Groups["url"].Value).Split('#')[0];
                if (next.Length > 1 && next.StartsWith('/') && !next.StartsWith("//", StringComparison.Ordinal)
                    && !next.Contains("sign-out", StringComparison.Ordinal) && !seen.ContainsKey(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }

    /// <summary>What a reader of the response sees: the text inside Word and PDF files, the body of anything else.</summary>
    private static async Task<string> ReadAsTextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        switch (response.Content.Headers.ContentType?.MediaType)
        {
            case "application/pdf":
                return string.Join('\n', MeetingDocuments.DocumentFiles.PdfPages(bytes));
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
                var (body, headers, footers) = MeetingDocuments.DocumentFiles.WordText(bytes);
                return $"{headers}\n{body}\n{footers}";
            default:
                return System.Text.Encoding.UTF8.GetString(bytes);
        }
    }

    private static List<string> Leaks(Dictionary<string, string> responses, string[] sentinels) =>
        [.. from r in responses from sentinel in sentinels where r.Value.Contains(sentinel, StringComparison.Ordinal) select $"{sentinel} in {r.Key}"];

    // href="…" in pages, "/api/…" or "/meetings/…" paths inside JSON, and OParl's absolute URLs on this host.
    [GeneratedRegex("(?:href=\"(?<url>[^\"]+)\")|(?:\"(?<url>/(?:api|meetings|bodies|actions|people|organisations|decisions|oparl)[^\"\\s]*)\")|(?:\"http://localhost(?<url>/[^\"\\s]*)\")")]
    private static partial Regex Link();
}
