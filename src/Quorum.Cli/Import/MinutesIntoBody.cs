using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Import;
using Quorum.Imports;
using Quorum.Meetings;

namespace Quorum.Cli.Import;

/// <summary>
/// <c>quorum import minutes FILE --body SHORTNAME [--dry-run]</c>: saves a draft as the web review
/// would with nothing changed: people matched by name where Quorum knows exactly one, new otherwise.
/// </summary>
public static class MinutesIntoBody
{
    public static async Task<int> SaveAsync(FileInfo file, string shortName, bool dryRun, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        var draft = DocumentImporter.ReadMinutes(bytes, file.Name);
        if (!DateOnly.TryParseExact(draft.MeetingDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Fail("The minutes do not give the meeting's date; import them on the web, where you can enter it.");

        await using var services = await Cli.QuorumServices.OpenAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.Db();
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.ShortName == shortName, cancellationToken);
        if (body is null)
            return Fail($"There is no body with the short name {shortName}.");
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (await MinutesImport.AlreadyImportedAsync(db, body.Id, sha, cancellationToken))
            return Fail($"{file.Name} has already been imported into {body.Name}.");

        var names = await db.People.Select(p => new { p.Id, p.FullName }).ToListAsync(cancellationToken);
        int? Match(string name)
        {
            var same = names.Where(p => string.Equals(p.FullName, name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            return same.Count == 1 ? same[0].Id : null;
        }

        var reviewed = new ReviewedMinutes
        {
            Sha256 = sha,
            FileName = file.Name,
            Date = date,
            StartTime = TimeOnly.TryParse(draft.StartTime, CultureInfo.InvariantCulture, out var start) ? start : null,
            EndTime = TimeOnly.TryParse(draft.EndTime, CultureInfo.InvariantCulture, out var end) ? end : null,
            Title = draft.Title,
            Venue = draft.Venue,
            People = [.. draft.Attendees.Select(p => new ReviewedPerson(p.Name, p.Organisation, p.Role, p.Role == "Presenter" ? AttendanceStatus.Presenting : AttendanceStatus.Present, Match(p.Name))),
                .. draft.Apologies.Select(p => new ReviewedPerson(p.Name, p.Organisation, p.Role, AttendanceStatus.Apologies, Match(p.Name)))],
            Items = [.. draft.AgendaItems.Select(i => new ReviewedItem(i.Number, i.Title, i.Exempt, i.Minute))],
            Actions = [.. draft.Actions.Select(a => new ReviewedAction(a.Reference, a.Owners, a.Text, ReviewedAction.TryReadDue(a.Due, out var due) ? due : null, a.Item))],
            Decisions = [.. draft.Decisions.Select(d => new ReviewedDecision(d.Text, d.Item))],
            // Without a clerk to choose, a declaration whose kind the minutes do not name is left out (and said so).
            Declarations = [.. draft.Declarations.Where(d => ReviewedDeclaration.KindOf(d.Kind) is not null)
                .Select(d => new ReviewedDeclaration(d.Person, d.Item, ReviewedDeclaration.KindOf(d.Kind)!.Value, d.Nature, d.LeftTheRoom, d.TookNoPart))],
            Motions = [.. draft.Motions.Where(m => !string.IsNullOrWhiteSpace(m.Text) && !string.IsNullOrWhiteSpace(m.Mover))
                .Select(m => new ReviewedMotion(m.Item, m.Text!, m.Mover!, m.Seconder, ReviewedMotion.OutcomeOf(m.Outcome), m.For, m.Against, m.Abstentions))],
        };
        var unrecorded = draft.Declarations.Count(d => ReviewedDeclaration.KindOf(d.Kind) is null) + draft.Motions.Count(m => string.IsNullOrWhiteSpace(m.Text));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (meeting, notes) = await MinutesImport.SaveAsync(db, body, reviewed, cancellationToken);
        Console.WriteLine($"{(dryRun ? "Would save" : "Saving")} into {body.Name}: meeting {meeting.Number:00} of {date:d MMMM yyyy}, "
            + $"{reviewed.People.Count} people ({reviewed.People.Count(p => p.PersonId is null)} new), {reviewed.Items.Count} items, {reviewed.Actions.Count} actions, {reviewed.Decisions.Count} decisions, "
            + $"{reviewed.Declarations.Count} declarations of interest, {reviewed.Motions.Count} motions.");
        if (unrecorded > 0)
            notes = [.. notes, $"{unrecorded} declarations or motions the minutes do not fully describe are left for the clerk to record."];
        foreach (var note in notes)
            Console.WriteLine($"  {note}");
        if (dryRun)
        {
            Console.WriteLine("Dry run: nothing was saved.");
            return 0;
        }

        // The declarations and motions are recorded by the meeting's rules once the meeting is saved; one transaction holds both.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var note in await MinutesImport.RecordConductAsync(db, meeting, reviewed, cancellationToken))
            Console.WriteLine($"  {note}");
        await transaction.CommitAsync(cancellationToken);
        Console.WriteLine("Saved, with draft minutes for the clerk to check.");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"quorum import: {message}");
        return 1;
    }
}
