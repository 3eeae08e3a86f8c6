using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Accounts;
using Quorum.Data;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Accounts;

/// <summary>The signed-in person's API tokens: issue one (shown once), see when each expires, revoke any.</summary>
[Authorize]
public sealed class TokensModel(QuorumDb db) : PageModel
{
    public static readonly int[] Lifetimes = [30, 90, 365];

    [BindProperty]
    public Form Input { get; set; } = new();

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>A token just issued, shown this once.</summary>
    public string? NewSecret { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostIssueAsync()
    {
        if (!Lifetimes.Contains(Input.Days))
            ModelState.AddModelError("Input.Days", "Choose how long the token lasts");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var (secret, token) = ApiToken.Issue(db.Viewer.UserId!, Input.Name.Trim(), DateTime.UtcNow, TimeSpan.FromDays(Input.Days));
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        NewSecret = secret;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == db.Viewer.UserId);
        if (token is null)
            return NotFound();
        token.RevokedAt ??= DateTime.UtcNow;
        await db.SaveChangesAsync();
        TempData["Success"] = $"The token “{token.Name}” is revoked";
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == db.Viewer.UserId).OrderByDescending(t => t.CreatedAt).ToListAsync();

    public sealed class Form
    {
        [Required(ErrorMessage = "Enter a name to recognise the token by")]
        [LengthOf<ApiToken>(nameof(ApiToken.Name), "The name")]
        public string Name { get; set; } = "";

        public int Days { get; set; } = 90;
    }
}
