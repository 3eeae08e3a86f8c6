using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Notifications;

/// <summary>Messages about a meeting: its agenda and invitation, the invitation's updates and cancellation, its minutes.</summary>
public static class MeetingMail
{
    /// <summary>
    /// Circulates the agenda: each current member of the body gets one message with the agenda, links
    /// to the papers they may see (read as that member, through the visibility rule) and an
    /// invitation. Written to the outbox with the meeting's change, saved by the caller.
    /// </summary>
    public static async Task<int> CirculateAgendaAsync(QuorumDb db, MailSite site, Meeting meeting, CancellationToken cancellationToken = default)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        meeting.RecordAgendaCirculated(now);
        var body = meeting.Body ?? await db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);
        var uid = MeetingInvitation.Uid(await FirstOfChainAsync(db, meeting, cancellationToken), site);
        var today = DateOnly.FromDateTime(now);
        var where = await WhereAsync(db, meeting, cancellationToken);
        var written = 0;
        foreach (var member in await MembersAsync(db, meeting.BodyId, today, cancellationToken))
        {
            var viewer = await ViewerLookup.ForPersonAsync(db, member.PersonId!.Value, today, cancellationToken);
            await using var asMember = db.ReadingAs(viewer);
            var items = await asMember.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id).ToListAsync(cancellationToken);
            var papers = await asMember.Papers.AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.Title).ToListAsync(cancellationToken);

            var letter = new Letter($"Agenda: {meeting.DisplayTitle}, {When(meeting)}")
                .Heading(meeting.DisplayTitle)
                .Paragraph($"{body.Name} meets on {When(meeting)}{where}. The invitation is attached: open it to put the meeting in your calendar; it updates itself if the meeting moves.")
                .Subheading("Agenda")
                .List(items.OrderBy(i => i.Number, AgendaNumbers.Instance).Select(i => ($"{i.Number} {i.Title}", (Uri?)null)))
                .Subheading("Papers");
            if (papers.Count == 0)
                letter.Paragraph("No papers yet.");
            else
                letter.List(papers.Select(p => ($"{p.Title} ({p.MarkingLabel})", (Uri?)site.Url($"papers/{p.Id}"))));
            letter.Link("The meeting's page", site.Url($"meetings/{meeting.Id}"));

            var invitation = MeetingInvitation.Attachment("REQUEST", meeting, body.Name, uid, meeting.InvitationSequence, site.From, member, site, now);
            if (await Outbox.WriteAsync(db, site, member, MessageKind.MeetingInvitation, letter, $"You get this as a member of {body.Name}.",
                    body.Id, meeting.Id, [invitation], cancellationToken) is not null)
                written++;
        }

        return written;
    }

    /// <summary>
    /// Tells the members that a circulated meeting moved (an updated invitation, same UID, higher
    /// SEQUENCE) or will not take place (METHOD:CANCEL). The messages link to, and are filed under,
    /// <paramref name="linked"/>: the meeting itself, or for a rescheduled meeting the first date,
    /// whose page points on to the new one (the replacement has no id until it is saved).
    /// </summary>
    public static async Task<int> InvitationChangedAsync(QuorumDb db, MailSite site, Meeting meeting, int firstOfChain, Meeting linked, bool cancelled, string? reason, CancellationToken cancellationToken = default)
    {
        var page = site.Url($"meetings/{linked.Id}");
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var body = meeting.Body ?? await db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);
        var sequence = meeting.NextInvitationSequence();
        var uid = MeetingInvitation.Uid(firstOfChain, site);
        var where = await WhereAsync(db, meeting, cancellationToken);
        var written = 0;
        foreach (var member in await MembersAsync(db, meeting.BodyId, DateOnly.FromDateTime(now), cancellationToken))
        {
            var letter = cancelled
                ? new Letter($"{(meeting.State == MeetingState.Postponed ? "Postponed" : "Cancelled")}: {meeting.DisplayTitle}, {When(meeting)}")
                    .Heading($"{meeting.DisplayTitle} will not take place on {When(meeting)}")
                    .Paragraph(meeting.State == MeetingState.Postponed
                        ? "The meeting has been postponed; a new date will follow. The attached cancellation takes it out of your calendar."
                        : "The meeting has been cancelled. The attached cancellation takes it out of your calendar.")
                : new Letter($"Moved: {meeting.DisplayTitle}, now {When(meeting)}")
                    .Heading($"{meeting.DisplayTitle} is now on {When(meeting)}")
                    .Paragraph($"{body.Name} now meets on {When(meeting)}{where}. The attached invitation updates the meeting in your calendar.");
            if (reason is { Length: > 0 })
                letter.Paragraph($"Reason: {reason}");
            letter.Link("The meeting's page", page);
            var invitation = MeetingInvitation.Attachment(cancelled ? "CANCEL" : "REQUEST", meeting, body.Name, uid, sequence, site.From, member, site, now, page);
            if (await Outbox.WriteAsync(db, site, member, MessageKind.MeetingInvitation, letter, $"You get this as a member of {body.Name}.",
                    body.Id, linked.Id, [invitation], cancellationToken) is not null)
                written++;
        }

        return written;
    }

    /// <summary>The id of the first meeting of a reschedule chain: the invitation's UID stays with it.</summary>
    public static async Task<int> FirstOfChainAsync(QuorumDb db, Meeting meeting, CancellationToken cancellationToken = default)
    {
        var id = meeting.Id;
        for (var hops = 0; hops < 50; hops++)
        {
            var earlier = await db.Meetings.AsNoTracking().Where(m => m.ReplacementMeetingId == id).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
            if (earlier is null)
                break;
            id = earlier.Value;
        }

        return id;
    }

    /// <summary>The body's current members (every role) with an e-mail address.</summary>
    public static async Task<List<Recipient>> MembersAsync(QuorumDb db, int bodyId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var people = await db.Memberships.AsNoTracking()
            .Where(m => m.BodyId == bodyId && (m.From == null || m.From <= today) && (m.Until == null || m.Until >= today))
            .Where(m => m.Person!.Email != null && m.Person.Email != "")
            .Select(m => new { m.PersonId, m.Person!.FullName, m.Person.Email })
            .ToListAsync(cancellationToken);
        return [.. people.DistinctBy(p => p.PersonId).OrderBy(p => p.FullName).Select(p => new Recipient(p.Email!, p.FullName, p.PersonId))];
    }

    public static string When(Meeting meeting)
    {
        var day = meeting.Date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        return meeting.StartTime is { } start ? $"{day} at {start.ToString("HH:mm", CultureInfo.InvariantCulture)}" : day;
    }

    /// <summary>
    /// The venue as the meeting now has it: a meeting moved to another room has its new venue's id
    /// while the venue read with it may still be the old one (or was not read at all).
    /// </summary>
    private static async Task<string> WhereAsync(QuorumDb db, Meeting meeting, CancellationToken cancellationToken)
    {
        var place = meeting.Location is { } read && read.Id == meeting.LocationId
            ? read
            : meeting.LocationId is { } id ? await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken) : null;
        return place is not null ? $", at {place.Name}" : meeting.IsRemote ? ", remotely" : "";
    }

    /// <summary>Orders agenda numbers as numbers: 2 before 10, 2.1 after 2.</summary>
    internal sealed class AgendaNumbers : IComparer<string>
    {
        public static readonly AgendaNumbers Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = (x ?? "").Split('.');
            var b = (y ?? "").Split('.');
            for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
            {
                if (i >= a.Length)
                    return -1;
                if (i >= b.Length)
                    return 1;
                var byNumber = (int.TryParse(a[i], out var m) ? m : 0).CompareTo(int.TryParse(b[i], out var n) ? n : 0);
                if (byNumber != 0)
                    return byNumber;
            }

            return 0;
        }
    }
}
