using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Consultations;
using Quorum.Data;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Consultations;

/// <summary>Consultations from outside bodies, those still open first, each group by deadline.</summary>
[AllowAnonymous]
public sealed class IndexModel(QuorumDb db) : PageModel
{
    public const int PageSize = 50;

    public DateOnly Today => db.Today;

    public bool MayRecord { get; private set; }

    public RowPage<Consultation> Consultations { get; private set; } = RowPage.Empty<Consultation>();

    public static string PageUrl(int page) => $"/consultations?page={page}";

    public async Task<IActionResult> OnGetAsync()
    {
        Consultations = await ConsultationsApi.WithDetails(ConsultationRegister.ByDeadline(db, db.Consultations, Today))
            .ReadPageAsync(RowPage.NumberAskedIn(Request), PageSize, HttpContext.RequestAborted);
        MayRecord = (await ConsultationChoices.EditableBodyIdsAsync(db)).Count > 0;
        return Page();
    }
}
