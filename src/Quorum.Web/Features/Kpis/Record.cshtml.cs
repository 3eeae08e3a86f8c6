using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Kpis;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Kpis;

/// <summary>Records an organisation's figure for a quarter; a quarter already reported is corrected, not repeated.</summary>
[Authorize]
public sealed class RecordModel(QuorumDb db) : PageModel
{
    public Kpi Kpi { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    [BindProperty]
    public ReadingForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? organisation)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input.OrganisationId = organisation;
        // Figures are usually reported for the quarter just ended.
        Input.Period = Quarter.Of(db.Today).Previous.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var value = KpiDisplay.Read(Input.Value);
        var unreadable = value is null && !string.IsNullOrWhiteSpace(Input.Value);
        var reading = new KpiReading { OrganisationId = Input.OrganisationId, Period = Input.Period, Value = value, Note = Input.Note };
        var problems = new Dictionary<string, string>(KpiRegister.ReadingProblems(reading, db.Today));
        if (unreadable)
            problems["value"] = "The figure must be a number, like 92.5";
        ModelState.AddProblems(problems);
        if (!ModelState.IsValid)
            return Page();
        try
        {
            var (recorded, replaced) = await KpiRegister.RecordAsync(db, Kpi, reading);
            var organisation = Organisations.FirstOrDefault(o => o.Value == recorded.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text;
            TempData["Success"] = replaced
                ? $"The figure for {organisation}, {recorded.Period}, is now {KpiDisplay.Figure(recorded.Value, Kpi.Unit)}"
                : $"{KpiDisplay.Figure(recorded.Value, Kpi.Unit)} has been recorded for {organisation}, {recorded.Period}";
        }
        catch (InvalidInputException e)
        {
            ModelState.AddProblems(e.Problems);
            return Page();
        }

        return Redirect($"/kpis/{Kpi.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var kpi = await db.Kpis.SingleOrDefaultAsync(k => k.Id == id);
        if (kpi is null)
            return NotFound();
        if (!await db.MayEditAsync(kpi))
            return Forbid();
        Kpi = kpi;
        Organisations = await KpiForm.OrganisationChoicesAsync(db);
        return null;
    }

    /// <summary>The reading as typed: the figure is read by the page so that a mistyped one comes back as typed.</summary>
    public sealed class ReadingForm
    {
        public int? OrganisationId { get; set; }

        public string? Period { get; set; }

        public string? Value { get; set; }

        public string? Note { get; set; }
    }
}
