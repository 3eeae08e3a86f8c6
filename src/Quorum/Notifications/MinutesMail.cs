using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Notifications;

/// <summary>Draft minutes to a body's members; published minutes to those who follow the body; following by e-mail, confirmed by a link.</summary>
public static class MinutesMail
{
    /// <summary>Marks the draft minutes circulated and sends each member the draft, as that member may read it.</summary>
    public static async Task<int> CirculateDraftAsync(QuorumDb db, MailSite site, Meeting meeting, CancellationToken cancellationToken = default)
    {
        meeting.CirculateMinutes();
        var body = meeting.Body ?? await db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var written = 0;
        foreach (var member in await MeetingMail.MembersAsync(db, meeting.BodyId, today, cancellationToken))
        {
            var viewer = await ViewerLookup.ForPersonAsync(db, member.PersonId!.Value, today, cancellationToken);
            await using var asMember = db.ReadingAs(viewer);
            var letter = new Letter($"Draft minutes: {meeting.DisplayTitle}, {MeetingMail.When(meeting)}")
                .Heading($"Draft minutes of {meeting.DisplayTitle}")
                .Paragraph($"The draft minutes of the meeting of {body.Name} on {MeetingMail.When(meeting)} are circulated for comment. They are not yet approved.");
            await AppendMinutesAsync(asMember, letter, meeting.Id, cancellationToken);
            letter.Link("Read them on the meeting's page", site.Url($"meetings/{meeting.Id}"));
            if (await Outbox.WriteAsync(db, site, member, MessageKind.DraftMinutes, letter, $"You get this as a member of {body.Name}.", body.Id, meeting.Id, cancellationToken: cancellationToken) is not null)
                written++;
        }

        return written;
    }

    /// <summary>Publishes the minutes and tells the body's confirmed followers, showing only what the public may read.</summary>
    public static async Task<int> PublishAsync(QuorumDb db, MailSite site, Meeting meeting, CancellationToken cancellationToken = default)
    {
        meeting.PublishMinutes();
        var body = meeting.Body ?? await db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);
        if (!body.IsPublic)
            return 0;
        var followers = await db.BodyFollowers.AsNoTracking().Where(f => f.BodyId == body.Id && f.ConfirmedAt != null).Select(f => f.Address).ToListAsync(cancellationToken);
        if (followers.Count == 0)
            return 0;

        // Followers are the public: the letter is read as an anonymous visitor once the minutes are published.
        var letter = () => new Letter($"Minutes published: {meeting.DisplayTitle}, {MeetingMail.When(meeting)}")
            .Heading($"{body.Name} has published the minutes of {MeetingMail.When(meeting)}");
        var titles = new List<(string, Uri?)>();
        await using (var asPublic = db.ReadingAs(Viewer.Anonymous))
        {
            var items = await asPublic.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id).Select(i => new { i.Number, i.Title }).ToListAsync(cancellationToken);
            titles.AddRange(items.OrderBy(i => i.Number, MeetingMail.AgendaNumbers.Instance).Select(i => ($"{i.Number} {i.Title}", (Uri?)null)));
        }

        var written = 0;
        foreach (var address in followers)
        {
            var l = letter().Paragraph("The items of the meeting:").List(titles).Link("Read the minutes", site.Url($"meetings/{meeting.Id}"));
            if (await Outbox.WriteAsync(db, site, new Recipient(address, null, null), MessageKind.PublishedMinutes, l, $"You get this because you follow {body.Name}.",
                    body.Id, meeting.Id, cancellationToken: cancellationToken) is not null)
                written++;
        }

        return written;
    }

    /// <summary>
    /// Asks to follow a public body: records the request and sends the confirmation link. Asking
    /// again re-sends the link; nothing is sent to followers until the link is followed.
    /// </summary>
    public static async Task RequestFollowAsync(QuorumDb db, MailSite site, Bodies.Body body, string address, CancellationToken cancellationToken = default)
    {
        if (!body.IsPublic)
            throw new DomainException("Only a public body can be followed.");
        var key = address.Trim().ToLowerInvariant();
        if (key.Length > 320 || !System.Net.Mail.MailAddress.TryCreate(key, out _))
            throw new DomainException("Enter an e-mail address in the right format, like name@example.org");
        var follower = await db.BodyFollowers.SingleOrDefaultAsync(f => f.BodyId == body.Id && f.Address == key, cancellationToken);
        if (follower is null)
        {
            follower = new BodyFollower
            {
                BodyId = body.Id,
                Address = key,
                ConfirmationToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)),
                RequestedAt = db.Clock.GetUtcNow().UtcDateTime,
            };
            db.BodyFollowers.Add(follower);
        }

        if (follower.ConfirmedAt is not null)
            return;
        var letter = new Letter($"Confirm that you want to follow {body.Name}")
            .Heading($"Follow {body.Name}")
            .Paragraph($"Someone, probably you, asked Quorum to e-mail {key} when {body.Name} publishes its minutes. Nothing will be sent unless you confirm.")
            .Link("Confirm", site.Url($"follow/{follower.ConfirmationToken}"))
            .Paragraph("If you did not ask, ignore this message.");
        await Outbox.WriteAsync(db, site, new Recipient(key, null, null), MessageKind.FollowConfirmation, letter, "You get this because your address was entered to follow a body.",
            body.Id, cancellationToken: cancellationToken);
    }

    private static async Task AppendMinutesAsync(QuorumDb asMember, Letter letter, int meetingId, CancellationToken cancellationToken)
    {
        var items = await asMember.AgendaItems.AsNoTracking().Include(i => i.Minute).Where(i => i.MeetingId == meetingId).ToListAsync(cancellationToken);
        foreach (var item in items.OrderBy(i => i.Number, MeetingMail.AgendaNumbers.Instance))
        {
            letter.Subheading($"{item.Number} {item.Title}");
            letter.Paragraph(string.IsNullOrWhiteSpace(item.Minute?.Text) ? "No minute." : item.Minute.Text);
        }
    }
}
