using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Web.Features.Organisations;

/// <summary>Organisations, and (for clerks) a form to add one; names are unique.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public IReadOnlyList<(Organisation Organisation, int People)> Organisations { get; private set; } = [];

    public bool MayCreate => db.Viewer.MayEditPeople;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? ShortName { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!MayCreate)
            return Forbid();
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
            ModelState.AddModelError(nameof(Name), "Enter the organisation's name");
        else if (name.Length > 200)
            ModelState.AddModelError(nameof(Name), "The name must be 200 characters or fewer");
        else if (await db.Organisations.AnyAsync(o => o.Name == name))
            ModelState.AddModelError(nameof(Name), $"There is already an organisation called {name}");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var organisation = new Organisation { Name = name, ShortName = string.IsNullOrWhiteSpace(ShortName) ? null : ShortName.Trim() };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{organisation.Name} has been added";
        return Redirect($"/organisations/{organisation.Id}");
    }

    private async Task LoadAsync()
    {
        var rows = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new { Organisation = o, People = o.People.Count }).ToListAsync();
        Organisations = [.. rows.Select(r => (r.Organisation, r.People))];
    }
}
