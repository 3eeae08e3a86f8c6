using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Quorum.Actions;
using Quorum.Data;
using Quorum.Web.Features.Shared;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Actions;

/// <summary>The action tracker across bodies, with counts and filters; "My actions" is the same list for the signed-in person.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicAnswers.Policy)]
public sealed class IndexModel(QuorumDb db, TrackerFigures figures) : PageModel
{
    /// <summary>Today by Quorum's clock.</summary>
    public DateOnly Today => db.Today;

    [BindProperty(SupportsGet = true)]
    public string? Body { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Owner { get; set; }

    [BindProperty(SupportsGet = true)]
    public ActionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? DueWithinDays { get; set; }

    public const int PageSize = 50;

    public bool Mine { get; private set; }

    public ActionFilter Filter => new(Body, Owner, Status, Overdue, DueWithinDays);

    public RowPage<ActionItem> Actions { get; private set; } = RowPage.Empty<ActionItem>();

    public int OpenCount { get; private set; }

    public int InProgressCount { get; private set; }

    public int OverdueCount { get; private set; }

    public int DoneCount { get; private set; }

    /// <summary>The most actions counted for each figure; more are shown as "1,000+".</summary>
    public const int MostCounted = TrackerFigures.MostCounted;

    /// <summary>A count as shown: "1,000+" past <see cref="MostCounted"/>.</summary>
    public static string Shown(int count) =>
        count > MostCounted ? string.Create(CultureInfo.InvariantCulture, $"{MostCounted:N0}+") : count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The bodies to filter by, or null when there are too many to list.</summary>
    public IReadOnlyList<SelectListItem>? Bodies { get; private set; }

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    /// <summary>This list with another page number.</summary>
    public string PageUrl(int page)
    {
        var query = Request.Query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return $"/actions?{string.Join('&', query.Append($"page={page}"))}";
    }

    public async Task<IActionResult> OnGetAsync(bool mine = false)
    {
        if (mine)
        {
            if (db.Viewer.PersonId is not { } me)
                return db.Viewer.IsSignedIn ? Page() : Challenge();
            Mine = true;
            Owner = me;
        }

        var today = db.Today;
        var filter = Filter;
        var filtered = filter.Apply(db.Actions, today);
        (OpenCount, InProgressCount, DoneCount, OverdueCount) = await figures.CountAsync(db, filter, HttpContext.RequestAborted);
        // A page at a time, with only what the list shows (the exports take the whole history).
        // The page's ids first (the walk newest first reads only keys an index holds, and stops
        // after the page), then those rows with their bodies and owners.
        var ids = await ActionFilter.NewestFirst(filtered).Select(a => a.Id)
            .ReadPageAsync(RowPage.NumberAskedIn(Request), PageSize, HttpContext.RequestAborted);
        var onPage = ids.Rows;
        var rows = await db.Actions.AsNoTracking().Include(a => a.Body).Include(a => a.Owners)
            .Where(a => onPage.Contains(a.Id)).AsSplitQuery().ToDictionaryAsync(a => a.Id, HttpContext.RequestAborted);
        // An action deleted between the two reads is left out rather than failing the page.
        Actions = new RowPage<ActionItem>([.. onPage.Where(rows.ContainsKey).Select(id => rows[id])], ids.Number, ids.HasMore);
        Bodies = await BodyChoices.ListAsync(db);
        // The owners of one body's actions: across every body the list would be everyone, and
        // finding them would read every action.
        if (!string.IsNullOrWhiteSpace(Body))
        {
            var ofBody = db.Actions.Where(a => a.Body!.ShortName == Body);
            Owners = await db.People.Where(p => ofBody.Any(a => a.Owners.Any(o => o.Id == p.Id)))
                .OrderBy(p => p.FullName).Select(p => new SelectListItem(p.FullName, p.Id.ToString())).ToListAsync();
        }
        else if (Owner is { } owner)
        {
            Owners = await db.People.Where(p => p.Id == owner).Select(p => new SelectListItem(p.FullName, p.Id.ToString())).ToListAsync();
        }

        return Page();
    }
}
