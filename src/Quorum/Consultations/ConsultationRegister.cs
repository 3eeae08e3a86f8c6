using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Decisions;

namespace Quorum.Consultations;

/// <summary>What a consultation is, from a form or the API: the paper it is, who consults, on what, and by when.</summary>
public sealed record ConsultationDetails
{
    public int? PaperId { get; init; }

    public string? ConsultingOrganisation { get; init; }

    public string? Title { get; init; }

    public string? Link { get; init; }

    public DateOnly? ResponseDeadline { get; init; }
}

/// <summary>
/// Keeps a body's consultations: records one against its paper, records the decision to respond or
/// not through the decisions register, names the lead through the action register, and attaches the
/// response paper. Each step checks its input and the right to edit the body's records, and saves
/// once, so the consultation and the decision or action it links to are written in one transaction.
/// </summary>
public static class ConsultationRegister
{
    public const int MaxOrganisationLength = 200;
    public const int MaxTitleLength = 300;
    public const int MaxLinkLength = 500;

    public static async Task<Consultation> RecordAsync(QuorumDb db, ConsultationDetails details, CancellationToken cancellationToken = default)
    {
        // Only those who keep some body's records get as far as being told what is wrong with the input.
        if (!db.Viewer.IsAdministrator && db.Viewer.ClerkOf.Count == 0)
            throw new EditNotAllowedException();
        var problems = new Dictionary<string, string>(Problems(details));
        var paper = details.PaperId is { } paperId ? await db.Papers.SingleOrDefaultAsync(p => p.Id == paperId, cancellationToken) : null;
        if (details.PaperId is not null && paper is null)
            problems["paperId"] = "Choose the paper that is the consultation";
        InvalidInputException.ThrowIfAny(problems);
        if (!await db.MayEditAsync(Owner.Of<Body>(paper!.BodyId), cancellationToken))
            throw new EditNotAllowedException();
        if (await db.Consultations.AnyAsync(c => c.PaperId == paper.Id, cancellationToken))
            throw new InvalidInputException(new Dictionary<string, string> { ["paperId"] = $"{paper.Title} is already recorded as a consultation" });
        var consultation = new Consultation
        {
            BodyId = paper.BodyId,
            Paper = paper,
            PaperId = paper.Id,
            ConsultingOrganisation = details.ConsultingOrganisation!.Trim(),
            Title = details.Title!.Trim(),
            Link = Clean(details.Link),
            ResponseDeadline = details.ResponseDeadline!.Value,
        };
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync(cancellationToken);
        return consultation;
    }

    /// <summary>
    /// Records, at an item of one of the body's meetings, the decision to respond or not (in the
    /// body's decisions register, with the wording given or the usual one).
    /// </summary>
    public static async Task<Decision> DecideAsync(QuorumDb db, Consultation consultation, int? agendaItemId, bool? respond, string? wording, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(consultation, cancellationToken);
        var problems = new Dictionary<string, string>();
        if (consultation.DecisionId is not null)
            problems["respond"] = "Whether to respond has already been decided";
        if (respond is null)
            problems["respond"] = "Choose whether the body will respond";
        var item = agendaItemId is { } id
            ? await db.AgendaItems.Include(i => i.Meeting!).ThenInclude(m => m.Body).SingleOrDefaultAsync(i => i.Id == id && i.Meeting!.BodyId == consultation.BodyId, cancellationToken)
            : null;
        if (item is null)
            problems["agendaItemId"] = "Choose the item of the body's meeting at which it was decided";
        InvalidInputException.ThrowIfAny(problems);
        var text = string.IsNullOrWhiteSpace(wording)
            ? respond!.Value
                ? $"To respond to the {consultation.ConsultingOrganisation} consultation “{consultation.Title}” by {consultation.ResponseDeadline:d MMMM yyyy}."
                : $"Not to respond to the {consultation.ConsultingOrganisation} consultation “{consultation.Title}”."
            : wording.Trim();
        if (FieldLengths.ProblemWith<Decision>(db, nameof(Decision.Text), text, "The decision") is { } tooLong)
            throw new InvalidInputException(new Dictionary<string, string> { ["wording"] = tooLong });
        var decision = await DecisionRegister.RecordAsync(db, item!.Meeting!, item, text, null, cancellationToken);
        consultation.Decision = decision;
        consultation.WillRespond = respond;
        await db.SaveChangesAsync(cancellationToken);
        return decision;
    }

    /// <summary>
    /// Names who leads the response: an action raised under the item where the body decided to
    /// respond, due by the deadline unless another date is given; naming another lead changes the
    /// action's owner. The consultation is read with its decision and lead action (with owners).
    /// </summary>
    public static async Task<ActionItem> AssignLeadAsync(QuorumDb db, Consultation consultation, int? personId, DateOnly? due, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(consultation, cancellationToken);
        var problems = new Dictionary<string, string>();
        if (consultation.WillRespond != true || consultation.DecisionId is null)
            problems["personId"] = "Record the decision to respond before naming a lead";
        var person = personId is { } id ? await db.People.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (person is null && !problems.ContainsKey("personId"))
            problems["personId"] = "Choose who leads the response";
        InvalidInputException.ThrowIfAny(problems);
        if (consultation.LeadAction is { } lead)
        {
            ActionRegister.Change(db, lead, new ActionChange { Owners = [person!], DueDate = due });
            await db.SaveChangesAsync(cancellationToken);
            return lead;
        }

        var decision = consultation.Decision ?? await db.Decisions.SingleAsync(d => d.Id == consultation.DecisionId, cancellationToken);
        var meeting = await db.Meetings.SingleAsync(m => m.Id == decision.MeetingId, cancellationToken);
        var item = decision.AgendaItemId is { } itemId ? await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken) : null;
        // An action's text follows its owners' names ("Ann Lee to lead the response …"), so it starts in lower case.
        var action = await ActionRegister.RaiseAsync(db, meeting, item, [person!],
            $"lead the response to the {consultation.ConsultingOrganisation} consultation “{consultation.Title}”.", due ?? consultation.ResponseDeadline, cancellationToken: cancellationToken);
        action.DecisionId = decision.Id;
        consultation.LeadAction = action;
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    /// <summary>Attaches the body's response, a paper of its own; the consultation is then answered.</summary>
    public static async Task AttachResponseAsync(QuorumDb db, Consultation consultation, int? paperId, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(consultation, cancellationToken);
        var problems = new Dictionary<string, string>();
        if (consultation.WillRespond == false)
            problems["responsePaperId"] = "The body decided not to respond to this consultation";
        var paper = paperId is { } id ? await db.Papers.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (paper is null || paper.BodyId != consultation.BodyId)
            problems.TryAdd("responsePaperId", "Choose the paper of the body's that is its response");
        else if (paper.Id == consultation.PaperId)
            problems.TryAdd("responsePaperId", "The response cannot be the consultation paper itself");
        InvalidInputException.ThrowIfAny(problems);
        consultation.ResponsePaper = paper;
        consultation.ResponsePaperId = paper!.Id;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The body's consultations as a list shows them: those still open first, then by deadline.</summary>
    public static IQueryable<Consultation> ByDeadline(QuorumDb db, IQueryable<Consultation> consultations, DateOnly today) =>
        consultations
            .OrderBy(c => (c.ResponsePaperId != null && db.Papers.Any(p => p.Id == c.ResponsePaperId))
                || (c.WillRespond == false && db.Decisions.Any(d => d.Id == c.DecisionId))
                || c.ResponseDeadline < today ? 1 : 0)
            .ThenBy(c => c.ResponseDeadline).ThenBy(c => c.Id);

    /// <summary>Those still waiting on the body, as the viewer sees them: no response, no decision not to, deadline not passed.</summary>
    public static IQueryable<Consultation> Outstanding(QuorumDb db, IQueryable<Consultation> consultations, DateOnly today) =>
        consultations.Where(c => c.ResponseDeadline >= today
            && !(c.ResponsePaperId != null && db.Papers.Any(p => p.Id == c.ResponsePaperId))
            && !(c.WillRespond == false && db.Decisions.Any(d => d.Id == c.DecisionId)));

    /// <summary>The rules a consultation's fields must meet on their own, without the database.</summary>
    public static IReadOnlyDictionary<string, string> Problems(ConsultationDetails d)
    {
        var problems = new Dictionary<string, string>();
        if (d.PaperId is null)
            problems["paperId"] = "Choose the paper that is the consultation";
        if (string.IsNullOrWhiteSpace(d.ConsultingOrganisation))
            problems["consultingOrganisation"] = "Enter who is consulting, like Department for Local Services";
        else if (d.ConsultingOrganisation.Trim().Length > MaxOrganisationLength)
            problems["consultingOrganisation"] = $"The consulting organisation must be {MaxOrganisationLength} characters or fewer";
        if (string.IsNullOrWhiteSpace(d.Title))
            problems["title"] = "Enter the title of the consultation";
        else if (d.Title.Trim().Length > MaxTitleLength)
            problems["title"] = $"The title must be {MaxTitleLength} characters or fewer";
        if (Clean(d.Link) is { } link && (link.Length > MaxLinkLength || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            problems["link"] = "Enter the address of the consultation's page, starting https://";
        if (d.ResponseDeadline is null)
            problems["responseDeadline"] = "Enter the date responses are due";
        return problems;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
