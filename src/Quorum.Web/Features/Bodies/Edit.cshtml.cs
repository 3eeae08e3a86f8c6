using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Bodies;

[Authorize]
public sealed class EditModel(QuorumDb db) : PageModel
{
    [BindProperty]
    public BodyForm Input { get; set; } = new();

    /// <summary>The version read when the form was shown; a save against a newer one is refused.</summary>
    [BindProperty]
    public long Version { get; set; }

    public Body Body { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string shortName)
    {
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.ShortName == shortName);
        if (body is null)
            return NotFound();
        if (!await db.MayEditAsync(body))
            return Forbid();
        Body = body;
        Input = BodyForm.From(body);
        Version = body.Version;
        Parents = await BodyForm.ParentChoicesAsync(db, body.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string shortName)
    {
        var body = await db.Bodies.Include(b => b.FormerNames).SingleOrDefaultAsync(b => b.ShortName == shortName);
        if (body is null)
            return NotFound();
        if (!await db.MayEditAsync(body))
            return Forbid();
        Body = body;
        if (!Input.RenamedOn.TryRead("The date of the new name", out var renamedOn, out var dateError))
            ModelState.AddModelError("Input.RenamedOn", dateError!);
        var details = Input.ToDetails(renamedOn);
        ModelState.AddProblems(await BodyRegister.ProblemsAsync(db, details, body));
        if (!ModelState.IsValid)
        {
            Parents = await BodyForm.ParentChoicesAsync(db, body.Id);
            return Page();
        }

        db.Entry(body).Property(b => b.Version).OriginalValue = Version;
        try
        {
            await BodyRegister.UpdateAsync(db, body, details);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this body while you were editing it. Your changes have not been saved: reload the page to see theirs.");
            Parents = await BodyForm.ParentChoicesAsync(db, body.Id);
            return Page();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Input.Name", e.Message);
            Parents = await BodyForm.ParentChoicesAsync(db, body.Id);
            return Page();
        }

        TempData["Success"] = "The body has been updated";
        return Redirect($"/bodies/{body.ShortName}");
    }
}
