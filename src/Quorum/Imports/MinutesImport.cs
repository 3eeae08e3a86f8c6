using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Imports;

/// <summary>
/// Saves reviewed minutes into a body as one meeting, held, with draft minutes: attendance, items,
/// minutes, actions (keeping their printed references) and decisions, in one save. Refuses a
/// document the body already holds.
/// </summary>
public static class MinutesImport
{
    public const string GroundNotStated = "Not stated in the imported minutes";

    public static async Task<bool> AlreadyImportedAsync(QuorumDb db, int bodyId, string sha256, CancellationToken cancellationToken = default) =>
        await db.ImportedDocuments.AnyAsync(d => d.BodyId == bodyId && d.Sha256 == sha256, cancellationToken);

    public static async Task<(Meeting Meeting, IReadOnlyList<string> Notes)> SaveAsync(QuorumDb db, Body body, ReviewedMinutes minutes, CancellationToken cancellationToken = default)
    {
        if (await AlreadyImportedAsync(db, body.Id, minutes.Sha256, cancellationToken))
            throw new DomainException($"{minutes.FileName} has already been imported into {body.Name}.");
        var notes = new List<string>();
        var meeting = new Meeting
        {
            Body = body,
            BodyId = body.Id,
            Number = await db.NextMeetingNumberInSeriesAsync(body.Id, cancellationToken),
            Date = minutes.Date,
            StartTime = minutes.StartTime,
            EndTime = minutes.EndTime,
            Title = string.IsNullOrWhiteSpace(minutes.Title) ? null : minutes.Title.Trim(),
            TimeZone = body.TimeZone,
            // The kind is the clerk's to set afterwards: a venue such as "Callander Room" says nothing of it.
            Kind = MeetingKind.Ordinary,
        };
        if (!string.IsNullOrWhiteSpace(minutes.Venue))
        {
            var venue = minutes.Venue.Trim();
            meeting.Location = await db.Locations.FirstOrDefaultAsync(l => l.Name == venue, cancellationToken) ?? new Location { Name = venue };
        }

        var people = await PeopleAsync(db, minutes.People, cancellationToken);
        foreach (var (person, reviewed) in people)
        {
            if (meeting.Attendance.Any(a => a.Person == person))
                continue;
            meeting.Attendance.Add(new Attendance { Person = person, Status = reviewed.Status, OrganisationName = reviewed.Organisation, Role = reviewed.Role });
        }

        var byNumber = new Dictionary<string, AgendaItem>();
        foreach (var reviewed in minutes.Items)
        {
            var parentNumber = reviewed.Number is { } n && n.Contains('.') ? n[..n.LastIndexOf('.')] : null;
            var parent = parentNumber is not null && byNumber.TryGetValue(parentNumber, out var p) && p.Parent is null ? p : null;
            var item = meeting.AddAgendaItem(reviewed.Title, parent);
            if (IsMattersArising(body, item) && !meeting.AgendaItems.Any(i => i.IsMattersArising))
                meeting.SetKind(item, AgendaItemKind.MattersArising);
            if (reviewed.Minute is { Length: > 0 } text)
                item.Minute = new Minute { Text = text };
            if (reviewed.Exempt)
                item.MarkExempt(new Exemption { Ground = GroundNotStated });
            if (reviewed.Number is { } number)
                byNumber[number] = item;
        }

        // Numbers stay as printed, gaps and all.
        foreach (var (number, item) in byNumber)
            item.Number = number;
        meeting.MarkHeld();
        meeting.StartMinutes();
        db.Meetings.Add(meeting);

        var known = people.Select(p => p.Person).ToList();
        var roleHolders = RoleHolders(people);
        foreach (var reviewed in minutes.Actions)
        {
            var label = string.IsNullOrWhiteSpace(reviewed.Reference) ? reviewed.Text : reviewed.Reference.Trim();
            var owners = reviewed.Owners.Select(o => known.FirstOrDefault(p => string.Equals(p.FullName, o, StringComparison.OrdinalIgnoreCase))).OfType<Person>().ToList();
            foreach (var unknown in reviewed.Owners.Where(o => owners.All(p => !string.Equals(p.FullName, o, StringComparison.OrdinalIgnoreCase))))
            {
                if (roleHolders.TryGetValue(unknown.Trim(), out var holder))
                {
                    owners.Add(holder);
                }
                else if (unknown.Contains(' ', StringComparison.Ordinal))
                {
                    var person = await db.People.FirstOrDefaultAsync(p => p.FullName == unknown, cancellationToken) ?? new Person { FullName = unknown };
                    owners.Add(person);
                    known.Add(person);
                }
                else
                {
                    notes.Add($"Action {label}: owner “{unknown}” was not matched to a person.");
                }
            }

            if (owners.Count == 0)
            {
                notes.Add($"Action {label} was not saved: it has no owner Quorum could match.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(reviewed.Text))
            {
                notes.Add($"Action {label} was not saved: the minutes give no text for it.");
                continue;
            }

            var item = reviewed.ItemNumber is { } itemNumber && byNumber.TryGetValue(itemNumber, out var under) ? under : null;
            var action = await ActionRegister.RaiseAsync(db, meeting, item, owners.DistinctBy(o => o.FullName).ToList(), reviewed.Text, reviewed.Due, reviewed.Reference, cancellationToken);
            if (!string.IsNullOrWhiteSpace(reviewed.Reference) && action.Reference != reviewed.Reference.Trim())
                notes.Add($"Action {reviewed.Reference.Trim()} is already used in {body.Name}; this one was saved as {action.Reference}.");
        }

        foreach (var (reviewed, index) in minutes.Decisions.Select((d, i) => (d, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(reviewed.Text))
            {
                notes.Add($"Decision {index} was not saved: the minutes give no text for it.");
                continue;
            }

            // A carried motion becomes the item's decision when it is recorded: the same words are not decided twice.
            if (minutes.Motions.Any(m => m.Carries && m.ItemNumber == reviewed.ItemNumber && Says(reviewed.Text, m.Text)))
                continue;

            var item = reviewed.ItemNumber is { } itemNumber && byNumber.TryGetValue(itemNumber, out var under) ? under : null;
            await DecisionRegister.RecordAsync(db, meeting, item, reviewed.Text, null, cancellationToken);
        }

        db.ImportedDocuments.Add(new ImportedDocument
        {
            BodyId = body.Id,
            Sha256 = minutes.Sha256,
            FileName = minutes.FileName,
            Meeting = meeting,
            ImportedBy = db.Viewer.Name ?? "unknown",
            ImportedAt = DateTime.UtcNow,
        });
        return (meeting, notes);
    }

    /// <summary>
    /// Records the declarations and motions of imported minutes through the rules of the meeting's
    /// conduct, as the clerk would have at the meeting: the meeting is saved first (the rules read its
    /// attendance), all inside the import's transaction. One that breaks a rule is left out with a
    /// note saying why; a carried motion that cannot be recorded keeps its words as a decision.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RecordConductAsync(QuorumDb db, Meeting meeting, ReviewedMinutes minutes, CancellationToken cancellationToken = default)
    {
        var notes = new List<string>();
        if (minutes.Declarations.Count == 0 && minutes.Motions.Count == 0)
            return notes;
        var items = await db.AgendaItems.Where(i => i.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var attending = await db.Attendance.Where(a => a.MeetingId == meeting.Id).Select(a => a.Person!).ToListAsync(cancellationToken);
        AgendaItem? ItemNumbered(string? number) => number is null ? null : items.FirstOrDefault(i => i.Number == number.Trim());

        foreach (var reviewed in minutes.Declarations)
        {
            var label = $"The declaration of {reviewed.Person}";
            var item = ItemNumbered(reviewed.ItemNumber);
            if (item is null)
            {
                notes.Add($"{label} was not saved: the minutes have no item {reviewed.ItemNumber ?? "named for it"}.");
                continue;
            }

            var person = Named(attending, reviewed.Person);
            if (person is null)
            {
                notes.Add($"{label} was not saved: {reviewed.Person} is not someone in the attendance list.");
                continue;
            }

            var nature = string.IsNullOrWhiteSpace(reviewed.Nature) ? NatureNotStated : reviewed.Nature;
            try
            {
                await ConductRegister.DeclareAsync(db, item, new DeclarationInput(person.Id, reviewed.Kind, nature, reviewed.LeftTheRoom, reviewed.TookNoPart), cancellationToken);
            }
            catch (Exception e) when (e is DomainException or InvalidInputException)
            {
                notes.Add($"{label} was not saved: {e.Message}");
            }
        }

        foreach (var reviewed in minutes.Motions)
        {
            var label = $"The motion “{Shorten(reviewed.Text)}”";
            var item = ItemNumbered(reviewed.ItemNumber);
            if (item is null)
            {
                notes.Add($"{label} was not saved: the minutes have no item {reviewed.ItemNumber ?? "named for it"}.");
                continue;
            }

            var mover = Named(attending, reviewed.Mover);
            var seconder = reviewed.Seconder is { Length: > 0 } named ? Named(attending, named) : null;
            if (reviewed.Seconder is { Length: > 0 } && seconder is null)
                notes.Add($"{label}: the seconder, {reviewed.Seconder}, is not someone in the attendance list, so none is recorded.");
            Motion? motion = null;
            try
            {
                motion = mover is null
                    ? throw new DomainException($"the mover, {reviewed.Mover}, is not someone in the attendance list.")
                    : await ConductRegister.MoveAsync(db, item, new MotionInput(reviewed.Text, mover.Id, seconder?.Id), null, cancellationToken);
            }
            catch (Exception e) when (e is DomainException or InvalidInputException)
            {
                notes.Add($"{label} was not saved: {e.Message}");
                await KeepAsDecisionAsync(db, meeting, item, reviewed, cancellationToken);
                continue;
            }

            if (reviewed.Outcome is null && reviewed.For is null)
                continue;
            try
            {
                await ConductRegister.PutToVoteAsync(db, motion, new Ballot(reviewed.Outcome, reviewed.For, reviewed.Against, reviewed.Abstentions), cancellationToken);
            }
            catch (Exception e) when (e is DomainException or InvalidInputException)
            {
                notes.Add($"{label} was saved as moved, not as put to the vote: {e.Message}");
                await KeepAsDecisionAsync(db, meeting, item, reviewed, cancellationToken);
            }
        }

        return notes;
    }

    public const string NatureNotStated = "Not stated in the imported minutes";

    private static async Task KeepAsDecisionAsync(QuorumDb db, Meeting meeting, AgendaItem item, ReviewedMotion reviewed, CancellationToken cancellationToken)
    {
        if (!reviewed.Carries || string.IsNullOrWhiteSpace(reviewed.Text))
            return;
        await DecisionRegister.RecordAsync(db, meeting, item, reviewed.Text, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The person present the minutes name: "Cllr Bob Hart" is Bob Hart; "Councillor Hart" the one
    /// Hart at the meeting. Null when nobody, or more than one, answers to the name.
    /// </summary>
    public static Person? Named(IReadOnlyList<Person> people, string name)
    {
        var bare = Bare(name);
        var same = people.Where(p => string.Equals(Bare(p.FullName), bare, StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        if (same.Count == 1)
            return same[0];
        var surname = bare.Split(' ')[^1];
        var bySurname = people.Where(p => string.Equals(Bare(p.FullName).Split(' ')[^1], surname, StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        return same.Count == 0 && bySurname.Count == 1 ? bySurname[0] : null;
    }

    private static string Bare(string name) =>
        Regex.Replace(name.Trim(), @"^(?:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)+", string.Empty, RegexOptions.IgnoreCase);

    /// <summary>Whether a decision's words say what the motion said ("RESOLVED that the report be approved" and "That the report be approved").</summary>
    private static bool Says(string decision, string motion)
    {
        static string Words(string text) => Regex.Replace(Regex.Replace(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+", " ").Trim(), @"^that\s+", string.Empty);
        var words = Words(motion);
        return words.Length > 0 && Words(decision).Contains(words, StringComparison.Ordinal);
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    /// <summary>
    /// Existing people where the clerk matched them; new people (with their organisation) otherwise,
    /// one for each name: minutes often name someone twice (in the attendance and again among the
    /// officers), and that is one person, not two of the same name.
    /// </summary>
    /// <summary>
    /// The people of this meeting's attendance by the role the minutes give them ("Mrs P. Rowe (Clerk)"), for a role only
    /// one of them holds: minutes give an action to "Clerk" or "Chair" as often as to a name, and mean the one at the meeting.
    /// </summary>
    private static Dictionary<string, Person> RoleHolders(List<(Person Person, ReviewedPerson Reviewed)> people) =>
        people.Where(p => !string.IsNullOrWhiteSpace(p.Reviewed.Role))
            .GroupBy(p => p.Reviewed.Role!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(p => p.Person).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Person, StringComparer.OrdinalIgnoreCase);

    private static async Task<List<(Person Person, ReviewedPerson Reviewed)>> PeopleAsync(QuorumDb db, IReadOnlyList<ReviewedPerson> reviewed, CancellationToken cancellationToken)
    {
        var result = new List<(Person, ReviewedPerson)>();
        var organisations = new Dictionary<string, Organisation>(StringComparer.OrdinalIgnoreCase);
        var added = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in reviewed)
        {
            Person? person = r.PersonId is { } id ? await db.People.FindAsync([id], cancellationToken) : null;
            if (person is null && added.TryGetValue(r.Name.Trim(), out var named))
                person = named;
            if (person is null)
            {
                person = new Person { FullName = r.Name.Trim() };
                added[person.FullName] = person;
                if (!string.IsNullOrWhiteSpace(r.Organisation))
                {
                    var name = r.Organisation.Trim();
                    if (!organisations.TryGetValue(name, out var organisation))
                    {
                        organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Name == name, cancellationToken) ?? new Organisation { Name = name };
                        organisations[name] = organisation;
                    }

                    person.Organisation = organisation;
                }
            }

            result.Add((person, r));
        }

        return result;
    }

    /// <summary>
    /// Printed minutes name the item where earlier actions were reviewed: the body's own standing item,
    /// or a title such as "Matters arising" or "Minutes of the last meeting and matters arising".
    /// </summary>
    private static bool IsMattersArising(Body body, AgendaItem item) =>
        string.Equals(item.Title, body.MattersArisingItem, StringComparison.OrdinalIgnoreCase)
        || item.Title.Contains("matters arising", StringComparison.OrdinalIgnoreCase);
}
