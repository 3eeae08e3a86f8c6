using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Decisions;
using Quorum.Papers;

namespace Quorum.Consultations;

/// <summary>Where a consultation stands, as the viewer sees it on a given day.</summary>
public enum ConsultationState
{
    /// <summary>Nobody has yet decided whether to respond, and there is still time.</summary>
    Open,

    /// <summary>The body decided to respond; the response is not yet attached.</summary>
    Responding,

    /// <summary>The response paper is attached.</summary>
    Responded,

    /// <summary>The body decided not to respond.</summary>
    NotResponding,

    /// <summary>The deadline went by without a response.</summary>
    DeadlinePassed,
}

/// <summary>
/// A paper that is a consultation from an outside body (a government department, a regulator, a
/// professional society), asking for a response by a deadline. The body decides at a meeting
/// whether to respond (a <see cref="Decisions.Decision"/>), names a lead (an
/// <see cref="ActionItem"/>), and the response is a paper of its own. It is seen by whoever may
/// open the consultation paper.
/// </summary>
public class Consultation : Entity, IOwned
{
    Owner IOwned.Owner => Owner.Of<Body>(BodyId);

    /// <summary>The body that was consulted: the consultation paper's body.</summary>
    public int BodyId { get; set; }

    public Body? Body { get; set; }

    /// <summary>The consultation document itself; a paper is a consultation at most once.</summary>
    public int PaperId { get; set; }

    public Paper? Paper { get; set; }

    /// <summary>Who is consulting ("Department for Local Services").</summary>
    public required string ConsultingOrganisation { get; set; }

    public required string Title { get; set; }

    /// <summary>The consultation's own page, where responses are made.</summary>
    public string? Link { get; set; }

    public DateOnly ResponseDeadline { get; set; }

    /// <summary>The decision to respond or not; set with <see cref="WillRespond"/>.</summary>
    public int? DecisionId { get; set; }

    public Decision? Decision { get; set; }

    public bool? WillRespond { get; set; }

    /// <summary>The action that names who leads the response.</summary>
    public int? LeadActionId { get; set; }

    public ActionItem? LeadAction { get; set; }

    public int? ResponsePaperId { get; set; }

    public Paper? ResponsePaper { get; set; }

    /// <summary>
    /// The state as the viewer sees it, from the loaded <see cref="Decision"/> and
    /// <see cref="ResponsePaper"/>: a decision in minutes not yet published, or a response the
    /// viewer may not open, does not count, so the state never tells more than the records do.
    /// </summary>
    public ConsultationState StateOn(DateOnly today) =>
        StateOf(Decision is null ? null : WillRespond, ResponsePaper is not null, ResponseDeadline, today);

    /// <summary>A response settles it; so does deciding not to respond; otherwise the deadline decides whether there is still time.</summary>
    public static ConsultationState StateOf(bool? willRespond, bool responded, DateOnly deadline, DateOnly today) =>
        responded ? ConsultationState.Responded
        : willRespond == false ? ConsultationState.NotResponding
        : today > deadline ? ConsultationState.DeadlinePassed
        : willRespond == true ? ConsultationState.Responding
        : ConsultationState.Open;

    /// <summary>Still waiting on the body: open or being responded to, before the deadline.</summary>
    public static bool IsOutstanding(ConsultationState state) => state is ConsultationState.Open or ConsultationState.Responding;

    /// <summary>Whole days from <paramref name="today"/> to the deadline (negative once it has passed).</summary>
    public int DaysLeft(DateOnly today) => ResponseDeadline.DayNumber - today.DayNumber;
}
