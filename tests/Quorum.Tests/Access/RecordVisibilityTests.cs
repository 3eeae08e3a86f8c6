using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Applications;
using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Consultations;
using Quorum.Data;
using Quorum.Imports;
using Quorum.Kpis;
using Quorum.Meetings;
using Quorum.Notifications;
using Quorum.Papers;
using Quorum.People;
using Quorum.Programmes;
using Quorum.Projects;

namespace Quorum.Tests.Access;

/// <summary>
/// The council of <see cref="VisibilityFixture"/> again (a public committee with a published and a
/// draft meeting, each with an open and an exempt item, beside a panel that sits in private), now
/// holding every other kind of record the rule decides on: the minutes' actions, declarations,
/// motions and amendments, attendance, programmes, the registers, imports and the outbox. Each
/// record is named for the case it stands for, so each viewer's list says exactly what reaches them.
/// </summary>
public sealed class RecordVisibilityFixture : IDisposable
{
    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public int Council { get; }

    public int Panel { get; }

    public int Ada { get; }

    public int Bea { get; }

    public RecordVisibilityFixture()
    {
        connection.Open();
        using var db = Open(Viewer.System);
        db.Database.EnsureCreated();

        var council = new Body { Name = "Council Committee", ShortName = "CC", ActionPrefix = "CC" };
        var panel = new Body { Name = "Audit Panel", ShortName = "AP", ActionPrefix = "AP", IsPublic = false };
        var ada = new Person { FullName = "Ada Member", ConsentsToPublication = true };
        var bea = new Person { FullName = "Bea Member", ConsentsToPublication = true };
        var cy = new Person { FullName = "Cy Member" };
        var ashby = new Organisation { Name = "Ashby Borough Council" };
        var townHall = new Location { Name = "Town Hall" };
        var panelRoom = new Location { Name = "Panel Room" };
        var unused = new Location { Name = "Unused Hall" };
        db.AddRange(council, panel, ada, bea, cy, ashby, townHall, panelRoom, unused);
        db.Memberships.AddRange(
            new Membership { Body = council, Person = ada },
            new Membership { Body = council, Person = cy },
            new Membership { Body = panel, Person = bea });

        var published = Meeting(db, council, 1, MinutesState.Published, townHall);
        var draft = Meeting(db, council, 2, MinutesState.Draft, townHall);
        var panelMeeting = Meeting(db, panel, 1, MinutesState.Published, panelRoom);
        var open1 = Item(published, "1 open", exempt: false);
        var exempt1 = Item(published, "1 exempt", exempt: true);
        var open2 = Item(draft, "2 open", exempt: false);
        var open3 = Item(panelMeeting, "3 open", exempt: false);
        db.SaveChanges();

        db.Attendance.AddRange(
            new Attendance { MeetingId = published.Id, PersonId = ada.Id, OrganisationName = "1" },
            new Attendance { MeetingId = draft.Id, PersonId = ada.Id, OrganisationName = "2" },
            new Attendance { MeetingId = panelMeeting.Id, PersonId = bea.Id, OrganisationName = "3" });

        // Actions, with updates given at no meeting, at the draft meeting and at the published one.
        var sequence = 0;
        ActionItem Action(Meeting meeting, AgendaItem? item, string text)
        {
            var action = new ActionItem { BodyId = meeting.BodyId, MeetingId = meeting.Id, AgendaItemId = item?.Id, Sequence = ++sequence, Reference = $"A{sequence}", Text = text };
            db.Actions.Add(action);
            return action;
        }

        var openAction = Action(published, open1, "1 open");
        var exemptAction = Action(published, exempt1, "1 exempt");
        Action(published, null, "1 general");
        Action(draft, open2, "2 open");
        Action(draft, null, "2 general");
        var panelAction = Action(panelMeeting, open3, "3 open");
        openAction.Updates.AddRange([Update("between meetings", null), Update("at the draft meeting", draft), Update("at the published meeting", published)]);
        exemptAction.Updates.Add(Update("on the exempt action", null));
        panelAction.Updates.Add(Update("on the panel's action", null));

        // Conduct: a declaration, a motion with a recorded vote and an amendment of the minutes under each kind of item.
        foreach (var (meeting, item, person, text) in new (Meeting, AgendaItem, Person, string)[]
        {
            (published, open1, ada, "1 open"), (published, exempt1, ada, "1 exempt"), (draft, open2, ada, "2 open"), (panelMeeting, open3, bea, "3 open"),
        })
        {
            db.Declarations.Add(new Declaration { MeetingId = meeting.Id, AgendaItemId = item.Id, PersonId = person.Id, Kind = InterestKind.OtherRegistrable, Nature = text });
            var motion = new Motion { MeetingId = meeting.Id, AgendaItemId = item.Id, Position = 1, MoverId = person.Id, Text = text, IsRecordedVote = true };
            motion.Votes.Add(new RecordedVote { PersonId = person.Id, Choice = VoteChoice.For });
            db.Motions.Add(motion);
            db.MinutesAmendments.Add(new MinutesAmendment { MeetingId = meeting.Id, AgendaItemId = item.Id, Reason = text, Before = "before", After = "after", AmendedBy = "clerk" });
        }

        // Papers with a version each, and the consultations three of them are.
        var openPaper = Paper(db, council, published, open1, "public on open item", Circulation.Public, [], []);
        var exemptPaper = Paper(db, council, published, exempt1, "public on exempt item", Circulation.Public, [], []);
        var adasPaper = Paper(db, council, null, null, "for Ada", Circulation.NamedPeople, [], [ada]);
        Paper(db, panel, panelMeeting, open3, "public on the panel's item", Circulation.Public, [], []);
        db.SaveChanges();
        foreach (var (paper, title) in new[] { (openPaper, "on open paper"), (exemptPaper, "on exempt paper"), (adasPaper, "on Ada's paper") })
            db.Consultations.Add(new Consultation { BodyId = council.Id, PaperId = paper.Id, ConsultingOrganisation = "Department for Local Services", Title = title, ResponseDeadline = new DateOnly(2026, 6, 30) });

        // Programmes, each with a workstream, a milestone, a highlight report and a RAID entry.
        foreach (var (body, name) in new[] { (council, "Digital"), (panel, "Assurance") })
        {
            var workstream = new Workstream { Name = $"{name} workstream" };
            workstream.Milestones.Add(new Milestone { Text = $"{name} milestone", TargetDate = new DateOnly(2026, 9, 30) });
            workstream.Reports.Add(new HighlightReport { ReportDate = new DateOnly(2026, 4, 1), StatusUpdates = $"{name} report" });
            workstream.Raid.Add(new RaidEntry { Kind = RaidKind.Risk, Description = $"{name} risk" });
            db.Programmes.Add(new Programme { Body = body, Name = name, Workstreams = [workstream] });
        }

        // The registers: applications (one appraisal restricted), projects and measures (one restricted), each with a value.
        db.Applications.AddRange(
            Application(council, ashby, "Civica Revenues", restricted: true),
            Application(council, ashby, "Granicus", restricted: false),
            Application(panel, ashby, "Audit Tracker", restricted: false));
        db.Projects.AddRange(
            new Project { Body = council, Organisation = ashby, Name = "New website" },
            new Project { Body = panel, Organisation = ashby, Name = "Audit plan" });
        foreach (var (body, name, restricted) in new[] { (council, "Calls answered", false), (council, "Sickness absence", true), (panel, "Findings closed", false) })
        {
            var kpi = new Kpi { Body = body, Name = name, Unit = "%", Target = 90, Restricted = restricted };
            kpi.Values.Add(new KpiValue { Organisation = ashby, Period = "2026-Q1", Value = 80, Note = name });
            db.Kpis.Add(kpi);
        }

        // Imports waiting for review and imported, and messages in the outbox.
        foreach (var (body, name) in new[] { (council, "council"), (panel, "panel") })
        {
            db.PendingImports.Add(new PendingImport { Body = body, Sha256 = name, FileName = $"{name} pending.docx", DraftJson = "{}", CreatedBy = "clerk" });
            db.ImportedDocuments.Add(new ImportedDocument { BodyId = body.Id, Sha256 = name, FileName = $"{name} imported.docx", ImportedBy = "clerk" });
        }

        foreach (var (bodyId, subject) in new[] { ((int?)council.Id, "to the council"), (panel.Id, "to the panel"), (null, "to nobody's body") })
        {
            var message = new OutboxMessage
            {
                BodyId = bodyId,
                Recipient = "member@example.org",
                Subject = subject,
                TextBody = subject,
                HtmlBody = subject,
                MessageId = $"<{subject.Replace(' ', '.')}@example.org>",
                UnsubscribeToken = subject,
            };
            message.Attachments.Add(new OutboxAttachment { FileName = $"{subject}.ics", ContentType = "text/calendar", Content = "BEGIN:VCALENDAR" });
            db.OutboxMessages.Add(message);
        }

        db.SaveChanges();
        Council = council.Id;
        Panel = panel.Id;
        Ada = ada.Id;
        Bea = bea.Id;
    }

    public QuorumDb Open(Viewer viewer) =>
        new(new DbContextOptionsBuilder<QuorumDb>().UseSqlite(connection).CompilingEveryQuery().Options) { Viewer = viewer };

    public void Dispose() => connection.Dispose();

    private static Meeting Meeting(QuorumDb db, Body body, int number, MinutesState minutes, Location location)
    {
        var meeting = new Meeting { Body = body, Number = number, Date = new DateOnly(2026, 3, number), Location = location };
        db.Meetings.Add(meeting);
        db.Entry(meeting).Property(m => m.MinutesState).CurrentValue = minutes;
        return meeting;
    }

    private static AgendaItem Item(Meeting meeting, string title, bool exempt)
    {
        var item = new AgendaItem { Title = title, Number = title, Minute = new Minute { Text = title } };
        if (exempt)
            item.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
        meeting.AgendaItems.Add(item);
        return item;
    }

    private static ActionUpdate Update(string text, Meeting? meeting) =>
        new() { Text = text, Meeting = meeting, On = new DateOnly(2026, 3, 15), RecordedBy = "clerk" };

    private static Paper Paper(QuorumDb db, Body body, Meeting? meeting, AgendaItem? item, string title, Circulation circulation, Body[] bodies, Person[] people)
    {
        var paper = new Paper { BodyId = body.Id, MeetingId = meeting?.Id, AgendaItemId = item?.Id, Title = title };
        paper.Classify(ProtectiveMarking.Official, null, circulation, bodies, people);
        paper.Versions.Add(new PaperVersion { Number = 1, FileName = $"{title}.pdf", ContentType = "application/pdf", Sha256 = title, UploadedBy = "clerk" });
        db.Papers.Add(paper);
        return paper;
    }

    private static Application Application(Body body, Organisation organisation, string product, bool restricted) => new()
    {
        Body = body,
        Organisation = organisation,
        Product = product,
        ProductKey = ApplicationCatalogue.ProductKey(product),
        SupplierName = "Supplier",
        AppraisalRestricted = restricted,
        Appraisal = new ApplicationAppraisal { Satisfaction = 4, Comment = product },
    };
}

public class RecordVisibilityTests(RecordVisibilityFixture data) : IClassFixture<RecordVisibilityFixture>
{
    private Viewer CouncilMember => new() { UserId = "ada", PersonId = data.Ada, MemberOf = [data.Council] };

    private Viewer PanelMember => new() { UserId = "bea", PersonId = data.Bea, MemberOf = [data.Panel] };

    private Viewer CouncilClerk => new() { UserId = "clerk", ClerkOf = [data.Council] };

    private static Viewer Administrator => new() { UserId = "admin", IsAdministrator = true };

    private string[] Read(Viewer viewer, Func<QuorumDb, IQueryable<string>> names)
    {
        using var db = data.Open(viewer);
        return [.. names(db).AsEnumerable().Order(StringComparer.Ordinal)];
    }

    // Actions and their updates follow the minutes and the item they were raised under.

    private string[] Actions(Viewer viewer) => Read(viewer, db => db.Actions.Select(a => a.Text));

    private string[] ActionUpdates(Viewer viewer) => Read(viewer, db => db.ActionUpdates.Select(u => u.Text));

    [Fact]
    public void AnonymousViewer_SeesActionsOfPublishedMinutes_NotUnderExemptItems_NorOfAPrivateBody() =>
        Actions(Viewer.Anonymous).ShouldBe(["1 general", "1 open"]);

    [Fact]
    public void MemberOfTheBody_SeesEveryActionOfIt() =>
        Actions(CouncilMember).ShouldBe(["1 exempt", "1 general", "1 open", "2 general", "2 open"]);

    [Fact]
    public void MemberOfAPrivateBody_SeesItsActions_AndThePublishedOpenOnesOfOthers() =>
        Actions(PanelMember).ShouldBe(["1 general", "1 open", "3 open"]);

    [Fact]
    public void ClerkOfTheBody_SeesEveryActionOfIt() => Actions(CouncilClerk).ShouldBe(Actions(CouncilMember));

    [Fact]
    public void Administrator_SeesEveryAction() => Actions(Administrator).Length.ShouldBe(6);

    [Fact]
    public void AnonymousViewer_SeesAnUpdateGivenBetweenMeetingsOrAtAPublishedOne_OfAnActionTheySee() =>
        ActionUpdates(Viewer.Anonymous).ShouldBe(["at the published meeting", "between meetings"]);

    [Fact]
    public void MemberOfTheBody_SeesEveryUpdateOfItsActions() =>
        ActionUpdates(CouncilMember).ShouldBe(["at the draft meeting", "at the published meeting", "between meetings", "on the exempt action"]);

    [Fact]
    public void MemberOfAnotherBody_SeesItsOwnUpdates_AndOnlyThePublicOnesOfThisBody() =>
        ActionUpdates(PanelMember).ShouldBe(["at the published meeting", "between meetings", "on the panel's action"]);

    [Fact]
    public void Administrator_SeesEveryUpdate() => ActionUpdates(Administrator).Length.ShouldBe(5);

    // Attendance follows the minutes.

    private string[] Attendance(Viewer viewer) => Read(viewer, db => db.Attendance.Select(a => a.OrganisationName!));

    [Fact]
    public void AnonymousViewer_SeesAttendanceOfPublishedMinutesOfPublicBodies() => Attendance(Viewer.Anonymous).ShouldBe(["1"]);

    [Fact]
    public void MemberOfTheBody_SeesAttendanceOfItsDraftMinutes() => Attendance(CouncilMember).ShouldBe(["1", "2"]);

    [Fact]
    public void MemberOfAPrivateBody_SeesItsAttendance() => Attendance(PanelMember).ShouldBe(["1", "3"]);

    [Fact]
    public void Administrator_SeesEveryAttendance() => Attendance(Administrator).ShouldBe(["1", "2", "3"]);

    // Declarations, motions, votes and amendments of the minutes follow the minutes and the item.

    private string[] Declarations(Viewer viewer) => Read(viewer, db => db.Declarations.Select(d => d.Nature));

    private string[] Motions(Viewer viewer) => Read(viewer, db => db.Motions.Select(m => m.Text));

    private string[] Votes(Viewer viewer) => Read(viewer, db => db.RecordedVotes.Select(v => v.Motion!.Text));

    private string[] Amendments(Viewer viewer) => Read(viewer, db => db.MinutesAmendments.Select(a => a.Reason));

    [Fact]
    public void AnonymousViewer_SeesConductOfPublishedMinutes_UnderOpenItems_OfPublicBodies()
    {
        Declarations(Viewer.Anonymous).ShouldBe(["1 open"]);
        Motions(Viewer.Anonymous).ShouldBe(["1 open"]);
        Votes(Viewer.Anonymous).ShouldBe(["1 open"]);
        Amendments(Viewer.Anonymous).ShouldBe(["1 open"]);
    }

    [Fact]
    public void MemberOfTheBody_SeesConductOfItsDraftMinutesAndExemptItems()
    {
        Declarations(CouncilMember).ShouldBe(["1 exempt", "1 open", "2 open"]);
        Motions(CouncilMember).ShouldBe(["1 exempt", "1 open", "2 open"]);
        Votes(CouncilMember).ShouldBe(["1 exempt", "1 open", "2 open"]);
        Amendments(CouncilMember).ShouldBe(["1 exempt", "1 open", "2 open"]);
    }

    [Fact]
    public void MemberOfAPrivateBody_SeesItsConduct_AndOnlyThePublicConductOfOthers()
    {
        Declarations(PanelMember).ShouldBe(["1 open", "3 open"]);
        Motions(PanelMember).ShouldBe(["1 open", "3 open"]);
        Votes(PanelMember).ShouldBe(["1 open", "3 open"]);
        Amendments(PanelMember).ShouldBe(["1 open", "3 open"]);
    }

    // Read through their motion, votes are filtered by the motion's rule: here they are read alone.
    [Fact]
    public void AnonymousViewer_SeesOnlyTheVotesOfMotionsTheySee_EvenWhenTheMotionIsNotRead()
    {
        using var db = data.Open(Viewer.Anonymous);
        db.RecordedVotes.Select(v => v.MotionId).ToList().ShouldBe([.. db.Motions.Select(m => m.Id)]);
        db.RecordedVotes.Count().ShouldBe(1);
    }

    [Fact]
    public void ClerkOfTheBody_SeesConductOfItsDraftMinutesAndExemptItems()
    {
        Declarations(CouncilClerk).ShouldBe(["1 exempt", "1 open", "2 open"]);
        Amendments(CouncilClerk).ShouldBe(["1 exempt", "1 open", "2 open"]);
    }

    [Fact]
    public void Administrator_SeesAllConduct()
    {
        Declarations(Administrator).Length.ShouldBe(4);
        Motions(Administrator).Length.ShouldBe(4);
        Votes(Administrator).Length.ShouldBe(4);
        Amendments(Administrator).Length.ShouldBe(4);
    }

    // Paper versions and consultations follow their paper.

    private string[] PaperVersions(Viewer viewer) => Read(viewer, db => db.PaperVersions.Select(v => v.FileName));

    private string[] Consultations(Viewer viewer) => Read(viewer, db => db.Consultations.Select(c => c.Title));

    [Fact]
    public void AnonymousViewer_SeesTheVersionsAndConsultationsOfPublicPapersOfOpenItems()
    {
        PaperVersions(Viewer.Anonymous).ShouldBe(["public on open item.pdf"]);
        Consultations(Viewer.Anonymous).ShouldBe(["on open paper"]);
    }

    [Fact]
    public void PersonAPaperIsCirculatedTo_SeesItsVersionsAndConsultation()
    {
        PaperVersions(CouncilMember).ShouldBe(["for Ada.pdf", "public on exempt item.pdf", "public on open item.pdf"]);
        Consultations(CouncilMember).ShouldBe(["on Ada's paper", "on exempt paper", "on open paper"]);
    }

    [Fact]
    public void MemberOfAnotherBody_DoesNotSeeTheConsultationsOfPapersWithheldFromThem()
    {
        PaperVersions(PanelMember).ShouldBe(["public on open item.pdf", "public on the panel's item.pdf"]);
        Consultations(PanelMember).ShouldBe(["on open paper"]);
    }

    [Fact]
    public void ClerkOfTheBody_SeesEveryConsultationOfIt_EvenOnAPaperCirculatedToOthers()
    {
        PaperVersions(CouncilClerk).ShouldBe(["for Ada.pdf", "public on exempt item.pdf", "public on open item.pdf"]);
        Consultations(CouncilClerk).ShouldBe(["on Ada's paper", "on exempt paper", "on open paper"]);
    }

    [Fact]
    public void Administrator_SeesEveryVersionAndConsultation()
    {
        PaperVersions(Administrator).Length.ShouldBe(4);
        Consultations(Administrator).Length.ShouldBe(3);
    }

    // Programmes follow their board; the RAID log is for the board's members.

    private string[] Programmes(Viewer viewer) =>
    [
        .. Read(viewer, db => db.Programmes.Select(p => p.Name)),
        .. Read(viewer, db => db.Workstreams.Select(w => w.Name)),
        .. Read(viewer, db => db.Milestones.Select(m => m.Text)),
        .. Read(viewer, db => db.HighlightReports.Select(r => r.StatusUpdates)),
    ];

    private string[] Raid(Viewer viewer) => Read(viewer, db => db.RaidEntries.Select(r => r.Description));

    [Fact]
    public void AnonymousViewer_SeesThePublicBodysProgramme_ButNoRaidLog()
    {
        Programmes(Viewer.Anonymous).ShouldBe(["Digital", "Digital workstream", "Digital milestone", "Digital report"]);
        Raid(Viewer.Anonymous).ShouldBeEmpty();
    }

    [Fact]
    public void MemberOfTheBoard_SeesItsRaidLog()
    {
        Programmes(CouncilMember).ShouldBe(["Digital", "Digital workstream", "Digital milestone", "Digital report"]);
        Raid(CouncilMember).ShouldBe(["Digital risk"]);
        Raid(CouncilClerk).ShouldBe(["Digital risk"]);
    }

    [Fact]
    public void MemberOfAPrivateBoard_SeesItsProgrammeAndRaidLog_AndNotAnotherBoardsLog()
    {
        Programmes(PanelMember).ShouldBe(["Assurance", "Digital", "Assurance workstream", "Digital workstream", "Assurance milestone", "Digital milestone", "Assurance report", "Digital report"]);
        Raid(PanelMember).ShouldBe(["Assurance risk"]);
    }

    [Fact]
    public void Administrator_SeesEveryProgrammeAndRaidLog()
    {
        Programmes(Administrator).Length.ShouldBe(8);
        Raid(Administrator).ShouldBe(["Assurance risk", "Digital risk"]);
    }

    // The registers: applications, projects and measures follow their body; restricted parts reach its members.

    private string[] Applications(Viewer viewer) => Read(viewer, db => db.Applications.Select(a => a.Product));

    private string[] Appraisals(Viewer viewer) => Read(viewer, db => db.ApplicationAppraisals.Select(a => a.Comment!));

    private string[] Projects(Viewer viewer) => Read(viewer, db => db.Projects.Select(p => p.Name));

    private string[] Kpis(Viewer viewer) => Read(viewer, db => db.Kpis.Select(k => k.Name));

    private string[] KpiValues(Viewer viewer) => Read(viewer, db => db.KpiValues.Select(v => v.Note!));

    [Fact]
    public void AnonymousViewer_SeesThePublicBodysRegisters_WithoutWhatIsRestricted()
    {
        Applications(Viewer.Anonymous).ShouldBe(["Civica Revenues", "Granicus"]);
        Appraisals(Viewer.Anonymous).ShouldBe(["Granicus"]);
        Projects(Viewer.Anonymous).ShouldBe(["New website"]);
        Kpis(Viewer.Anonymous).ShouldBe(["Calls answered"]);
        KpiValues(Viewer.Anonymous).ShouldBe(["Calls answered"]);
    }

    [Fact]
    public void MemberOfTheBody_SeesWhatItsRegistersRestrict()
    {
        Applications(CouncilMember).ShouldBe(["Civica Revenues", "Granicus"]);
        Appraisals(CouncilMember).ShouldBe(["Civica Revenues", "Granicus"]);
        Projects(CouncilMember).ShouldBe(["New website"]);
        Kpis(CouncilMember).ShouldBe(["Calls answered", "Sickness absence"]);
        KpiValues(CouncilMember).ShouldBe(["Calls answered", "Sickness absence"]);
    }

    [Fact]
    public void ClerkOfTheBody_SeesWhatItsRegistersRestrict()
    {
        Appraisals(CouncilClerk).ShouldBe(["Civica Revenues", "Granicus"]);
        Kpis(CouncilClerk).ShouldBe(["Calls answered", "Sickness absence"]);
    }

    [Fact]
    public void MemberOfAPrivateBody_SeesItsRegisters_AndNotWhatAnotherBodyRestricts()
    {
        Applications(PanelMember).ShouldBe(["Audit Tracker", "Civica Revenues", "Granicus"]);
        Appraisals(PanelMember).ShouldBe(["Audit Tracker", "Granicus"]);
        Projects(PanelMember).ShouldBe(["Audit plan", "New website"]);
        Kpis(PanelMember).ShouldBe(["Calls answered", "Findings closed"]);
        KpiValues(PanelMember).ShouldBe(["Calls answered", "Findings closed"]);
    }

    [Fact]
    public void Administrator_SeesEveryRegisterEntry()
    {
        Applications(Administrator).Length.ShouldBe(3);
        Appraisals(Administrator).Length.ShouldBe(3);
        Projects(Administrator).Length.ShouldBe(2);
        Kpis(Administrator).Length.ShouldBe(3);
        KpiValues(Administrator).Length.ShouldBe(3);
    }

    // Imports and the outbox are the clerks' business.

    private string[] Pending(Viewer viewer) => Read(viewer, db => db.PendingImports.Select(p => p.FileName));

    private string[] Imported(Viewer viewer) => Read(viewer, db => db.ImportedDocuments.Select(d => d.FileName));

    private string[] Outbox(Viewer viewer) => Read(viewer, db => db.OutboxMessages.Select(m => m.Subject));

    private string[] Attachments(Viewer viewer) => Read(viewer, db => db.OutboxAttachments.Select(a => a.FileName));

    [Fact]
    public void AnonymousViewer_SeesNoImportsAndNoMessages()
    {
        Pending(Viewer.Anonymous).ShouldBeEmpty();
        Imported(Viewer.Anonymous).ShouldBeEmpty();
        Outbox(Viewer.Anonymous).ShouldBeEmpty();
        Attachments(Viewer.Anonymous).ShouldBeEmpty();
    }

    [Fact]
    public void MemberOfTheBody_SeesWhatWasImported_ButNotWhatAwaitsReview_NorTheOutbox()
    {
        Pending(CouncilMember).ShouldBeEmpty();
        Imported(CouncilMember).ShouldBe(["council imported.docx"]);
        Imported(PanelMember).ShouldBe(["panel imported.docx"]);
        Outbox(CouncilMember).ShouldBeEmpty();
        Attachments(CouncilMember).ShouldBeEmpty();
    }

    [Fact]
    public void ClerkOfTheBody_SeesItsOwnImportsAndMessages()
    {
        Pending(CouncilClerk).ShouldBe(["council pending.docx"]);
        Imported(CouncilClerk).ShouldBe(["council imported.docx"]);
        Outbox(CouncilClerk).ShouldBe(["to the council"]);
        Attachments(CouncilClerk).ShouldBe(["to the council.ics"]);
    }

    [Fact]
    public void Administrator_SeesEveryImportAndMessage()
    {
        Pending(Administrator).Length.ShouldBe(2);
        Imported(Administrator).Length.ShouldBe(2);
        Outbox(Administrator).ShouldBe(["to nobody's body", "to the council", "to the panel"]);
        Attachments(Administrator).Length.ShouldBe(3);
    }

    // Seats, people and venues, and what of them is open data.

    private string[] Seats(Viewer viewer) => Read(viewer, db => db.Memberships.Select(m => m.Person!.FullName));

    [Fact]
    public void Seats_FollowTheirBody()
    {
        Seats(Viewer.Anonymous).ShouldBe(["Ada Member", "Cy Member"]);
        Seats(PanelMember).ShouldBe(["Ada Member", "Bea Member", "Cy Member"]);
        Seats(CouncilClerk).ShouldBe(["Ada Member", "Cy Member"]);
        Seats(Administrator).Length.ShouldBe(3);
    }

    [Fact]
    public void OpenData_NamesOnlyThoseWhoConsent_AndVenuesOfMeetingsTheViewerSees()
    {
        Read(Viewer.Anonymous, db => db.Memberships.PublishedAsOpenData().Select(m => m.Person!.FullName)).ShouldBe(["Ada Member"]);
        Read(PanelMember, db => db.Memberships.PublishedAsOpenData().Select(m => m.Person!.FullName)).ShouldBe(["Ada Member", "Bea Member"]);
        Read(Viewer.Anonymous, db => db.People.PublishedAsOpenData().Select(p => p.FullName)).ShouldBe(["Ada Member", "Bea Member"]);
        Read(Viewer.Anonymous, db => db.Locations.PublishedAsOpenData(db).Select(l => l.Name)).ShouldBe(["Town Hall"]);
        Read(PanelMember, db => db.Locations.PublishedAsOpenData(db).Select(l => l.Name)).ShouldBe(["Panel Room", "Town Hall"]);
        Read(Administrator, db => db.Locations.PublishedAsOpenData(db).Select(l => l.Name)).ShouldBe(["Panel Room", "Town Hall"]);
    }
}

public class ViewerTests
{
    [Fact]
    public void Anonymous_IsNotSignedIn_AndSeesNothingUnpublished()
    {
        var anonymous = Viewer.Anonymous;
        anonymous.IsSignedIn.ShouldBeFalse();
        anonymous.SeesContactDetails.ShouldBeFalse();
        anonymous.SeesEverything.ShouldBeFalse();
        anonymous.SeesUnpublishedOf(1).ShouldBeFalse();
        anonymous.MayEdit(1).ShouldBeFalse();
        anonymous.MayEditPeople.ShouldBeFalse();
    }

    [Fact]
    public void Member_SeesTheUnpublishedRecordsOfTheirBody_ButEditsNothing()
    {
        var member = new Viewer { UserId = "m", MemberOf = [1] };
        member.IsSignedIn.ShouldBeTrue();
        member.SeesContactDetails.ShouldBeTrue();
        member.SeesUnpublishedOf(1).ShouldBeTrue();
        member.SeesUnpublishedOf(2).ShouldBeFalse();
        member.MayEdit(1).ShouldBeFalse();
        member.MayEditPeople.ShouldBeFalse();
    }

    [Fact]
    public void Clerk_EditsTheirBody_AndThePeopleRegister()
    {
        var clerk = new Viewer { UserId = "c", ClerkOf = [2] };
        clerk.SeesUnpublishedOf(2).ShouldBeTrue();
        clerk.SeesUnpublishedOf(1).ShouldBeFalse();
        clerk.MayEdit(2).ShouldBeTrue();
        clerk.MayEdit(1).ShouldBeFalse();
        clerk.MayEditPeople.ShouldBeTrue();
        clerk.SeesEverything.ShouldBeFalse();
    }

    [Fact]
    public void Administrator_AndQuorumItself_SeeAndEditEverything()
    {
        foreach (var viewer in new[] { Viewer.System, new Viewer { IsAdministrator = true } })
        {
            viewer.IsSignedIn.ShouldBeTrue();
            viewer.SeesEverything.ShouldBeTrue();
            viewer.SeesUnpublishedOf(9).ShouldBeTrue();
            viewer.MayEdit(9).ShouldBeTrue();
            viewer.MayEditPeople.ShouldBeTrue();
        }

        Viewer.System.Name.ShouldBe("system");
    }
}
