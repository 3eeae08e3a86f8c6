using Microsoft.EntityFrameworkCore;
using Quorum.Actions;
using Quorum.Consultations;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Papers;

namespace Quorum.Demo;

/// <summary>
/// Two consultations put to the Northshire Digital Leaders Council: one answered (decided at a
/// meeting whose minutes are published, with a lead and a response paper), one still open with its
/// deadline ahead. They are papers, so they need the paper store.
/// </summary>
public static class DemoConsultations
{
    public static async Task AddAsync(QuorumDb db, DateOnly today, IPaperStore? store, CancellationToken cancellationToken = default)
    {
        if (store is null)
            return;
        var council = await db.Bodies.Include(b => b.Memberships).ThenInclude(m => m.Person)
            .Include(b => b.Meetings).ThenInclude(m => m.AgendaItems)
            .AsSplitQuery().SingleAsync(b => b.ShortName == "NDLC", cancellationToken);
        var decided = council.Meetings.Where(m => m.MinutesState == MinutesState.Published && m.AgendaItems.Count > 0).MaxBy(m => m.Date)!;
        var coming = council.Meetings.Where(m => m.Date >= today && m.State != MeetingState.Held && m.AgendaItems.Count > 0).MinBy(m => m.Date)!;
        var lead = council.Memberships.Where(m => m.IsCurrentOn(today)).OrderBy(m => m.Role).First().Person!;

        async Task<Paper> PaperAsync(Meeting meeting, string title, string text)
        {
            var paper = new Paper { Title = title, Author = "Susan Hale", BodyId = council.Id, Meeting = meeting, AgendaItem = meeting.AgendaItems.OrderBy(i => i.Position).First() };
            paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
            var content = System.Text.Encoding.UTF8.GetBytes($"OFFICIAL\n\n{title}\n\n{text}\n");
            var (sha, size) = await store.SaveAsync(new MemoryStream(content), content.Length, cancellationToken);
            paper.Versions.Add(new PaperVersion
            {
                Number = 1,
                FileName = title.ToLowerInvariant().Replace(' ', '-').Replace(":", "", StringComparison.Ordinal) + ".txt",
                ContentType = "text/plain",
                Sha256 = sha,
                Sha512 = await store.Sha512Async(sha, cancellationToken),
                Size = size,
                UploadedBy = "clerk@example.org",
                UploadedAt = DateTime.UtcNow,
            });
            db.Papers.Add(paper);
            return paper;
        }

        // Answered: the Council agreed to respond, named a lead, and its response is a paper of its own.
        var standards = await PaperAsync(decided, "Local digital standards: call for evidence",
            "The Department for Local Services asks councils how shared digital standards could be adopted across local government.");
        var response = await PaperAsync(decided, "Response to the call for evidence on local digital standards",
            "The Council supports shared standards, asks for funded adoption support, and offers its shared hosting as a case study.");
        var answered = new Consultation
        {
            BodyId = council.Id,
            Paper = standards,
            ConsultingOrganisation = "Department for Local Services",
            Title = "Local digital standards: call for evidence",
            Link = "https://www.example.org/consultations/local-digital-standards",
            ResponseDeadline = decided.Date.AddDays(28),
            ResponsePaper = response,
            WillRespond = true,
        };
        var item = standards.AgendaItem!;
        answered.Decision = await DecisionRegister.RecordAsync(db, decided, item,
            $"To respond to the Department for Local Services call for evidence on local digital standards by {answered.ResponseDeadline:d MMMM yyyy}.", null, cancellationToken);
        answered.LeadAction = await ActionRegister.RaiseAsync(db, decided, item, [lead],
            "lead the response to the Department for Local Services call for evidence on local digital standards.", answered.ResponseDeadline, cancellationToken: cancellationToken);

        // Open: before the Council's next meeting, with weeks still to run.
        var platforms = await PaperAsync(coming, "Shared data platforms: draft code of practice",
            "The Society of Public Digital Officers consults its members on a code of practice for shared data platforms.");
        var open = new Consultation
        {
            BodyId = council.Id,
            Paper = platforms,
            ConsultingOrganisation = "Society of Public Digital Officers",
            Title = "Shared data platforms: draft code of practice",
            ResponseDeadline = today.AddDays(40),
        };
        db.Consultations.AddRange(answered, open);
        await db.SaveChangesAsync(cancellationToken);
        answered.LeadAction.DecisionId = answered.DecisionId;
        await db.SaveChangesAsync(cancellationToken);
    }
}
