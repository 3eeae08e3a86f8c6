using System.Globalization;
using Quorum.Bodies;
using Quorum.Meetings;

namespace Quorum.Web.Features.Shared;

/// <summary>How Quorum's values read on a page: dates in British style, enums in words.</summary>
public static class Display
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", British);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    public static string Time(TimeOnly? time) => time?.ToString("HH:mm", British) ?? "";

    public static string TimeRange(TimeOnly? start, TimeOnly? end) =>
        start is null ? "" : end is null ? Time(start) : $"{Time(start)} to {Time(end)}";

    public static string Role(MembershipRole role) => role switch
    {
        MembershipRole.ViceChair => "Vice-Chair",
        MembershipRole.CoOpted => "Co-opted member",
        MembershipRole.Secretary => "Secretary",
        _ => role.ToString(),
    };

    public static string Kind(MeetingKind kind) => kind switch
    {
        MeetingKind.ConferenceCall => "Conference call",
        _ => kind.ToString(),
    };

    public static string Kind(BodyKind kind) => kind switch
    {
        BodyKind.ProgrammeBoard => "Programme board",
        BodyKind.WorkingGroup => "Working group",
        _ => kind.ToString(),
    };

    public static string Status(AttendanceStatus status) => status switch
    {
        AttendanceStatus.InAttendance => "In attendance",
        AttendanceStatus.Presenting => "Presenting / guest",
        _ => status.ToString(),
    };

    /// <summary>GOV.UK tag colour for a meeting state.</summary>
    public static string TagClass(MeetingState state) => state switch
    {
        MeetingState.Held => "govuk-tag--green",
        MeetingState.Cancelled => "govuk-tag--red",
        MeetingState.Postponed => "govuk-tag--orange",
        MeetingState.Rescheduled => "govuk-tag--yellow",
        _ => "govuk-tag--blue",
    };

    public static string TagClass(MinutesState state) => state switch
    {
        MinutesState.Published => "govuk-tag--green",
        MinutesState.Approved => "govuk-tag--turquoise",
        MinutesState.Circulated => "govuk-tag--purple",
        MinutesState.Draft => "govuk-tag--grey",
        _ => "govuk-tag--grey",
    };

    public static string Status(Quorum.Actions.ActionStatus status) => status switch
    {
        Quorum.Actions.ActionStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static string TagClass(Quorum.Actions.ActionStatus status) => status switch
    {
        Quorum.Actions.ActionStatus.Open => "govuk-tag--blue",
        Quorum.Actions.ActionStatus.InProgress => "govuk-tag--yellow",
        Quorum.Actions.ActionStatus.Done => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    /// <summary>"1 day late", "3 days late".</summary>
    public static string DaysLate(int days) => days == 1 ? "1 day late" : $"{days} days late";

    public static string Rag(Quorum.Programmes.Rag? rag) => rag?.ToString() ?? "Not assessed";

    public static string TagClass(Quorum.Programmes.Rag? rag) => rag switch
    {
        null => "govuk-tag--grey",
        Quorum.Programmes.Rag.Red => "govuk-tag--red",
        Quorum.Programmes.Rag.Amber => "govuk-tag--orange",
        _ => "govuk-tag--green",
    };

    public static string Minutes(MinutesState state) => state == MinutesState.None ? "No minutes" : $"Minutes {state.ToString().ToLowerInvariant()}";
}
