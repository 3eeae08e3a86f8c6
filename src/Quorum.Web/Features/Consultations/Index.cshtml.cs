using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Consultations;
using Quorum.Data;

namespace Quorum.Web.Features.Consultations;

/// <summary>Consultations from outside bodies, those still open first, each group by deadline.</summary>
[AllowAnonymous]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public const int PageSize = 50;

    public int PageNumber { get; private set; } = 1;

    public bool HasMore { get; private set; }

    public DateOnly Today => db.Today;

    public bool MayRecord { get; private set; }

    public IReadOnlyList<Consultation> Consultations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? page)
    {
        PageNumber = page is > 1 and < 100_000 ? page.Value : 1;
        var rows = await ConsultationsApi.WithDetails(ConsultationRegister.ByDeadline(db, db.Consultations, Today))
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync();
        HasMore = rows.Count > PageSize;
        Consultations = [.. rows.Take(PageSize)];
        MayRecord = (await ConsultationChoices.EditableBodyIdsAsync(db)).Count > 0;
        return Page();
    }
}
