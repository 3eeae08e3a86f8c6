using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Meetings;

namespace Quorum.Tests;

public class QuorumRuleTests
{
    [Theory]
    [InlineData(QuorumRounding.Up, 51, 13)]
    [InlineData(QuorumRounding.Down, 51, 12)]
    [InlineData(QuorumRounding.Up, 48, 12)]
    [InlineData(QuorumRounding.MoreThan, 48, 13)]
    public void AQuarter_RoundsAsTheBodySays(QuorumRounding rounding, int members, int required)
    {
        new QuorumRule(Fraction: "1/4", Rounding: rounding).Required(members).ShouldBe(required);
    }

    [Theory]
    [InlineData(50, 26)]
    [InlineData(51, 26)]
    public void MoreThanHalf_IsOneMoreThanTheWholeHalf(int members, int required)
    {
        new QuorumRule(Fraction: "1/2", Rounding: QuorumRounding.MoreThan).Required(members).ShouldBe(required);
    }

    [Fact]
    public void AFixedNumber_IsTheQuorumWhateverTheSeats()
    {
        new QuorumRule(Members: 3).Required(40).ShouldBe(3);
    }

    [Fact]
    public void AFewVacancies_LeaveTheQuorumReckonedOnTheWholeNumber()
    {
        // 51 seats, 3 vacant: a quarter of 51, as LGA 1972 Sch 12 para 6 reads.
        new QuorumRule(Fraction: "1/4", Seats: 51).Required(48).ShouldBe(13);
    }

    [Fact]
    public void MoreThanAThirdVacant_ReckonsTheQuorumOnTheMembersInOffice()
    {
        // 51 seats, 18 vacant (more than a third): a quarter of the 33 in office (para 45).
        new QuorumRule(Fraction: "1/4", Seats: 51).Required(33).ShouldBe(9);
        new QuorumRule(Fraction: "1/4", Seats: 51, Basis: QuorumBasis.WholeNumber).Required(33).ShouldBe(13);
    }

    [Fact]
    public void ABodyReckoningOnMembersInOffice_IgnoresVacancies()
    {
        new QuorumRule(Fraction: "1/4", Seats: 51, Basis: QuorumBasis.MembersInOffice).Required(48).ShouldBe(12);
    }

    [Theory]
    [InlineData(QuorumRounding.Up, 10, 7)]
    [InlineData(QuorumRounding.Down, 10, 6)]
    [InlineData(QuorumRounding.MoreThan, 9, 7)]
    public void TwoThirds_AreTwiceAThird(QuorumRounding rounding, int members, int required)
    {
        new QuorumRule(Fraction: "2/3", Rounding: rounding).Required(members).ShouldBe(required);
    }

    [Fact]
    public void AParishQuorum_IsAThirdButNotLessThanThree()
    {
        var parish = new QuorumRule(Fraction: "1/3", Minimum: 3, Seats: 7);
        parish.Required(7).ShouldBe(3);
        new QuorumRule(Fraction: "1/3", Minimum: 3).Required(5).ShouldBe(3);
        new QuorumRule(Fraction: "1/3", Minimum: 3).Required(13).ShouldBe(5);
    }

    [Theory]
    [InlineData("1/4", true)]
    [InlineData(" 1 / 3 ", true)]
    [InlineData("0/4", false)]
    [InlineData("5/4", false)]
    [InlineData("quarter", false)]
    [InlineData("1/4/2", false)]
    public void Fractions_AreReadStrictly(string text, bool valid)
    {
        QuorumRule.TryParseFraction(text, out _, out _).ShouldBe(valid);
    }

    [Fact]
    public void Quorate_CountsVotingMembersPresentOnTheDay()
    {
        var body = new Body { Name = "Council", ShortName = "C", QuorumFraction = "1/2", QuorumRounding = QuorumRounding.MoreThan, Seats = 5 };
        var meeting = new Meeting { Body = body, Date = new DateOnly(2026, 3, 12) };
        Membership Seat(int person, MembershipRole role = MembershipRole.Member, DateOnly? until = null) =>
            new() { BodyId = body.Id, PersonId = person, Role = role, Until = until };
        var seats = new[]
        {
            Seat(1, MembershipRole.Chair), Seat(2), Seat(3), Seat(4),
            Seat(5, until: new DateOnly(2025, 12, 31)), // left before the meeting: a vacancy
            Seat(6, MembershipRole.CoOpted), Seat(7, MembershipRole.Secretary),
        };
        meeting.Attendance.AddRange([
            new Attendance { PersonId = 1, Status = AttendanceStatus.Present },
            new Attendance { PersonId = 2, Status = AttendanceStatus.Present },
            new Attendance { PersonId = 3, Status = AttendanceStatus.Apologies },
            new Attendance { PersonId = 6, Status = AttendanceStatus.Present },
            new Attendance { PersonId = 7, Status = AttendanceStatus.Present },
        ]);

        var count = QuorumRule.Of(body).Count(meeting, seats);

        count.MembersInOffice.ShouldBe(4);
        count.Vacancies.ShouldBe(1);
        count.Present.ShouldBe(2, "co-opted members and the secretary do not vote");
        count.Required.ShouldBe(3, "more than half of the 5 seats");
        count.IsQuorate.ShouldBe(false);
        count.Describe().ShouldBe("Not quorate: 2 voting members present, 3 needed");

        meeting.Attendance[2].Status = AttendanceStatus.Present;
        QuorumRule.Of(body).Count(meeting, seats).IsQuorate.ShouldBe(true);
    }

    [Fact]
    public void Quorate_IsUnknownUntilAttendanceIsRecorded()
    {
        var body = new Body { Name = "Council", ShortName = "C", Quorum = 2 };
        var meeting = new Meeting { Body = body, Date = new DateOnly(2026, 3, 12) };
        QuorumRule.Of(body).Count(meeting, [new Membership { PersonId = 1 }]).IsQuorate.ShouldBeNull();
        QuorumRule.Of(new Body { Name = "Group", ShortName = "G" }).Count(meeting, []).Describe().ShouldBe("The body states no quorum");
    }

    [Fact]
    public void AnInquorateMeeting_MayBeHeldInformally_AQuorateOneMayNot()
    {
        var meeting = new Meeting { Date = new DateOnly(2026, 3, 12) };
        meeting.RecordInformal(true, quorate: false);
        meeting.IsInformal.ShouldBeTrue();
        Should.Throw<DomainException>(() => meeting.RecordInformal(true, quorate: true));
    }
}
