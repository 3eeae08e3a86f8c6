using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Quorum.Conduct;
using Quorum.Data;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Conduct;

/// <summary>Records a member's declaration of an interest in an agenda item, or removes one recorded in error.</summary>
[Authorize]
public sealed class DeclareModel(QuorumDb db) : ConductPage(db)
{
    public sealed class DeclarationForm
    {
        public int? PersonId { get; set; }

        public InterestKind? Kind { get; set; }

        public string? Nature { get; set; }

        public bool LeftTheRoom { get; set; }

        public bool TookNoPart { get; set; }
    }

    [BindProperty]
    public DeclarationForm Input { get; set; } = new();

    public static IReadOnlyList<SelectListItem> Kinds { get; } =
        [.. Enum.GetValues<InterestKind>().Select(k => new SelectListItem(Declaration.Label(k), k.ToString()))];

    public async Task<IActionResult> OnGetAsync(int id, int item) => await LoadAsync(id, item) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, int item)
    {
        if (await LoadAsync(id, item) is { } refusal)
            return refusal;
        try
        {
            await ConductRegister.DeclareAsync(Db, Item,
                new DeclarationInput(Input.PersonId, Input.Kind, Input.Nature, Input.LeftTheRoom, Input.TookNoPart));
            TempData["Success"] = "The declaration has been recorded";
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

    public async Task<IActionResult> OnPostRemoveAsync(int id, int item, int declaration)
    {
        if (await LoadAsync(id, item) is { } refusal)
            return refusal;
        var found = await Db.Declarations.FindAsync(declaration);
        if (found is null || found.AgendaItemId != item)
            return NotFound();
        try
        {
            await ConductRegister.RemoveDeclarationAsync(Db, found);
            TempData["Success"] = "The declaration has been removed";
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        return Redirect(ItemUrl);
    }
}
