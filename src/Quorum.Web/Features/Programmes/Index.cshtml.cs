using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Programmes;

namespace Quorum.Web.Features.Programmes;

/// <summary>Programmes and their boards; a clerk of a board starts a new one here.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> BoardsICanKeep { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int? BodyId { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (BodyId is not { } bodyId || !await db.MayEditAsync(Owner.Of<Quorum.Bodies.Body>(bodyId)))
            return Forbid();
        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), "Enter the programme's name");
            return Page();
        }

        var programme = new Programme { Name = Name.Trim(), BodyId = bodyId, Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim() };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{programme.Name} has been added";
        return Redirect($"/programmes/{programme.Id}");
    }

    private async Task LoadAsync()
    {
        Programmes = await db.Programmes.AsNoTracking().Include(p => p.Body).Include(p => p.Workstreams).ThenInclude(w => w.Reports).OrderBy(p => p.Name).ToListAsync();
        // Only the boards the viewer keeps are read: reading every body to find them took a tenth of a
        // second at a national deployment's 16,667 bodies.
        var bodies = await db.BodiesTheViewerMayEdit().OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync();
        BoardsICanKeep = [.. bodies.Select(b => (b.Id, b.Name))];
    }
}
