using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;

namespace Quorum.Papers;

/// <summary>A new paper as entered with its first upload, from the page or the API.</summary>
public sealed record NewPaper
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public ProtectiveMarking Marking { get; init; } = ProtectiveMarking.Official;

    /// <summary>The marking as written on an older document (PROTECT, RESTRICTED): kept, and mapped to today's.</summary>
    public string? LegacyMarking { get; init; }

    public Circulation Circulation { get; init; }

    public IReadOnlyCollection<int> BodyIds { get; init; } = [];

    public IReadOnlyCollection<int> PersonIds { get; init; } = [];

    /// <summary>The item of the meeting the paper is for; none if it is not on that meeting's agenda.</summary>
    public int? AgendaItemId { get; init; }

    public string FileName { get; init; } = "";

    public string? ContentType { get; init; }
}

/// <summary>The words of a stored file, for search; null when it is not a document Quorum can read.</summary>
public delegate string? PaperTextReader(IPaperStore store, string sha256, string fileName);

/// <summary>Adds papers to meetings: one set of rules for the upload page and the API.</summary>
public static class PaperRegister
{
    /// <summary>The largest paper Quorum accepts.</summary>
    public const long MaxPaperBytes = 50L * 1024 * 1024;

    /// <summary>
    /// Checks the paper, stores its file and saves it with its first version. Problems are reported by
    /// field: <c>title</c>, <c>author</c>, <c>legacyMarking</c>, <c>agendaItemId</c>, <c>bodyIds</c>,
    /// <c>personIds</c>, <c>circulation</c> and <c>file</c>.
    /// </summary>
    public static async Task<Paper> AddAsync(QuorumDb db, IPaperStore store, PaperTextReader readText, Meeting meeting, NewPaper input, Stream? content, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(meeting, cancellationToken);
        var problems = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Title))
            problems["title"] = "Enter the paper's title";
        else if (FieldLengths.ProblemWith<Paper>(db, nameof(Paper.Title), input.Title, "The title") is { } longTitle)
            problems["title"] = longTitle;
        if (FieldLengths.ProblemWith<Paper>(db, nameof(Paper.Author), input.Author, "The author") is { } longAuthor)
            problems["author"] = longAuthor;
        var marking = input.Marking;
        if (!string.IsNullOrWhiteSpace(input.LegacyMarking))
        {
            if (FieldLengths.ProblemWith<Paper>(db, nameof(Paper.LegacyMarking), input.LegacyMarking, "The marking") is not null || !ProtectiveMarkings.TryParse(input.LegacyMarking, out marking, out _))
                problems["legacyMarking"] = "Enter a marking such as PROTECT or RESTRICTED, or leave it blank";
        }

        // A paper named for an item of another meeting would otherwise land on this one, unplaced.
        var item = input.AgendaItemId is null ? null
            : await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == input.AgendaItemId && i.MeetingId == meeting.Id, cancellationToken);
        if (input.AgendaItemId is not null && item is null)
            problems["agendaItemId"] = "Choose an item on this meeting's agenda, or none";
        if (content is null)
            problems["file"] = "Choose a file to upload";
        InvalidInputException.ThrowIfAny(problems);

        var paper = new Paper
        {
            Title = input.Title!.Trim(),
            Author = string.IsNullOrWhiteSpace(input.Author) ? null : input.Author.Trim(),
            BodyId = meeting.BodyId,
            Meeting = meeting,
            AgendaItem = item,
        };
        var bodies = await db.Bodies.AllWithIdsAsync(input.BodyIds, "bodyIds", cancellationToken);
        var people = await db.People.AllWithIdsAsync(input.PersonIds, "personIds", cancellationToken);
        try
        {
            paper.Classify(marking, input.LegacyMarking, input.Circulation, bodies, people);
        }
        catch (DomainException e)
        {
            throw new InvalidInputException(new Dictionary<string, string> { ["circulation"] = e.Message });
        }

        (string Sha256, long Size) stored = (string.Empty, 0);
        try
        {
            stored = await store.SaveAsync(content!, MaxPaperBytes, cancellationToken);
        }
        catch (DomainException e)
        {
            throw new InvalidInputException(new Dictionary<string, string> { ["file"] = e.Message });
        }

        var sha512 = await store.Sha512Async(stored.Sha256, cancellationToken);
        paper.Versions.Add(PaperVersions.New(1, input.FileName, input.ContentType, stored.Sha256, sha512, stored.Size, db.Viewer.DisplayName, db.Clock.GetUtcNow().UtcDateTime));
        paper.Text = readText(store, stored.Sha256, input.FileName);
        db.Papers.Add(paper);
        await db.SaveChangesAsync(cancellationToken);
        return paper;
    }
}
