using System.Globalization;
using Quorum.Bodies;
using Quorum.Meetings;

namespace Quorum.Conduct;

/// <summary>How a fraction of the members becomes a whole number of them.</summary>
public enum QuorumRounding
{
    /// <summary>"At least one quarter": a part of a member counts as a whole one (13 of 51 for a quarter).</summary>
    Up,

    /// <summary>The whole members within the fraction (12 of 51 for a quarter).</summary>
    Down,

    /// <summary>"More than half": one more than the whole members within the fraction (26 of 51, 26 of 50).</summary>
    MoreThan,
}

/// <summary>What a fractional quorum is a fraction of, when seats are vacant.</summary>
public enum QuorumBasis
{
    /// <summary>
    /// The whole number of seats, vacancies included, until more than a third of them are vacant;
    /// then the members in office (Local Government Act 1972 Sch 12 paras 6 and 45).
    /// </summary>
    WholeNumberUnlessAThirdVacant,

    /// <summary>The whole number of seats, vacant or not.</summary>
    WholeNumber,

    /// <summary>The voting members in office on the day.</summary>
    MembersInOffice,
}

/// <summary>
/// A body's quorum: a number of members, or a fraction of its voting members rounded by
/// <see cref="Rounding"/>, never fewer than <see cref="Minimum"/>. <see cref="Seats"/> is the whole
/// number of voting seats as constituted; seats beyond the members in office are vacancies.
/// </summary>
public sealed record QuorumRule(
    int? Members = null,
    string? Fraction = null,
    QuorumRounding Rounding = QuorumRounding.Up,
    int? Minimum = null,
    int? Seats = null,
    QuorumBasis Basis = QuorumBasis.WholeNumberUnlessAThirdVacant)
{
    public static QuorumRule Of(Body body) =>
        new(body.Quorum, body.QuorumFraction, body.QuorumRounding, body.QuorumMinimum, body.Seats, body.QuorumBasis);

    /// <summary>Whether the body states a quorum at all.</summary>
    public bool IsSet => Members is not null || Fraction is not null;

    /// <summary>Reads "1/4" (or "1 / 4") as a fraction from 1/100 to 1/1; false for anything else.</summary>
    public static bool TryParseFraction(string? text, out int numerator, out int denominator)
    {
        numerator = denominator = 0;
        var parts = text?.Split('/', StringSplitOptions.TrimEntries);
        return parts is [var n, var d]
            && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out numerator)
            && int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out denominator)
            && numerator >= 1 && denominator <= 100 && numerator <= denominator;
    }

    /// <summary>How many voting members must be present, given how many hold a voting seat on the day; null when no quorum is set.</summary>
    public int? Required(int membersInOffice)
    {
        if (Members is { } members)
            return members;
        if (!TryParseFraction(Fraction, out var numerator, out var denominator))
            return null;
        var whole = Math.Max(Seats ?? membersInOffice, membersInOffice);
        var vacancies = whole - membersInOffice;
        var basis = Basis switch
        {
            QuorumBasis.MembersInOffice => membersInOffice,
            QuorumBasis.WholeNumber => whole,
            _ => vacancies * 3 > whole ? membersInOffice : whole,
        };
        var product = basis * numerator;
        var required = Rounding switch
        {
            QuorumRounding.Down => product / denominator,
            QuorumRounding.MoreThan => (product / denominator) + 1,
            _ => (product + denominator - 1) / denominator,
        };
        return Math.Max(Math.Max(required, Minimum ?? 0), 1);
    }

    /// <summary>The rule in words, as the body's page and the minutes state it.</summary>
    public string Describe()
    {
        if (Members is { } members)
            return members == 1 ? "1 member" : $"{members} members";
        if (!TryParseFraction(Fraction, out var numerator, out var denominator))
            return "Not set";
        var fraction = $"{numerator}/{denominator}";
        var words = Rounding switch
        {
            QuorumRounding.Down => $"{fraction} of the voting members, rounded down",
            QuorumRounding.MoreThan => $"more than {fraction} of the voting members",
            _ => $"at least {fraction} of the voting members",
        };
        if (Minimum is { } minimum)
            words += $", and not fewer than {minimum}";
        if (Seats is { } seats)
            words += Basis switch
            {
                QuorumBasis.MembersInOffice => $" (of the members in office; {seats} seats)",
                QuorumBasis.WholeNumber => $" (of all {seats} seats, vacant or not)",
                _ => $" (of all {seats} seats, or of the members in office when more than a third are vacant)",
            };
        return words;
    }

    /// <summary>The roles that carry a vote: co-opted members and observers take part without one (Local Government and Housing Act 1989 s.13).</summary>
    public static bool Votes(MembershipRole role) => role is MembershipRole.Chair or MembershipRole.ViceChair or MembershipRole.Member;

    /// <summary>Counts a meeting's quorum from its recorded attendance and the voting seats held on its date.</summary>
    public QuorumCount Count(Meeting meeting, IEnumerable<Membership> memberships)
    {
        var voting = memberships
            .Where(m => m.BodyId == meeting.BodyId && Votes(m.Role) && m.IsCurrentOn(meeting.Date))
            .Select(m => m.PersonId)
            .ToHashSet();
        var present = meeting.Attendance.Count(a => a.Status == AttendanceStatus.Present && voting.Contains(a.PersonId));
        var members = voting.Count;
        var whole = Math.Max(Seats ?? members, members);
        return new QuorumCount(Required(members), present, members, whole - members, meeting.Attendance.Count > 0);
    }
}

/// <summary>A meeting's quorum as its attendance records it.</summary>
/// <param name="Required">Voting members who must be present; null when the body states no quorum.</param>
/// <param name="Present">Voting members recorded present.</param>
/// <param name="MembersInOffice">Voting members holding a seat on the day.</param>
/// <param name="Vacancies">Voting seats with nobody in them.</param>
/// <param name="AttendanceRecorded">Whether anyone's attendance has been recorded yet.</param>
public sealed record QuorumCount(int? Required, int Present, int MembersInOffice, int Vacancies, bool AttendanceRecorded)
{
    /// <summary>True or false once attendance is recorded and the body states a quorum; null until then.</summary>
    public bool? IsQuorate => Required is { } required && AttendanceRecorded ? Present >= required : null;

    /// <summary>"Quorate: 5 voting members present, 4 needed", as the attendance page and the minutes say it.</summary>
    public string Describe() => IsQuorate switch
    {
        true => $"Quorate: {Members(Present)} present, {Required} needed",
        false => $"Not quorate: {Members(Present)} present, {Required} needed",
        null when Required is null => "The body states no quorum",
        _ => "Attendance has not been recorded",
    };

    private static string Members(int count) => count == 1 ? "1 voting member" : $"{count} voting members";
}
