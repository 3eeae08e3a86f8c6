using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Contracts;
using Quorum.Data;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Contracts;

/// <summary>
/// Contracts of one category across the organisations on one time line, with those that end in a
/// chosen window (or can be extended into it) highlighted: where a shared service could start.
/// </summary>
[AllowAnonymous]
public sealed class AlignmentModel(QuorumDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    public AlignmentWindow Window { get; private set; } = default!;

    public DateOnly Today => db.Today;

    public IReadOnlyList<string> Categories { get; private set; } = [];

    public IReadOnlyList<Contract> Contracts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Categories = await ContractRegister.CategoriesAsync(db);
        var window = AlignmentWindow.Default(Today);
        DateOnly? from = null, to = null;
        if (!From.TryRead("The start of the window", out from, out var fromError))
            ModelState.AddModelError(nameof(From), fromError!);
        if (!To.TryRead("The end of the window", out to, out var toError))
            ModelState.AddModelError(nameof(To), toError!);
        if (ModelState.IsValid && (from is not null || to is not null))
        {
            try
            {
                window = new AlignmentWindow(from ?? window.From, to ?? (from ?? window.From).AddYears(1).AddDays(-1));
            }
            catch (InvalidInputException e)
            {
                ModelState.AddModelError(nameof(To), e.Problems["to"]);
            }
        }

        Window = window;
        if (From.IsEmpty)
            From = DateInput.From(window.From);
        if (To.IsEmpty)
            To = DateInput.From(window.To);
        Category ??= Categories.Count > 0 ? Categories[0] : null;
        if (Category is not null)
            Contracts = await ContractRegister.OfCategoryAsync(db, Category);
        return Page();
    }
}
