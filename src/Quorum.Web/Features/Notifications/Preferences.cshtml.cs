using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Notifications;

namespace Quorum.Web.Features.Notifications;

/// <summary>Which messages a person gets, by kind; messages go to the address on their person record, or their sign-in.</summary>
[Authorize]
public sealed class PreferencesModel(QuorumDb db) : PageModel
{
    public string Address { get; private set; } = "";

    [BindProperty]
    public List<MessageKind> Wanted { get; set; } = [];

    public async Task OnGetAsync()
    {
        Address = await AddressAsync();
        var off = await OptedOutAsync();
        Wanted = [.. MessageKinds.Choosable.Select(c => c.Kind).Where(k => !off.Contains(k))];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Address = await AddressAsync();
        var key = Address.ToLowerInvariant();
        var off = await db.MailOptOuts.Where(o => o.Address == key).ToListAsync();
        foreach (var (kind, _, _) in MessageKinds.Choosable)
        {
            var existing = off.FirstOrDefault(o => o.Kind == kind);
            if (Wanted.Contains(kind) && existing is not null)
                db.MailOptOuts.Remove(existing);
            else if (!Wanted.Contains(kind) && existing is null)
                await Outbox.OptOutAsync(db, Address, kind);
        }

        await db.SaveChangesAsync();
        TempData["Success"] = "Your choices are saved";
        return Redirect("/account/notifications");
    }

    private async Task<List<MessageKind>> OptedOutAsync()
    {
        var key = Address.ToLowerInvariant();
        return await db.MailOptOuts.Where(o => o.Address == key).Select(o => o.Kind).ToListAsync();
    }

    private async Task<string> AddressAsync()
    {
        var viewer = db.Viewer;
        var personal = viewer.PersonId is { } id ? await db.People.Where(p => p.Id == id).Select(p => p.Email).SingleOrDefaultAsync() : null;
        return string.IsNullOrWhiteSpace(personal) ? viewer.Name ?? "" : personal.Trim();
    }
}
