using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Web.Features.People;

[AllowAnonymous]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Person> People { get; private set; } = [];

    public int Total { get; private set; }

    public bool MayCreate => db.Viewer.MayEditPeople;

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        var people = db.People.AsNoTracking().Include(p => p.Organisation).AsQueryable();
        if (!string.IsNullOrWhiteSpace(Q))
            people = people.Where(p => p.FullName.ToLower().Contains(Q.Trim().ToLower()));
        Total = await people.CountAsync();
        People = await people.OrderBy(p => p.FullName).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }
}
