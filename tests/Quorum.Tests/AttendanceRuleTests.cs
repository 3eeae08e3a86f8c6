using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Tests;

public class AttendanceRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static Meeting Held(int month, params (int PersonId, AttendanceStatus Status)[] attendance)
    {
        var meeting = new Meeting { Number = month, Date = new DateOnly(2026, month, 1) };
        meeting.MarkHeld();
        meeting.Attendance.AddRange(attendance.Select(a => new Attendance { PersonId = a.PersonId, Status = a.Status }));
        return meeting;
    }

    private static Membership Seat(int personId, string name, DateOnly? from = null) =>
        new() { PersonId = personId, Person = new Person { Id = personId, FullName = name }, From = from };

    [Fact]
    public void MemberMissingThreeInARow_IsFlagged_ApologiesCountAsMissed()
    {
        var meetings = new[]
        {
            Held(3, (1, AttendanceStatus.Present), (2, AttendanceStatus.Present)),
            Held(5, (1, AttendanceStatus.Apologies), (2, AttendanceStatus.Present)),
            Held(7, (1, AttendanceStatus.Absent), (2, AttendanceStatus.Apologies)),
            Held(9, (2, AttendanceStatus.Present)),
        };

        var flags = AttendanceRule.Apply(3, [Seat(1, "Graham Pike"), Seat(2, "Nora Godwin")], meetings, Today);

        flags.ShouldHaveSingleItem().ShouldBe(new AbsenceFlag(1, "Graham Pike", 3));
    }

    [Fact]
    public void MeetingsBeforeTheSeatBegan_AndCancelledMeetings_DoNotCount()
    {
        var cancelled = new Meeting { Number = 8, Date = new DateOnly(2026, 8, 1) };
        cancelled.Cancel(null);
        var meetings = new[] { Held(3), Held(5), cancelled, Held(9) };

        AttendanceRule.Apply(2, [Seat(1, "New Member", from: new DateOnly(2026, 6, 1))], meetings, Today).ShouldBeEmpty();
        AttendanceRule.Apply(1, [Seat(1, "New Member", from: new DateOnly(2026, 6, 1))], meetings, Today).ShouldHaveSingleItem().ConsecutiveMissed.ShouldBe(1);
    }

    [Fact]
    public void NoThreshold_FlagsNoOne()
    {
        AttendanceRule.Apply(null, [Seat(1, "Anyone")], [Held(3)], Today).ShouldBeEmpty();
    }

    [Fact]
    public void ThresholdOfNothing_FlagsNoOne()
    {
        AttendanceRule.Apply(0, [Seat(1, "Anyone")], [Held(3)], Today).ShouldBeEmpty();
    }

    [Fact]
    public void AMeetingHeldToday_Counts_AndOneStillToCome_DoesNot()
    {
        var today = new Meeting { Number = 11, Date = Today };
        today.MarkHeld();
        var later = new Meeting { Number = 12, Date = Today.AddDays(1) };
        later.MarkHeld();

        AttendanceRule.Apply(1, [Seat(1, "Graham Pike")], [Held(3, (1, AttendanceStatus.Present)), today], Today)
            .ShouldHaveSingleItem().ConsecutiveMissed.ShouldBe(1);
        AttendanceRule.Apply(1, [Seat(1, "Graham Pike")], [Held(3, (1, AttendanceStatus.Present)), later], Today).ShouldBeEmpty();
    }

    [Fact]
    public void AMeetingOnTheDayTheSeatBegan_Counts()
    {
        AttendanceRule.Apply(2, [Seat(1, "New Member", from: new DateOnly(2026, 5, 1))], [Held(3), Held(5), Held(7)], Today)
            .ShouldHaveSingleItem().ConsecutiveMissed.ShouldBe(2);
    }

    [Theory]
    [InlineData(AttendanceStatus.Present)]
    [InlineData(AttendanceStatus.InAttendance)]
    [InlineData(AttendanceStatus.Presenting)]
    public void BeingInTheRoomInAnyCapacity_EndsTheRun(AttendanceStatus status)
    {
        var meetings = new[] { Held(3), Held(5), Held(7, (1, status)) };

        AttendanceRule.Apply(1, [Seat(1, "Graham Pike")], meetings, Today).ShouldBeEmpty();
    }

    [Fact]
    public void SomeoneElsesAttendance_DoesNotEndTheRun()
    {
        var meetings = new[] { Held(5), Held(7, (2, AttendanceStatus.Present)) };

        AttendanceRule.Apply(2, [Seat(1, "Graham Pike")], meetings, Today).ShouldHaveSingleItem().ConsecutiveMissed.ShouldBe(2);
    }

    [Fact]
    public void AMemberWhoseSeatHasEnded_IsNotFlagged()
    {
        var former = Seat(1, "Former Member");
        former.Until = new DateOnly(2026, 10, 1);

        AttendanceRule.Apply(1, [former, Seat(2, "Nora Godwin")], [Held(3), Held(5)], Today)
            .ShouldHaveSingleItem().PersonName.ShouldBe("Nora Godwin");
    }

    [Fact]
    public void AMemberHoldingTwoSeats_IsFlaggedOnce()
    {
        var chair = Seat(1, "Graham Pike");
        chair.Role = MembershipRole.Chair;

        AttendanceRule.Apply(1, [chair, Seat(1, "Graham Pike")], [Held(3)], Today).ShouldHaveSingleItem().PersonId.ShouldBe(1);
    }

    [Fact]
    public void ASeatWithoutItsPerson_IsFlaggedWithNoName()
    {
        AttendanceRule.Apply(1, [new Membership { PersonId = 4 }], [Held(3)], Today)
            .ShouldHaveSingleItem().ShouldBe(new AbsenceFlag(4, "", 1));
    }
}
