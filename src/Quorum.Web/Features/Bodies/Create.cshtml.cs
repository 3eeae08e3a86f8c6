using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Bodies;

[Authorize]
public sealed class CreateModel(QuorumDb db) : PageModel
{
    [BindProperty]
    public BodyForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!db.Viewer.IsAdministrator)
            return Forbid();
        Parents = await BodyForm.ParentChoicesAsync(db, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!db.Viewer.IsAdministrator)
            return Forbid();
        var details = Input.ToDetails(null);
        ModelState.AddProblems(await BodyRegister.ProblemsAsync(db, details, null));
        if (!ModelState.IsValid)
        {
            Parents = await BodyForm.ParentChoicesAsync(db, null);
            return Page();
        }

        var body = await BodyRegister.CreateAsync(db, details);
        TempData["Success"] = $"{body.Name} has been added";
        return Redirect($"/bodies/{body.ShortName}");
    }
}
