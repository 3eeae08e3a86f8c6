using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Conduct;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Conduct;

/// <summary>Puts a motion or amendment to the vote: the outcome, the counts or each member's vote by name, and the chair's casting vote; or withdraws it.</summary>
[Authorize]
public sealed class VoteModel(QuorumDb db) : ConductPage(db)
{
    public sealed class NamedVote
    {
        public int PersonId { get; set; }

        public string Name { get; set; } = "";

        public VoteChoice? Choice { get; set; }
    }

    public sealed class BallotForm
    {
        public MotionOutcome? Outcome { get; set; }

        public int? VotesFor { get; set; }

        public int? VotesAgainst { get; set; }

        public int? Abstentions { get; set; }

        public List<NamedVote> Votes { get; set; } = [];

        public VoteChoice? CastingVote { get; set; }
    }

    [BindProperty]
    public BallotForm Input { get; set; } = new();

    public Motion Motion { get; private set; } = default!;

    public static IReadOnlyList<SelectListItem> Outcomes { get; } =
        [new("Carried", nameof(MotionOutcome.Carried)), new("Lost", nameof(MotionOutcome.Lost))];

    public static IReadOnlyList<SelectListItem> Choices { get; } =
        [new("For", nameof(VoteChoice.For)), new("Against", nameof(VoteChoice.Against)), new("Abstained", nameof(VoteChoice.Abstain))];

    public static IReadOnlyList<SelectListItem> CastingChoices { get; } =
        [new("For", nameof(VoteChoice.For)), new("Against", nameof(VoteChoice.Against))];

    public async Task<IActionResult> OnGetAsync(int id, int item, int motion)
    {
        if (await LoadMotionAsync(id, item, motion) is { } refusal)
            return refusal;
        Input.Votes = [.. Meeting.Attendance.Where(a => a.Status == AttendanceStatus.Present).OrderBy(a => a.Person!.FullName)
            .Select(a => new NamedVote { PersonId = a.PersonId, Name = a.Person!.FullName })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int item, int motion)
    {
        if (await LoadMotionAsync(id, item, motion) is { } refusal)
            return refusal;
        var names = Meeting.Attendance.Where(a => a.Person is not null).ToDictionary(a => a.PersonId, a => a.Person!.FullName);
        foreach (var vote in Input.Votes)
            vote.Name = names.GetValueOrDefault(vote.PersonId, "");
        var byName = Input.Votes.Where(v => v.Choice is not null).ToDictionary(v => v.PersonId, v => v.Choice!.Value);
        return await PutAsync(new Ballot(Input.Outcome, Input.VotesFor, Input.VotesAgainst, Input.Abstentions, byName, Input.CastingVote));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int item, int motion)
    {
        if (await LoadMotionAsync(id, item, motion) is { } refusal)
            return refusal;
        return await PutAsync(new Ballot(MotionOutcome.Withdrawn));
    }

    private async Task<IActionResult> PutAsync(Ballot ballot)
    {
        try
        {
            await ConductRegister.PutToVoteAsync(Db, Motion, ballot);
            var noun = Motion.IsAmendment ? "amendment" : "motion";
            TempData["Success"] = Motion.Outcome switch
            {
                MotionOutcome.Carried when Motion.Decision is { } decision => $"The {noun} was carried and recorded as {(decision.IsRecommendation ? "recommendation" : "decision")} {decision.Number}",
                _ => $"The {noun} was {Motion.DescribeOutcome()}",
            };
        }
        catch (InvalidInputException e)
        {
            ModelState.AddProblems(e.Problems);
            return Page();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        return Redirect(ItemUrl);
    }

    private async Task<IActionResult?> LoadMotionAsync(int id, int item, int motion)
    {
        if (await LoadAsync(id, item) is { } refusal)
            return refusal;
        var found = await Db.Motions.Include(m => m.Mover).Include(m => m.Seconder).SingleOrDefaultAsync(m => m.Id == motion && m.AgendaItemId == item);
        if (found is null)
            return NotFound();
        Motion = found;
        return null;
    }
}
