using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Conduct;
using Quorum.Data;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Conduct;

/// <summary>Records a motion moved under an item, or (with <c>?amends=</c>) an amendment to one.</summary>
[Authorize]
public sealed class MoveModel(QuorumDb db) : ConductPage(db)
{
    public sealed class MotionForm
    {
        public string? Text { get; set; }

        public int? MoverId { get; set; }

        public int? SeconderId { get; set; }

        public string? TextIfCarried { get; set; }
    }

    [BindProperty]
    public MotionForm Input { get; set; } = new();

    /// <summary>The motion an amendment amends.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Amends { get; set; }

    public Motion? Amended { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int item)
    {
        if ((await LoadAsync(id, item) ?? await LoadAmendedAsync(item)) is { } refusal)
            return refusal;
        Input.TextIfCarried = Amended?.Resolution;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int item)
    {
        if ((await LoadAsync(id, item) ?? await LoadAmendedAsync(item)) is { } refusal)
            return refusal;
        try
        {
            await ConductRegister.MoveAsync(Db, Item, new MotionInput(Input.Text, Input.MoverId, Input.SeconderId, Input.TextIfCarried), Amended);
            TempData["Success"] = Amended is null ? "The motion has been recorded" : "The amendment has been recorded";
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

    private async Task<IActionResult?> LoadAmendedAsync(int item)
    {
        if (Amends is null)
            return null;
        Amended = await Db.Motions.SingleOrDefaultAsync(m => m.Id == Amends && m.AgendaItemId == item);
        return Amended is null ? NotFound() : null;
    }
}
