using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.People;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Organisations;

/// <summary>
/// Organisations by name, a page at a time as the bodies are (a national deployment has thousands),
/// and (for clerks) a form to add one; names are unique.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public const int PageSize = 100;

    public RowPage<(Organisation Organisation, int People)> Organisations { get; private set; } = RowPage.Empty<(Organisation, int)>();

    /// <summary>From <c>?pageNumber=</c>, as the bodies list: Razor Pages keeps "page" for itself.</summary>
    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    public int Total { get; private set; }

    public bool MayCreate => db.Viewer.MayEditPeople;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? ShortName { get; set; }

    public static string PageUrl(int page) => $"/organisations?pageNumber={page}";

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
        var organisations = db.Organisations.AsNoTracking();
        Total = await organisations.CountAsync();
        Organisations = (await organisations
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new { Organisation = o, People = o.People.Count })
            .ReadPageAsync(PageNumber, PageSize, HttpContext.RequestAborted))
            .Select(r => (r.Organisation, r.People));
    }
}
