using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Data;
using Quorum.People;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Conduct;

/// <summary>Records a new version of a member's register of interests, starting from the latest one.</summary>
[Authorize]
public sealed class RecordInterestsModel(QuorumDb db) : PageModel
{
    private const int BlankRows = 3;

    public sealed class InterestRow
    {
        public InterestCategory? Category { get; set; }

        public InterestHolder? Holder { get; set; }

        public string? Description { get; set; }

        public bool IsSensitive { get; set; }
    }

    public sealed class RegisterForm
    {
        public int? BodyId { get; set; }

        public DateInput EffectiveFrom { get; set; } = new();

        public List<InterestRow> Interests { get; set; } = [];

        public bool Publish { get; set; }
    }

    [BindProperty]
    public RegisterForm Input { get; set; } = new();

    public Person Person { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> Bodies { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> Categories { get; } =
        [.. Enum.GetValues<InterestCategory>().Select(c => new SelectListItem(InterestRegisterVersion.Label(c), c.ToString()))];

    public static IReadOnlyList<SelectListItem> Holders { get; } =
        [new("The member", nameof(InterestHolder.Member)), new("Spouse or partner", nameof(InterestHolder.SpouseOrPartner))];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input.BodyId = int.Parse(Bodies[0].Value, System.Globalization.CultureInfo.InvariantCulture);
        var latest = await InterestRegister.Versions(db).FirstOrDefaultAsync(v => v.PersonId == id && v.BodyId == Input.BodyId);
        Input.EffectiveFrom = DateInput.From(db.Today);
        Input.Interests = [.. (latest?.Interests ?? []).OrderBy(i => i.Category).ThenBy(i => i.Id)
            .Select(i => new InterestRow { Category = i.Category, Holder = i.Holder, Description = i.Description, IsSensitive = i.IsSensitive })];
        Input.Interests.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new InterestRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == Input.BodyId);
        if (body is null || Bodies.All(b => b.Value != body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            ModelState.AddModelError("Input.BodyId", "Choose the body whose register this is");
        if (!Input.EffectiveFrom.TryRead("The date the register takes effect", out var from, out var dateError))
            ModelState.AddModelError("Input.EffectiveFrom", dateError!);
        if (!ModelState.IsValid)
            return Page();
        try
        {
            await InterestRegister.RecordAsync(db, body!, Person, new InterestRegisterInput(from,
                [.. Input.Interests.Select(i => new InterestInput(i.Category, i.Holder, i.Description, i.IsSensitive))], Input.Publish));
        }
        catch (InvalidInputException e)
        {
            ModelState.AddProblems(e.Problems);
            return Page();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }

        TempData["Success"] = Input.Publish ? "The register has been recorded and published" : "The register has been recorded; it is not yet published";
        return Redirect($"/people/{id}/interests");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == id);
        if (person is null)
            return NotFound();
        Person = person;
        var bodies = await db.Memberships.Where(m => m.PersonId == id).Select(m => m.Body!).Distinct().OrderBy(b => b.Name).ToListAsync();
        var kept = new List<Body>();
        foreach (var body in bodies)
        {
            if (await db.MayEditAsync(body))
                kept.Add(body);
        }

        if (kept.Count == 0)
            return Forbid();
        Bodies = [.. kept.Select(b => new SelectListItem(b.Name, b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return null;
    }
}
