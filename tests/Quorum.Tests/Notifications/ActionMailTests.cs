using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Notifications;
using Quorum.People;

namespace Quorum.Tests.Notifications;

/// <summary>The messages an action's owners get when a save raises or changes it, written in that save.</summary>
public sealed class ActionMailTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2031, 3, 12, 12, 0, 0, TimeSpan.Zero);
    private static readonly MailSite Site = new(new Uri("https://quorum.example.org/"), "clerk@example.org");
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    [Fact]
    public async Task ARaisedAction_TellsEachOwnerWhoMaySeeIt_ButNotTheClerkWhoRaisedIt()
    {
        var s = await SeedAsync();

        int id;
        using (var db = Open(Clerk(s)))
        {
            var action = await RaiseAsync(db, s, "Report on costs", new DateOnly(2031, 3, 31), s.Ada, s.Cara, s.Outsider, s.NoMail);
            await db.SaveChangesAsync();
            id = action.Id;
        }

        var message = (await MessagesAsync()).ShouldHaveSingleItem();
        (message.Kind, message.Recipient, message.RecipientName, message.PersonId).ShouldBe((MessageKind.ActionAssigned, "ada@example.org", "Ada Lovelace", (int?)s.Ada));
        (message.BodyId, message.MeetingId).ShouldBe(((int?)s.Body, (int?)s.Meeting));
        message.Subject.ShouldBe("Action C 3/1 is yours: Report on costs");
        message.TextBody.ShouldStartWith(
            "Action C 3/1\n============\n\n"
            + "Cara Clerk raised an action of Council for you, at Council 03 on 1 March 2031.\n\n"
            + "The action\n----------\n\n"
            + "Report on costs\n\n"
            + "Due: 31 March 2031. Status: open.\n\n"
            + "Owned by: Ada Lovelace, Cara Clerk, Outsider, No Mail.\n\n"
            + $"The action's page: https://quorum.example.org/actions/{id}\n\n"
            + "-- \nYou get this because you own action C 3/1.\n");
        message.HtmlBody.ShouldContain($"<a href=\"https://quorum.example.org/actions/{id}\">The action&#39;s page</a>");
    }

    [Fact]
    public async Task AnActionRaisedByQuorumItself_SaysSo_AndNamesAMeetingByItsTitle()
    {
        var s = await SeedAsync(meetingTitle: "Annual meeting");

        using (var db = Open(Viewer.System))
        {
            await RaiseAsync(db, s, "Publish the accounts", null, s.Ada);
            await db.SaveChangesAsync();
        }

        var message = (await MessagesAsync()).ShouldHaveSingleItem();
        message.TextBody.ShouldContain("An action of Council has been raised for you, at Annual meeting on 1 March 2031.\n\n", Case.Sensitive);
        message.TextBody.ShouldContain("Due: no date set. Status: open.\n\n", Case.Sensitive);
        message.TextBody.ShouldNotContain(" raised an action of ", Case.Sensitive);
    }

    [Fact]
    public async Task AChangedAction_TellsTheOwnersWhatChanged_InTheListOfChanges()
    {
        var s = await SeedAsync();
        int id = await RaiseAsQuorumAsync(s, "Report on costs", new DateOnly(2031, 3, 31), s.Ada, s.Cara);

        using (var db = Open(Clerk(s)))
        {
            var action = await db.Actions.Include(a => a.Owners).SingleAsync(a => a.Id == id);
            ActionRegister.Change(db, action, new ActionChange { DueDate = new DateOnly(2031, 4, 30), Status = ActionStatus.InProgress, Note = "Quotes awaited" });
            await db.SaveChangesAsync();
        }

        var message = (await MessagesAsync()).ShouldHaveSingleItem();
        message.Recipient.ShouldBe("ada@example.org");
        message.Subject.ShouldBe("Action C 3/1 has changed");
        message.TextBody.ShouldStartWith(
            "Action C 3/1 has changed\n========================\n\n"
            + "Cara Clerk changed an action of Council that you own:\n\n"
            + "- Due date moved from 31 March 2031 to 30 April 2031.\n"
            + "- Status changed from open to in progress: Quotes awaited\n\n"
            + "The action\n----------\n\n"
            + "Report on costs\n\n"
            + "Due: 30 April 2031. Status: in progress.\n\n"
            + "Owned by: Ada Lovelace, Cara Clerk.\n\n"
            + $"The action's page: https://quorum.example.org/actions/{id}\n\n");
        message.HtmlBody.ShouldContain("<ul><li>Due date moved from 31 March 2031 to 30 April 2031.</li>");
    }

    [Fact]
    public async Task AChangeByQuorumItself_IsSignedQuorum_AndTellsEveryOwner()
    {
        var s = await SeedAsync();
        int id = await RaiseAsQuorumAsync(s, "Report on costs", null, s.Ada, s.Bea);

        using (var db = Open(Viewer.System))
        {
            var action = await db.Actions.Include(a => a.Owners).SingleAsync(a => a.Id == id);
            ActionRegister.Change(db, action, new ActionChange { Text = "Report on costs and savings" });
            await db.SaveChangesAsync();
        }

        var messages = await MessagesAsync();
        messages.Select(m => m.Recipient).ShouldBe(["ada@example.org", "bea@example.org"]);
        messages.ShouldAllBe(m => m.TextBody.Contains("Quorum changed an action of Council that you own:\n\n- What is to be done is now: Report on costs and savings\n"));
    }

    [Fact]
    public async Task AChangeThatChangesNothing_OrAnActionTakenAwayBeforeTheSave_TellsNobody()
    {
        var s = await SeedAsync();
        int id = await RaiseAsQuorumAsync(s, "Report on costs", null, s.Ada);

        using var db = Open(Clerk(s));
        var action = await db.Actions.Include(a => a.Owners).SingleAsync(a => a.Id == id);
        ActionRegister.Change(db, action, new ActionChange { Text = "Report on costs" });
        var dropped = await RaiseAsync(db, s, "Never saved", null, "C 3/2", s.Ada);
        db.Actions.Remove(dropped);
        await db.SaveChangesAsync();

        (await MessagesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnOwnerWhoTurnedActionMessagesOff_IsNotTold_AndTheChangerIsBackAsTheViewer()
    {
        var s = await SeedAsync();
        using (var setup = Open(Viewer.System))
        {
            await Outbox.OptOutAsync(setup, "ada@example.org", MessageKind.ActionAssigned);
            await setup.SaveChangesAsync();
        }

        var clerk = Clerk(s);
        using var db = Open(clerk);
        await RaiseAsync(db, s, "Report on costs", null, s.Ada, s.Bea);
        await db.SaveChangesAsync();

        (await MessagesAsync()).Select(m => m.Recipient).ShouldBe(["bea@example.org"]);
        db.Viewer.ShouldBeSameAs(clerk);
    }

    [Fact]
    public async Task TheNoticesWritten_AreReturned_SoARetriedSaveCanWriteThemAfresh()
    {
        var s = await SeedAsync();
        using var db = Open(Viewer.System);
        (await ActionMail.WriteNoticesAsync(db, CancellationToken.None)).ShouldBeEmpty();

        var action = await RaiseAsync(db, s, "Report on costs", null, s.Ada, s.Bea);
        db.PendingActionNotices.Remove(action);
        await db.SaveChangesAsync();
        db.PendingActionNotices[action] = new ActionNotice(null, null) { Raised = true };

        var written = await ActionMail.WriteNoticesAsync(db, CancellationToken.None);

        written.Select(m => m.Recipient).ShouldBe(["ada@example.org", "bea@example.org"]);
        db.OutboxMessages.Local.ShouldBe(written, ignoreOrder: true);
    }

    [Fact]
    public async Task AReadThatFailsAsAnOwner_LeavesTheChangerAsTheViewer()
    {
        var s = await SeedAsync();
        var failing = new FailingActionReads();
        using var db = quorum.Open(Viewer.System, failing);
        var action = await RaiseAsync(db, s, "Report on costs", null, s.Ada);
        db.PendingActionNotices.Remove(action);
        await db.SaveChangesAsync();
        db.PendingActionNotices[action] = new ActionNotice(null, null) { Raised = true };

        failing.Armed = true;
        await Should.ThrowAsync<InvalidOperationException>(() => ActionMail.WriteNoticesAsync(db, CancellationToken.None));

        db.Viewer.ShouldBeSameAs(Viewer.System);
    }

    [Theory]
    [InlineData(70, 70)]
    [InlineData(71, 68)]
    public void ALongTextIsShortenedInTheSubject_ToSixtySevenCharactersAndAnEllipsis(int length, int shortened)
    {
        var text = new string('w', length);

        ActionMail.Shorten(text).Length.ShouldBe(shortened);
        ActionMail.Shorten(text).ShouldBe(length <= 70 ? text : new string('w', 67) + "…");
    }

    [Fact]
    public void AShortenedText_DropsTheSpacesBeforeItsEllipsis() =>
        ActionMail.Shorten(new string('w', 65) + "  " + new string('x', 10)).ShouldBe(new string('w', 65) + "…");

    /// <summary>Fails every read of the actions table once armed, as a dropped connection would.</summary>
    private sealed class FailingActionReads : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Armed && command.CommandText.Contains("FROM \"Actions\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("The connection was lost.")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private sealed record Seeded(int Body, int Meeting, int Ada, int Bea, int Cara, int NoMail, int Outsider);

    private async Task<Seeded> SeedAsync(string? meetingTitle = null)
    {
        using var db = Open(Viewer.System);
        var body = new Body { Name = "Council", ShortName = "C" };
        var meeting = new Meeting { Body = body, Number = 3, Date = new DateOnly(2031, 3, 1), Title = meetingTitle };
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
            new Membership { Body = body, Person = cara, Role = MembershipRole.Secretary });
        db.People.Add(outsider);
        await db.SaveChangesAsync();
        return new(body.Id, meeting.Id, ada.Id, bea.Id, cara.Id, noMail.Id, outsider.Id);
    }

    private static Viewer Clerk(Seeded s) =>
        new() { UserId = "u-cara", Name = "cara", DisplayName = "Cara Clerk", PersonId = s.Cara, MemberOf = [s.Body], ClerkOf = [s.Body] };

    private static async Task<ActionItem> RaiseAsync(QuorumDb db, Seeded s, string text, DateOnly? due, params int[] owners) =>
        await RaiseAsync(db, s, text, due, "C 3/1", owners);

    private static async Task<ActionItem> RaiseAsync(QuorumDb db, Seeded s, string text, DateOnly? due, string reference, params int[] owners)
    {
        var meeting = await db.Meetings.SingleAsync(m => m.Id == s.Meeting);
        var people = await db.People.Where(p => owners.Contains(p.Id)).ToListAsync();
        return await ActionRegister.RaiseAsync(db, meeting, null, [.. owners.Select(o => people.Single(p => p.Id == o))], text, due, reference);
    }

    /// <summary>Raises an action and clears the outbox of the messages that told its owners so.</summary>
    private async Task<int> RaiseAsQuorumAsync(Seeded s, string text, DateOnly? due, params int[] owners)
    {
        using var db = Open(Viewer.System);
        var action = await RaiseAsync(db, s, text, due, owners);
        await db.SaveChangesAsync();
        db.OutboxMessages.RemoveRange(db.OutboxMessages);
        await db.SaveChangesAsync();
        return action.Id;
    }

    private QuorumDb Open(Viewer viewer)
    {
        var db = quorum.Open(viewer);
        db.Clock = new FixedClock(Noon);
        db.Site = Site;
        return db;
    }

    private async Task<List<OutboxMessage>> MessagesAsync()
    {
        using var db = Open(Viewer.System);
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }
}
