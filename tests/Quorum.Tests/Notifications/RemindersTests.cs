using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.Notifications;
using Quorum.People;

namespace Quorum.Tests.Notifications;

public sealed class RemindersTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2031, 3, 12, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2031, 3, 12);
    private static readonly MailSite Site = new(new Uri("https://quorum.example.org/"), "clerk@example.org");
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    [Fact]
    public async Task TheDigest_ListsAnOwnersOverdueAndSoonDueActions_InDateOrder()
    {
        var s = Seed();
        Raise(s, "NDLC 01/03", "Publish the strategy", Today.AddDays(14), s.Ada);
        Raise(s, "NDLC 01/01", "Report on costs", Today.AddDays(-1), s.Ada);
        Raise(s, "NDLC 01/02", "Write to the minister", Today, s.Ada);
        Raise(s, "NDLC 01/04", "Too far off", Today.AddDays(15), s.Ada);
        Raise(s, "NDLC 01/05", "No date", null, s.Ada);

        await RunAsync(Noon);

        var digest = await Single(MessageKind.ActionDigest);
        digest.Recipient.ShouldBe("ada@example.org");
        digest.RecipientName.ShouldBe("Ada Lovelace");
        digest.PersonId.ShouldBe(s.Ada);
        digest.BodyId.ShouldBe(s.Body);
        digest.RunKey.ShouldBe($"digest:2031-W11:person:{s.Ada}");
        digest.Subject.ShouldBe("Your actions: 1 overdue, 2 due in the next two weeks");
        digest.TextBody.ShouldStartWith(
            "Your actions this week\n======================\n\n"
            + "Hello Ada Lovelace. These are your open actions that are overdue or due by 26 March 2031.\n\n"
            + "Overdue\n-------\n\n"
            + $"- NDLC 01/01 (Council): Report on costs, due 11 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/01"]}>\n\n"
            + "Due in the next two weeks\n-------------------------\n\n"
            + $"- NDLC 01/02 (Council): Write to the minister, due 12 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/02"]}>\n"
            + $"- NDLC 01/03 (Council): Publish the strategy, due 26 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/03"]}>\n\n"
            + $"All your actions: https://quorum.example.org/actions?owner={s.Ada}\n\n"
            + "-- \nYou get this once a week because you own open actions.\n");
    }

    [Fact]
    public async Task ADigestWithNothingOverdue_HasNoOverdueHeading_AndALongTextIsShortened()
    {
        var s = Seed();
        Raise(s, "NDLC 01/01", new string('w', 71), Today.AddDays(3), s.Ada);

        await RunAsync(Noon);

        var digest = await Single(MessageKind.ActionDigest);
        digest.Subject.ShouldBe("Your actions: 0 overdue, 1 due in the next two weeks");
        digest.TextBody.ShouldNotContain("Overdue\n", Case.Sensitive);
        digest.TextBody.ShouldContain($"- NDLC 01/01 (Council): {new string('w', 67)}…, due 15 March 2031");
    }

    [Fact]
    public async Task OwnersWithNoAddress_NothingDue_OrNoSightOfTheAction_GetNoDigest()
    {
        var s = Seed();
        Raise(s, "NDLC 01/01", "Closed already", Today, s.Ada, close: true);
        Raise(s, "NDLC 01/02", "Far off", Today.AddDays(15), s.Ada);
        Raise(s, "NDLC 01/03", "Owned by one without mail", Today, s.NoMail);
        Raise(s, "NDLC 01/04", "Owned by an outsider", Today, s.Outsider);

        await RunAsync(Noon);

        (await Messages(MessageKind.ActionDigest)).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheClerksReminder_ListsExemptionsToReview_AndOverdueActions_OfTheirBodies()
    {
        var s = Seed();
        Raise(s, "NDLC 01/01", "Report on costs", Today.AddDays(-2), s.Ada);
        Raise(s, "NDLC 01/02", "Due today is not overdue", Today, s.Ada);
        var lateItem = Exempt(s, "2", "Staffing", Today.AddDays(-1));
        var soonItem = Exempt(s, "3", "Contract award", Today.AddDays(14));
        Exempt(s, "4", "Later", Today.AddDays(15));

        await RunAsync(Noon);

        var reminder = await Single(MessageKind.ClerkReminders);
        reminder.Recipient.ShouldBe("cara@example.org");
        reminder.PersonId.ShouldBe(s.Cara);
        reminder.BodyId.ShouldBe(s.Body);
        reminder.RunKey.ShouldBe($"clerks:2031-W11:person:{s.Cara}");
        reminder.Subject.ShouldBe("For the clerk: 2 exemptions to review, 1 overdue action");
        reminder.TextBody.ShouldStartWith(
            "Your bodies this week\n=====================\n\n"
            + "Hello Cara Clerk. What needs a clerk's attention in the bodies you clerk, as of 12 March 2031.\n\n"
            + "Exemptions due for review\n-------------------------\n\n"
            + $"- Council, meeting of 1 March 2031, item 2 Staffing: review was due 11 March 2031 <https://quorum.example.org/meetings/{s.Meeting}/items/{lateItem}>\n"
            + $"- Council, meeting of 1 March 2031, item 3 Contract award: review due 26 March 2031 <https://quorum.example.org/meetings/{s.Meeting}/items/{soonItem}>\n\n"
            + "All exemptions: https://quorum.example.org/exemptions\n\n"
            + "Overdue actions of Council\n--------------------------\n\n"
            + $"- NDLC 01/01 (Council): Report on costs, due 10 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/01"]}>\n\n"
            + "-- \nYou get this once a week as the clerk of a body.\n");
    }

    [Fact]
    public async Task TheClerksReminder_CountsOneOfEachInTheSingular_AndIsNotSentWhenThereIsNothing()
    {
        var s = Seed();
        Exempt(s, "2", "Staffing", Today);

        await RunAsync(Noon);
        (await Single(MessageKind.ClerkReminders)).Subject.ShouldBe("For the clerk: 1 exemption to review, 0 overdue actions");

        using var quorum2 = new InMemoryQuorum();
        var empty = Seed(quorum2);
        Raise(empty, "NDLC 01/01", "Not yet due", Today, empty.Ada, quorum2);
        await RunAsync(Noon, quorum2);
        (await Messages(MessageKind.ClerkReminders, quorum2)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AFormerClerk_AndOneNotYetStarted_GetNoReminder()
    {
        var s = Seed(clerkFrom: Today.AddDays(1));
        using (var db = quorum.Open(Viewer.System))
        {
            var former = new Person { FullName = "Former Clerk", Email = "former@example.org" };
            db.Memberships.Add(new Membership { BodyId = s.Body, Person = former, Role = MembershipRole.Secretary, Until = Today.AddDays(-1) });
            db.SaveChanges();
        }

        Raise(s, "NDLC 01/01", "Report on costs", Today.AddDays(-2), s.Ada);

        await RunAsync(Noon);

        (await Messages(MessageKind.ClerkReminders)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AWeekRunsOnce_AndTheNextWeekRunsAgain()
    {
        var s = Seed();
        Raise(s, "NDLC 01/01", "Report on costs", Today.AddDays(-2), s.Ada);

        await RunAsync(Noon);
        await RunAsync(new DateTimeOffset(2031, 3, 16, 12, 0, 0, TimeSpan.Zero));

        (await Messages(MessageKind.ActionDigest)).Count.ShouldBe(1);
        (await Messages(MessageKind.ClerkReminders)).Count.ShouldBe(1);
        using (var db = quorum.Open(Viewer.System))
            (await db.ScheduledRuns.Select(r => r.Key).ToListAsync()).ShouldBe(["reminders:2031-W11"]);

        await RunAsync(new DateTimeOffset(2031, 3, 17, 12, 0, 0, TimeSpan.Zero));

        (await Messages(MessageKind.ActionDigest)).Select(m => m.RunKey).ShouldBe([$"digest:2031-W11:person:{s.Ada}", $"digest:2031-W12:person:{s.Ada}"]);
        using var read = quorum.Open(Viewer.System);
        (await read.ScheduledRuns.OrderBy(r => r.Id).Select(r => r.Key).ToListAsync()).ShouldBe(["reminders:2031-W11", "reminders:2031-W12"]);
    }

    [Fact]
    public async Task AnOwnerWhoTurnedTheDigestOff_GetsNone_AndAMessageAlreadyWrittenForTheWeek_IsNotWrittenTwice()
    {
        var s = Seed();
        Raise(s, "NDLC 01/01", "Report on costs", Today.AddDays(-2), s.Ada);
        Raise(s, "NDLC 01/02", "Reply", Today.AddDays(-2), s.Bea);
        using (var db = quorum.Open(Viewer.System))
        {
            await Outbox.OptOutAsync(db, "ada@example.org", MessageKind.ActionDigest);
            (await Outbox.WriteAsync(db, Site, new Recipient("bea@example.org", null, s.Bea), MessageKind.ActionDigest, new Letter("Earlier"), "Why"))!
                .RunKey = $"digest:2031-W11:person:{s.Bea}";
            await db.SaveChangesAsync();
        }

        await RunAsync(Noon);

        (await Messages(MessageKind.ActionDigest)).Select(m => m.Subject).ShouldBe(["Earlier"]);
    }

    [Fact]
    public async Task AMessageSpanningBodies_ShowsInNoBodysOutbox()
    {
        var s = Seed();
        Raise(s, "NDLC 01/01", "Report on costs", Today.AddDays(-2), s.Ada);
        using (var db = quorum.Open(Viewer.System))
        {
            var group = new Body { Name = "Group", ShortName = "G" };
            var meeting = new Meeting { Body = group, Number = 1, Date = new DateOnly(2031, 3, 2) };
            db.Memberships.Add(new Membership { Body = group, PersonId = s.Ada });
            db.Actions.Add(new ActionItem { Body = group, Meeting = meeting, Sequence = 1, Reference = "G 01/01", Text = "Other", DueDate = Today, Owners = [await db.People.SingleAsync(p => p.Id == s.Ada)] });
            await db.SaveChangesAsync();
        }

        await RunAsync(Noon);

        var digest = await Single(MessageKind.ActionDigest);
        digest.Subject.ShouldBe("Your actions: 1 overdue, 1 due in the next two weeks");
        digest.BodyId.ShouldBeNull();
    }

    [Fact]
    public async Task TheDigest_ListsActionsByDueDateThenReference_WithoutAnEmptySection_OneOwnerAfterAnother()
    {
        var s = Seed();
        Raise(s, "NDLC 01/05", "Fifth", Today.AddDays(-1), s.Ada);
        Raise(s, "NDLC 01/02", "Second", Today.AddDays(-3), s.Ada);
        Raise(s, "NDLC 01/03", "Third", Today.AddDays(-1), s.Ada);
        Raise(s, "NDLC 01/07", "Seventh", Today.AddDays(2), s.Bea);
        Raise(s, "NDLC 01/06", "Sixth", Today.AddDays(2), s.Bea);

        await RunAsync(Noon);

        var digests = await Messages(MessageKind.ActionDigest);
        digests.Select(m => m.PersonId).ShouldBe([.. new int?[] { s.Ada, s.Bea }.Order()]);
        var toAda = digests.Single(m => m.PersonId == s.Ada).TextBody;
        toAda.ShouldContain(
            "Overdue\n-------\n\n"
            + $"- NDLC 01/02 (Council): Second, due 9 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/02"]}>\n"
            + $"- NDLC 01/03 (Council): Third, due 11 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/03"]}>\n"
            + $"- NDLC 01/05 (Council): Fifth, due 11 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/05"]}>\n\n"
            + "All your actions: ", Case.Sensitive);
        toAda.ShouldNotContain("Due in the next two weeks", Case.Sensitive);
        digests.Single(m => m.PersonId == s.Bea).TextBody.ShouldContain(
            "Due in the next two weeks\n-------------------------\n\n"
            + $"- NDLC 01/06 (Council): Sixth, due 14 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/06"]}>\n"
            + $"- NDLC 01/07 (Council): Seventh, due 14 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/07"]}>\n\n", Case.Sensitive);
    }

    [Fact]
    public async Task AClerkOfTwoBodies_GetsTheOverdueActionsBodyByBody_InDateOrder_AndNoExemptionsHeadingWithoutExemptions()
    {
        var s = Seed();
        Raise(s, "NDLC 01/02", "Second", Today.AddDays(-1), s.Ada);
        Raise(s, "NDLC 01/03", "Third", Today.AddDays(-4), s.Ada);
        Raise(s, "NDLC 01/01", "First", Today.AddDays(-1), s.Ada);
        var panel = SecondBody(s);
        int audit;
        using (var db = quorum.Open(Viewer.System))
        {
            var action = new ActionItem { BodyId = panel.Body, MeetingId = panel.Meeting, Sequence = 1, Reference = "AP 01/01", Text = "Audit", DueDate = Today.AddDays(-2), Owners = [db.People.Single(p => p.Id == s.Ada)] };
            db.Actions.Add(action);
            db.SaveChanges();
            audit = action.Id;
        }

        await RunAsync(Noon);

        var reminder = await Single(MessageKind.ClerkReminders);
        reminder.Subject.ShouldBe("For the clerk: 0 exemptions to review, 4 overdue actions");
        reminder.BodyId.ShouldBeNull();
        reminder.TextBody.ShouldContain(
            "as of 12 March 2031.\n\n"
            + "Overdue actions of Audit Panel\n------------------------------\n\n"
            + $"- AP 01/01 (Audit Panel): Audit, due 10 March 2031 <https://quorum.example.org/actions/{audit}>\n\n"
            + "Overdue actions of Council\n--------------------------\n\n"
            + $"- NDLC 01/03 (Council): Third, due 8 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/03"]}>\n"
            + $"- NDLC 01/01 (Council): First, due 11 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/01"]}>\n"
            + $"- NDLC 01/02 (Council): Second, due 11 March 2031 <https://quorum.example.org/actions/{s.Actions["NDLC 01/02"]}>\n\n"
            + "-- \n", Case.Sensitive);
    }

    [Fact]
    public async Task ExemptionsReviewedTheSameDay_AreListedByBody_AndEachClerkIsWrittenInTurn()
    {
        var s = Seed();
        var staffing = Exempt(s.Meeting, "2", "Staffing", Today.AddDays(3));
        var panel = SecondBody(s);
        var fees = Exempt(panel.Meeting, "5", "Audit fees", Today.AddDays(3));
        var dan = Clerk(s, "Dan Deputy", "dan@example.org");

        await RunAsync(Noon);

        var reminders = await Messages(MessageKind.ClerkReminders);
        reminders.Select(m => m.PersonId).ShouldBe([.. new int?[] { s.Cara, dan }.Order()]);
        reminders.Single(m => m.PersonId == s.Cara).TextBody.ShouldContain(
            "Exemptions due for review\n-------------------------\n\n"
            + $"- Audit Panel, meeting of 2 March 2031, item 5 Audit fees: review due 15 March 2031 <https://quorum.example.org/meetings/{panel.Meeting}/items/{fees}>\n"
            + $"- Council, meeting of 1 March 2031, item 2 Staffing: review due 15 March 2031 <https://quorum.example.org/meetings/{s.Meeting}/items/{staffing}>\n\n"
            + "All exemptions: https://quorum.example.org/exemptions\n\n"
            + "-- \n", Case.Sensitive);
    }

    [Fact]
    public async Task AClerkWhoTurnedRemindersOff_GetsNone_AndTheOtherClerksStillDo()
    {
        var s = Seed();
        Exempt(s, "2", "Staffing", Today);
        var dan = Clerk(s, "Dan Deputy", "dan@example.org");
        using (var db = quorum.Open(Viewer.System))
        {
            await Outbox.OptOutAsync(db, "cara@example.org", MessageKind.ClerkReminders);
            await db.SaveChangesAsync();
        }

        await RunAsync(Noon);

        (await Single(MessageKind.ClerkReminders)).PersonId.ShouldBe(dan);
    }

    private sealed record Seeded(int Body, int Meeting, int Ada, int Bea, int Cara, int NoMail, int Outsider, Dictionary<string, int> Actions);

    private Seeded Seed(DateOnly? clerkFrom = null) => Seed(quorum, clerkFrom);

    private static Seeded Seed(InMemoryQuorum on, DateOnly? clerkFrom = null)
    {
        using var db = on.Open(Viewer.System);
        var body = new Body { Name = "Council", ShortName = "NDLC" };
        var meeting = new Meeting { Body = body, Number = 1, Date = new DateOnly(2031, 3, 1) };
        var ada = new Person { FullName = "Ada Lovelace", Email = "ada@example.org" };
        var bea = new Person { FullName = "Bea", Email = "bea@example.org" };
        var cara = new Person { FullName = "Cara Clerk", Email = "cara@example.org" };
        var noMail = new Person { FullName = "No Mail", Email = "" };
        var outsider = new Person { FullName = "Outsider", Email = "outsider@example.org" };
        db.Meetings.Add(meeting);
        db.Memberships.AddRange(
            new Membership { Body = body, Person = ada },
            new Membership { Body = body, Person = bea },
            new Membership { Body = body, Person = noMail },
            new Membership { Body = body, Person = cara, Role = MembershipRole.Secretary, From = clerkFrom });
        db.People.Add(outsider);
        db.SaveChanges();
        return new(body.Id, meeting.Id, ada.Id, bea.Id, cara.Id, noMail.Id, outsider.Id, []);
    }

    private void Raise(Seeded s, string reference, string text, DateOnly? due, int owner, bool close = false) => Raise(s, reference, text, due, owner, quorum, close);

    private static void Raise(Seeded s, string reference, string text, DateOnly? due, int owner, InMemoryQuorum on, bool close = false)
    {
        using var db = on.Open(Viewer.System);
        var action = new ActionItem { BodyId = s.Body, MeetingId = s.Meeting, Sequence = s.Actions.Count + 1, Reference = reference, Text = text, DueDate = due, Owners = [db.People.Single(p => p.Id == owner)] };
        if (close)
            action.RecordUpdate("Finished", ActionStatus.Done, Today, "clerk", Noon.UtcDateTime);
        db.Actions.Add(action);
        db.SaveChanges();
        s.Actions[reference] = action.Id;
    }

    private int Exempt(int meetingId, string number, string title, DateOnly review)
    {
        using var db = quorum.Open(Viewer.System);
        var item = new AgendaItem { MeetingId = meetingId, Title = title, Number = number };
        item.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 1", ReviewDate = review });
        db.AgendaItems.Add(item);
        db.SaveChanges();
        return item.Id;
    }

    private int Exempt(Seeded s, string number, string title, DateOnly review) => Exempt(s.Meeting, number, title, review);

    private (int Body, int Meeting) SecondBody(Seeded s)
    {
        using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = "Audit Panel", ShortName = "AP" };
        var meeting = new Meeting { Body = body, Number = 1, Date = new DateOnly(2031, 3, 2) };
        db.Meetings.Add(meeting);
        db.Memberships.Add(new Membership { Body = body, PersonId = s.Cara, Role = MembershipRole.Secretary });
        db.SaveChanges();
        return (body.Id, meeting.Id);
    }

    private int Clerk(Seeded s, string name, string email)
    {
        using var db = quorum.Open(Viewer.System);
        var person = new Person { FullName = name, Email = email };
        db.Memberships.Add(new Membership { BodyId = s.Body, Person = person, Role = MembershipRole.Secretary });
        db.SaveChanges();
        return person.Id;
    }

    private Task RunAsync(DateTimeOffset at) => RunAsync(at, quorum);

    private static async Task RunAsync(DateTimeOffset at, InMemoryQuorum on)
    {
        using var db = on.Open(Viewer.System);
        db.Clock = new FixedClock(at);
        await Reminders.RunDueAsync(db, Site);
    }

    private async Task<OutboxMessage> Single(MessageKind kind) => (await Messages(kind)).ShouldHaveSingleItem();

    private Task<List<OutboxMessage>> Messages(MessageKind kind) => Messages(kind, quorum);

    private static async Task<List<OutboxMessage>> Messages(MessageKind kind, InMemoryQuorum on)
    {
        using var db = on.Open(Viewer.System);
        return await db.OutboxMessages.Where(m => m.Kind == kind).OrderBy(m => m.Id).ToListAsync();
    }
}
