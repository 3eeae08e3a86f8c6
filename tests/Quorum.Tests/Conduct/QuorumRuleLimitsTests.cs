using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Meetings;

namespace Quorum.Tests.Conduct;

/// <summary>The edges of a quorum: exactly a third vacant, the largest fraction, the smallest quorum, and how the rule reads.</summary>
public class QuorumRuleLimitsTests
{
    [Fact]
    public void ExactlyAThirdVacant_StillReckonsOnTheWholeNumber()
    {
        // 12 seats, 4 vacant: not more than a third, so a quarter of 12 (LGA 1972 Sch 12 para 45).
        new QuorumRule(Fraction: "1/4", Seats: 12).Required(8).ShouldBe(3);
        // 12 seats, 5 vacant: a quarter of the 7 in office, rounded up.
        new QuorumRule(Fraction: "1/4", Seats: 12).Required(7).ShouldBe(2);
    }

    [Fact]
    public void SeatsFewerThanTheMembersInOffice_AreTheMembersInOffice()
    {
        new QuorumRule(Fraction: "1/2", Seats: 4, Basis: QuorumBasis.WholeNumber).Required(10).ShouldBe(5);
    }

    [Fact]
    public void WithoutSeats_TheFractionIsOfTheMembersInOffice()
    {
        new QuorumRule(Fraction: "1/3").Required(9).ShouldBe(3);
        new QuorumRule(Fraction: "1/3").Required(10).ShouldBe(4);
    }

    [Fact]
    public void AQuorum_IsAlwaysAtLeastOneMember()
    {
        new QuorumRule(Fraction: "1/4", Rounding: QuorumRounding.Down).Required(3).ShouldBe(1);
        new QuorumRule(Fraction: "1/4").Required(0).ShouldBe(1);
    }

    [Fact]
    public void AQuorumLargerThanTheMinimum_IsNotRaisedToIt()
    {
        new QuorumRule(Fraction: "1/2", Minimum: 3).Required(10).ShouldBe(5);
    }

    [Fact]
    public void NoNumberAndNoReadableFraction_IsNoQuorum()
    {
        new QuorumRule().Required(10).ShouldBeNull();
        new QuorumRule(Fraction: "half").Required(10).ShouldBeNull();
        new QuorumRule().IsSet.ShouldBeFalse();
        new QuorumRule(Fraction: "1/2").IsSet.ShouldBeTrue();
        new QuorumRule(Members: 4).IsSet.ShouldBeTrue();
    }

    [Theory]
    [InlineData("1/1", true, 1, 1)]
    [InlineData("1/100", true, 1, 100)]
    [InlineData("1/101", false, 1, 101)]
    [InlineData("2/3", true, 2, 3)]
    [InlineData("-1/4", false, 0, 0)]
    [InlineData("1/+4", false, 1, 0)]
    [InlineData(null, false, 0, 0)]
    public void AFraction_IsFromOneHundredthToTheWhole(string? text, bool valid, int numerator, int denominator)
    {
        QuorumRule.TryParseFraction(text, out var n, out var d).ShouldBe(valid);
        if (valid)
            (n, d).ShouldBe((numerator, denominator));
    }

    [Theory]
    [InlineData(1, null, QuorumRounding.Up, null, null, QuorumBasis.WholeNumberUnlessAThirdVacant, "1 member")]
    [InlineData(4, null, QuorumRounding.Up, null, null, QuorumBasis.WholeNumberUnlessAThirdVacant, "4 members")]
    [InlineData(null, null, QuorumRounding.Up, null, null, QuorumBasis.WholeNumberUnlessAThirdVacant, "Not set")]
    [InlineData(null, "1/4", QuorumRounding.Up, null, null, QuorumBasis.WholeNumberUnlessAThirdVacant, "at least 1/4 of the voting members")]
    [InlineData(null, "1 / 4", QuorumRounding.Down, 3, null, QuorumBasis.WholeNumberUnlessAThirdVacant, "1/4 of the voting members, rounded down, and not fewer than 3")]
    [InlineData(null, "1/2", QuorumRounding.MoreThan, null, 51, QuorumBasis.WholeNumberUnlessAThirdVacant, "more than 1/2 of the voting members (of all 51 seats, or of the members in office when more than a third are vacant)")]
    [InlineData(null, "1/3", QuorumRounding.Up, null, 9, QuorumBasis.WholeNumber, "at least 1/3 of the voting members (of all 9 seats, vacant or not)")]
    [InlineData(null, "1/3", QuorumRounding.Up, null, 9, QuorumBasis.MembersInOffice, "at least 1/3 of the voting members (of the members in office; 9 seats)")]
    public void TheRule_ReadsAsTheMinutesStateIt(int? members, string? fraction, QuorumRounding rounding, int? minimum, int? seats, QuorumBasis basis, string words) =>
        new QuorumRule(members, fraction, rounding, minimum, seats, basis).Describe().ShouldBe(words);

    [Fact]
    public void TheRuleOfABody_IsReadFromItsSettings()
    {
        var body = new Body
        {
            Name = "Council",
            ShortName = "C",
            QuorumFraction = "1/3",
            QuorumRounding = QuorumRounding.Down,
            QuorumMinimum = 3,
            Seats = 21,
            QuorumBasis = QuorumBasis.MembersInOffice,
        };

        QuorumRule.Of(body).ShouldBe(new QuorumRule(null, "1/3", QuorumRounding.Down, 3, 21, QuorumBasis.MembersInOffice));
    }

    [Theory]
    [InlineData(MembershipRole.Chair, true)]
    [InlineData(MembershipRole.ViceChair, true)]
    [InlineData(MembershipRole.Member, true)]
    [InlineData(MembershipRole.CoOpted, false)]
    [InlineData(MembershipRole.Observer, false)]
    [InlineData(MembershipRole.Secretary, false)]
    public void OnlyChairsAndMembers_Vote(MembershipRole role, bool votes) => QuorumRule.Votes(role).ShouldBe(votes);

    [Fact]
    public void EnoughMembersPresent_AreQuorate_AndOneIsNamedInTheSingular()
    {
        new QuorumCount(Required: 3, Present: 3, MembersInOffice: 5, Vacancies: 0, AttendanceRecorded: true).Describe()
            .ShouldBe("Quorate: 3 voting members present, 3 needed");
        new QuorumCount(Required: 2, Present: 1, MembersInOffice: 5, Vacancies: 0, AttendanceRecorded: true).Describe()
            .ShouldBe("Not quorate: 1 voting member present, 2 needed");
        new QuorumCount(Required: 2, Present: 0, MembersInOffice: 5, Vacancies: 0, AttendanceRecorded: false).Describe()
            .ShouldBe("Attendance has not been recorded");
    }

    [Fact]
    public void TheCount_IsOfTheMeetingsOwnBody()
    {
        var meeting = new Meeting { BodyId = 1, Date = new DateOnly(2026, 3, 12) };
        meeting.Attendance.AddRange([
            new Attendance { PersonId = 1, Status = AttendanceStatus.Present },
            new Attendance { PersonId = 2, Status = AttendanceStatus.Present },
        ]);
        Membership[] seats = [new() { BodyId = 1, PersonId = 1 }, new() { BodyId = 2, PersonId = 2 }];

        var count = new QuorumRule(Members: 2).Count(meeting, seats);

        (count.Present, count.MembersInOffice, count.Vacancies, count.IsQuorate).ShouldBe((1, 1, 0, (bool?)false));
    }
}
