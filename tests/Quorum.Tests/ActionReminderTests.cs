using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Notifications;
using Quorum.People;

namespace Quorum.Tests;

public class ActionReminderTests
{
    private static readonly DateOnly Wednesday = DateOnly.FromDateTime(new FixedClock(new DateTimeOffset(2031, 3, 12, 9, 0, 0, TimeSpan.Zero)).GetUtcNow().UtcDateTime);

    [Fact]
    public void Notice_TellsEveryOwnerWithAnAddress_ButNotTheOwnerWhoMadeTheChange()
    {
        var (alan, clara, nobody) = (Owner(1, "alan@example.org"), Owner(2, "clara@example.org"), Owner(3, null));
        var action = new ActionItem { Reference = "TA 01/01", Text = "Report", Owners = [alan, clara, nobody] };

        new ActionNotice(byPersonId: 2, "Clara").ToTell(action).ShouldBe([alan]);
        new ActionNotice(byPersonId: null, null).ToTell(action).ShouldBe([alan, clara]);
        new ActionNotice(byPersonId: 9, "Someone else").ToTell(action).ShouldBe([alan, clara]);
    }

    [Fact]
    public void AClerksChange_IsToldToTheOtherOwners_OneSentenceEach()
    {
        var (alan, clara, beth) = (Owner(1, "alan@example.org"), Owner(2, "clara@example.org"), Owner(3, "beth@example.org"));
        using var db = Db(new Viewer { UserId = "u2", PersonId = 2, DisplayName = "Clara Clerk", ClerkOf = [1] });
        var action = new ActionItem { Reference = "TA 01/01", Text = "Report", DueDate = Wednesday, Owners = [alan, clara] };

        ActionRegister.Change(db, action, new ActionChange { Text = "Report on costs", DueDate = Wednesday.AddDays(7), Owners = [alan, clara, beth], Status = ActionStatus.InProgress, Note = "Begun" });

        var notice = db.PendingActionNotices[action];
        notice.Raised.ShouldBeFalse();
        notice.ByName.ShouldBe("Clara Clerk");
        notice.Changes.ShouldBe([
            "What is to be done is now: Report on costs",
            "Due date moved from 12 March 2031 to 19 March 2031.",
            "Owner added: Person 3.",
            "Status changed from open to in progress: Begun",
        ]);
        notice.ToTell(action).ShouldBe([alan, beth]);
    }

    [Fact]
    public void AChangeThatChangesNothing_TellsNobody()
    {
        var alan = Owner(1, "alan@example.org");
        using var db = Db(Viewer.System);
        var action = new ActionItem { Reference = "TA 01/01", Text = "Report", DueDate = Wednesday, Owners = [alan] };

        ActionRegister.Change(db, action, new ActionChange { Text = " Report ", DueDate = Wednesday, Owners = [alan] });

        db.PendingActionNotices[action].IsEmpty.ShouldBeTrue();
        Should.Throw<InvalidInputException>(() => ActionRegister.Change(db, action, new ActionChange { Owners = [] }));
    }

    [Fact]
    public void TakingAwayTheDueDate_IsToldToTheOwners_AndANullDateAloneLeavesItAsItIs()
    {
        var alan = Owner(1, "alan@example.org");
        using var db = Db(Viewer.System);
        var action = new ActionItem { Reference = "TA 01/01", Text = "Report", DueDate = Wednesday, Owners = [alan] };

        ActionRegister.Change(db, action, new ActionChange { DueDate = null });
        action.DueDate.ShouldBe(Wednesday);
        db.PendingActionNotices[action].IsEmpty.ShouldBeTrue();

        ActionRegister.Change(db, action, new ActionChange { RemoveDueDate = true });
        action.DueDate.ShouldBeNull();
        db.PendingActionNotices[action].Changes.ShouldBe(["Due date 12 March 2031 taken away: no date is set."]);
    }

    [Fact]
    public void OwnersAddedAndRemoved_AreToldInSentencesOfTheirOwn_AndAStatusChangedWithoutWordsEndsItsSentence()
    {
        var (alan, clara, beth) = (Owner(1, "alan@example.org"), Owner(2, "clara@example.org"), Owner(3, "beth@example.org"));
        using var db = Db(Viewer.System);
        var action = new ActionItem { Reference = "TA 01/01", Text = "Report", Owners = [alan] };

        var update = ActionRegister.Change(db, action, new ActionChange { DueDate = Wednesday, Owners = [clara, beth], Status = ActionStatus.Done });

        action.Owners.ShouldBe([clara, beth]);
        var notice = db.PendingActionNotices[action];
        notice.ByName.ShouldBeNull();
        notice.Changes.ShouldBe([
            "Due date set: 12 March 2031.",
            "Owners added: Person 2, Person 3.",
            "No longer owned by: Person 1.",
            "Status changed from open to done.",
        ]);
        update.ShouldNotBeNull();
        (update.On, update.RecordedBy, update.StatusFrom, update.StatusTo).ShouldBe((Wednesday, "system", (ActionStatus?)ActionStatus.Open, (ActionStatus?)ActionStatus.Done));
        (action.Status, action.ClosedOn).ShouldBe((ActionStatus.Done, (DateOnly?)Wednesday));
    }

    [Fact]
    public void OwnersOnlyReordered_AreNoChange_AndTheSameStatusWithANote_IsAnUpdateWithoutAChangeOfStatus()
    {
        var (alan, clara) = (Owner(1, "alan@example.org"), Owner(2, "clara@example.org"));
        using var db = Db(new Viewer { UserId = "u9", DisplayName = "Clerk Nine" });
        var action = new ActionItem { Reference = "TA 01/01", Text = "Report", Owners = [alan, clara] };

        ActionRegister.Change(db, action, new ActionChange { Owners = [clara, alan] }).ShouldBeNull();
        action.Owners.ShouldBe([alan, clara]);
        db.PendingActionNotices[action].IsEmpty.ShouldBeTrue();

        var update = ActionRegister.Change(db, action, new ActionChange { Status = ActionStatus.Open, Note = "Still waiting" });

        update.ShouldNotBeNull();
        (update.Text, update.RecordedBy, update.StatusTo).ShouldBe(("Still waiting", "unknown", (ActionStatus?)null));
        db.PendingActionNotices[action].ByName.ShouldBe("Clerk Nine");
        action.Updates.ShouldBe([update]);
        db.PendingActionNotices[action].IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void AnUpdateGivenAtAMeeting_IsDatedByTheMeeting_AndWhatIsToBeDoneHasALimit()
    {
        var alan = Owner(1, "alan@example.org");
        using var db = Db(Viewer.System);
        var action = new ActionItem { Reference = "TA 01/01", Text = "Report", Owners = [alan] };
        var meeting = new Meeting { Id = 4, BodyId = 1, Number = 4, Date = Wednesday.AddDays(-7) };

        var update = ActionRegister.Change(db, action, new ActionChange { Note = "Reported orally", AtMeeting = meeting });

        (update!.On, update.MeetingId).ShouldBe((Wednesday.AddDays(-7), (int?)4));
        var max = FieldLengths.Of<ActionItem>(db, nameof(ActionItem.Text))!.Value;
        Should.Throw<InvalidInputException>(() => ActionRegister.Change(db, action, new ActionChange { Text = new string('x', max + 1) }))
            .Problems.ShouldContainKey("text");
        ActionRegister.Change(db, action, new ActionChange { Text = new string('x', max) });
        action.Text.Length.ShouldBe(max);
    }

    [Fact]
    public void Notice_WithNothingRaisedOrChanged_IsEmpty()
    {
        var notice = new ActionNotice(1, "Clara");
        notice.IsEmpty.ShouldBeTrue();
        notice.Changes.Add("Due date set: 1 April 2031.");
        notice.IsEmpty.ShouldBeFalse();
    }

    [Fact]
    public void Digest_ListsOpenActionsDueWithinFourteenDaysOrOverdue()
    {
        var today = Wednesday;
        var done = Due("done", today.AddDays(2));
        done.RecordUpdate("Finished", ActionStatus.Done, today, "clerk", DateTime.UtcNow);
        var started = Due("started", today.AddDays(3));
        started.RecordUpdate("Begun", ActionStatus.InProgress, today, "clerk", DateTime.UtcNow);
        var actions = new[]
        {
            Due("overdue", today.AddDays(-30)),
            Due("yesterday", today.AddDays(-1)),
            Due("today", today),
            Due("fourteen days", today.AddDays(14)),
            Due("fifteen days", today.AddDays(15)),
            Due("no date", null),
            done,
            started,
        };

        actions.AsQueryable().DueForDigest(today).Select(a => a.Text).ShouldBe(["overdue", "yesterday", "today", "fourteen days", "started"]);
        actions.AsQueryable().Overdue(today).Select(a => a.Text).ShouldBe(["overdue", "yesterday"]);
    }

    [Fact]
    public void Overdue_AreOpenOrStartedActionsPastTheirDate_NotClosedOnesNorThoseWithoutADate()
    {
        var today = Wednesday;
        var closed = Due("closed late", today.AddDays(-5));
        closed.RecordUpdate("Finished", ActionStatus.Done, today, "clerk", DateTime.UtcNow);
        var started = Due("started late", today.AddDays(-4));
        started.RecordUpdate("Begun", ActionStatus.InProgress, today, "clerk", DateTime.UtcNow);
        var actions = new[] { closed, started, Due("open late", today.AddDays(-1)), Due("no date", null), Due("today", today) };

        actions.AsQueryable().Overdue(today).Select(a => a.Text).ShouldBe(["started late", "open late"]);
    }

    [Fact]
    public void ExemptionsDueForReview_AreThoseReviewedWithinFourteenDaysOrLate()
    {
        var today = Wednesday;
        AgendaItem Exempt(string title, DateOnly? review)
        {
            var item = new AgendaItem { Title = title, Number = "1" };
            item.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3", ReviewDate = review });
            return item;
        }

        var items = new[] { Exempt("late", today.AddDays(-3)), Exempt("soon", today.AddDays(14)), Exempt("later", today.AddDays(15)), Exempt("never", null), new AgendaItem { Title = "open", Number = "2" } };

        items.AsQueryable().ExemptionsDueForReview(today).Select(i => i.Title).ShouldBe(["late", "soon"]);
    }

    [Theory]
    [InlineData(2031, 3, 10, "2031-W11")]
    [InlineData(2031, 3, 16, "2031-W11")]
    [InlineData(2031, 3, 17, "2031-W12")]
    [InlineData(2026, 12, 31, "2026-W53")]
    [InlineData(2027, 1, 3, "2026-W53")]
    public void TheWeek_RunsMondayToSunday_AsIsoCountsIt(int year, int month, int day, string week)
    {
        Reminders.WeekOf(new DateOnly(year, month, day)).ShouldBe(week);
    }

    // A context that is never connected: changing an action touches no table until it is saved.
    private static QuorumDb Db(Viewer viewer) =>
        new(new DbContextOptionsBuilder<QuorumDb>().UseSqlite("Data Source=:memory:").Options, new FixedClock(new DateTimeOffset(2031, 3, 12, 9, 0, 0, TimeSpan.Zero))) { Viewer = viewer };

    private static Person Owner(int id, string? email) => new() { Id = id, FullName = $"Person {id}", Email = email };

    private static ActionItem Due(string text, DateOnly? due) => new() { Reference = text, Text = text, DueDate = due };

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
