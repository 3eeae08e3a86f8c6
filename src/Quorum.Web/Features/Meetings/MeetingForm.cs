using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Web.Features.Shared;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Meetings;

/// <summary>The fields of a meeting shared by the schedule and edit pages.</summary>
public sealed class MeetingForm
{
    public int BodyId { get; set; }

    [LengthOf<Meeting>(nameof(Meeting.Title), "The title")]
    public string? Title { get; set; }

    public MeetingKind Kind { get; set; } = MeetingKind.Ordinary;

    public DateInput Date { get; set; } = new();

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    [LengthOf<Location>(nameof(Location.Name), "The venue")]
    public string? Venue { get; set; }

    [LengthOf<Location>(nameof(Location.Address), "The address")]
    public string? Address { get; set; }

    [LengthOf<Meeting>(nameof(Meeting.RemoteDetails), "The joining details")]
    public string? RemoteDetails { get; set; }

    public int? HostOrganisationId { get; set; }

    public static MeetingForm From(Meeting meeting) => new()
    {
        BodyId = meeting.BodyId,
        Title = meeting.Title,
        Kind = meeting.Kind,
        Date = DateInput.From(meeting.Date),
        StartTime = meeting.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
        EndTime = meeting.EndTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Venue = meeting.Location?.Name,
        Address = meeting.Location?.Address,
        RemoteDetails = meeting.RemoteDetails,
        HostOrganisationId = meeting.HostOrganisationId,
    };

    /// <summary>Reads the date and times, adding a clear message for each one that is not real.</summary>
    public (DateOnly Date, TimeOnly? Start, TimeOnly? End)? Read(ModelStateDictionary modelState)
    {
        if (Date.IsEmpty)
            modelState.AddModelError("Input.Date", "Enter the date of the meeting");
        else if (!Date.TryRead("The date of the meeting", out _, out var error))
            modelState.AddModelError("Input.Date", error!);
        var start = ReadTime(StartTime, "Input.StartTime", "start", modelState);
        var end = ReadTime(EndTime, "Input.EndTime", "end", modelState);
        if (start is not null && end is not null && end <= start)
            modelState.AddModelError("Input.EndTime", "The end time must be after the start time");
        if (!modelState.IsValid)
            return null;
        Date.TryRead("", out var date, out _);
        return (date!.Value, start, end);
    }

    public async Task ApplyToAsync(QuorumDb db, Meeting meeting, (DateOnly Date, TimeOnly? Start, TimeOnly? End) when)
    {
        meeting.Title = string.IsNullOrWhiteSpace(Title) ? null : Title.Trim();
        meeting.Kind = Kind;
        meeting.Date = when.Date;
        meeting.StartTime = when.Start;
        meeting.EndTime = when.End;
        meeting.RemoteDetails = string.IsNullOrWhiteSpace(RemoteDetails) ? null : RemoteDetails.Trim();
        meeting.HostOrganisationId = HostOrganisationId;
        if (string.IsNullOrWhiteSpace(Venue))
        {
            meeting.Location = null;
            meeting.LocationId = null;
            return;
        }

        var name = Venue.Trim();
        var location = await db.Locations.FirstOrDefaultAsync(l => l.Name == name);
        if (location is null)
        {
            location = new Location { Name = name, Address = string.IsNullOrWhiteSpace(Address) ? null : Address.Trim() };
            db.Locations.Add(location);
        }
        else if (!string.IsNullOrWhiteSpace(Address))
        {
            location.Address = Address.Trim();
        }

        meeting.Location = location;
    }

    public static TimeOnly? ReadTime(string? text, string key, string what, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var formats = new[] { "H:mm", "HH:mm", "H.mm", "HH.mm", "Hmm", "HHmm" };
        if (TimeOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        modelState.AddModelError(key, $"Enter the {what} time as hours and minutes on the 24-hour clock, like 14:30");
        return null;
    }

    public static IReadOnlyList<SelectListItem> KindChoices { get; } =
        [.. Enum.GetValues<MeetingKind>().Select(k => new SelectListItem(Display.Kind(k), k.ToString()))];

    public static async Task<IReadOnlyList<SelectListItem>> OrganisationChoicesAsync(QuorumDb db) =>
        await db.Organisations.OrderBy(o => o.Name).Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
}
