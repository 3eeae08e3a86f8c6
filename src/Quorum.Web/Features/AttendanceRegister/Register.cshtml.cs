using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Data;

namespace Quorum.Web.Features.AttendanceRegister;

/// <summary>A body's attendance register: members down, held meetings across, with the absence rule flagged.</summary>
[AllowAnonymous]
public sealed class RegisterModel(QuorumDb db) : PageModel
{
    public AttendanceGrid Grid { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string shortName)
    {
        var grid = await AttendanceGrid.LoadAsync(db, shortName, db.Today);
        if (grid is null)
            return NotFound();
        Grid = grid;
        return Page();
    }
}
