using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Web.Features.Shared;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Bodies;

/// <summary>A body's members for its clerk: add a seat in a role from a date, or end one.</summary>
[Authorize]
public sealed class MembersModel(QuorumDb db) : PageModel
{
    /// <summary>Today by Quorum's clock.</summary>
    public DateOnly Today => db.Today;

    public Body Body { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    [BindProperty]
    public int? PersonId { get; set; }

    [BindProperty]
    public MembershipRole Role { get; set; } = MembershipRole.Member;

    [BindProperty]
    public DateInput From { get; set; } = new();

    public static IReadOnlyList<SelectListItem> Roles { get; } =
        [.. Enum.GetValues<MembershipRole>().Select(r => new SelectListItem(r == MembershipRole.Secretary ? "Secretary (clerk: may edit the body's records)" : Display.Role(r), r.ToString()))];

    public async Task<IActionResult> OnGetAsync(string shortName) => await LoadAsync(shortName) ?? Page();

    public async Task<IActionResult> OnPostAsync(string shortName)
    {
        if (await LoadAsync(shortName) is { } refusal)
            return refusal;
        if (PersonId is null || !await db.People.AnyAsync(p => p.Id == PersonId))
            ModelState.AddModelError(nameof(PersonId), "Choose the person");
        if (!From.TryRead("The start date", out var from, out var error))
            ModelState.AddModelError(nameof(From), error!);
        if (!ModelState.IsValid)
            return Page();
        Body.Memberships.Add(new Membership { PersonId = PersonId!.Value, Role = Role, From = from ?? db.Today });
        await db.SaveChangesAsync();
        TempData["Success"] = "The member has been added";
        return Redirect($"/bodies/{shortName}/members");
    }

    public async Task<IActionResult> OnPostEndAsync(string shortName, int membership, string? endDay, string? endMonth, string? endYear)
    {
        if (await LoadAsync(shortName) is { } refusal)
            return refusal;
        var seat = Body.Memberships.SingleOrDefault(m => m.Id == membership);
        if (seat is null)
            return NotFound();
        var end = new DateInput { Day = endDay, Month = endMonth, Year = endYear };
        if (!end.TryRead("The end date", out var until, out var error))
        {
            ModelState.AddModelError("", error!);
            return Page();
        }

        until ??= db.Today;
        if (seat.From is { } start && until < start)
        {
            ModelState.AddModelError("", "The end date must be on or after the date the seat began");
            return Page();
        }

        seat.Until = until;
        await db.SaveChangesAsync();
        TempData["Success"] = $"{seat.Person!.FullName}'s seat ends on {Display.Date(until.Value)}";
        return Redirect($"/bodies/{shortName}/members");
    }

    private async Task<IActionResult?> LoadAsync(string shortName)
    {
        var body = await db.Bodies.Include(b => b.Memberships).ThenInclude(m => m.Person).SingleOrDefaultAsync(b => b.ShortName == shortName);
        if (body is null)
            return NotFound();
        if (!await db.MayEditAsync(body))
            return Forbid();
        Body = body;
        People = await db.People.OrderBy(p => p.FullName).Select(p => new SelectListItem(p.FullName, p.Id.ToString())).ToListAsync();
        return null;
    }
}
