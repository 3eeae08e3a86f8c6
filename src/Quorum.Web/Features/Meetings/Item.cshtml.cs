using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Web.Features.Meetings;

/// <summary>One agenda item: its title, presenters and minute (Markdown).</summary>
[Authorize]
public sealed class ItemModel(QuorumDb db) : PageModel
{
    public Meeting Meeting { get; private set; } = default!;

    public AgendaItem Item { get; private set; } = default!;

    public IReadOnlyList<Person> Candidates { get; private set; } = [];

    public IReadOnlyList<Quorum.Actions.ActionItem> Actions { get; private set; } = [];

    public IReadOnlyList<Quorum.Decisions.Decision> Decisions { get; private set; } = [];

    /// <summary>The interests declared and the motions moved under the item.</summary>
    public Conduct.ItemConduct Conduct { get; private set; } = Quorum.Web.Features.Conduct.ItemConduct.None;

    /// <summary>Lines of the minute that read as actions and are not yet raised, offered to the clerk to confirm.</summary>
    public IReadOnlyList<ActionSuggestion> Suggestions { get; private set; } = [];

    public sealed record ActionSuggestion(string Line, string Text, IReadOnlyList<int> OwnerIds, IReadOnlyList<string> UnmatchedOwners, DateOnly? Due)
    {
        public string RaiseQuery => $"?text={Uri.EscapeDataString(Text)}&owners={string.Join(',', OwnerIds)}&FromLine={Uri.EscapeDataString(Line)}"
            + (Due is { } d ? $"&due={d:yyyy-MM-dd}" : "");
    }

    [BindProperty]
    [Required(ErrorMessage = "Enter the item's title")]
    [StringLength(500, ErrorMessage = "The title must be 500 characters or fewer")]
    public string Title { get; set; } = "";

    [BindProperty]
    public List<int> PresenterIds { get; set; } = [];

    [BindProperty]
    [StringLength(100_000, ErrorMessage = "The minute must be 100,000 characters or fewer")]
    public string? Minute { get; set; }

    [BindProperty]
    public long Version { get; set; }

    /// <summary>Withholds the item, its minute, papers, actions and decisions from publication.</summary>
    [BindProperty]
    public bool IsExempt { get; set; }

    [BindProperty]
    public string? Ground { get; set; }

    [BindProperty]
    [StringLength(2000, ErrorMessage = "The public-interest note must be 2,000 characters or fewer")]
    public string? ExemptionNote { get; set; }

    [BindProperty]
    public Quorum.Web.Features.Shared.Forms.DateInput ReviewDate { get; set; } = new();

    public static IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Grounds { get; } =
        [.. Exemption.Schedule12A.Select(g => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem($"{g.Key}: {g.Value}", g.Key))];

    public async Task<IActionResult> OnGetAsync(int id, int item)
    {
        if (await LoadAsync(id, item) is { } refusal)
            return refusal;
        Title = Item.Title;
        PresenterIds = [.. Item.Presenters.Select(p => p.Id)];
        Minute = Item.Minute?.Text;
        Version = Item.Version;
        IsExempt = Item.IsExempt;
        Ground = Item.Exemption?.Ground;
        ExemptionNote = Item.Exemption?.Note;
        ReviewDate = Quorum.Web.Features.Shared.Forms.DateInput.From(Item.Exemption?.ReviewDate);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int item)
    {
        if (await LoadAsync(id, item) is { } refusal)
            return refusal;
        if (IsExempt && !Exemption.Schedule12A.ContainsKey(Ground ?? ""))
            ModelState.AddModelError(nameof(Ground), "Choose the ground on which the item is exempt");
        if (!ReviewDate.TryRead("The review date", out var reviewDate, out var reviewError))
            ModelState.AddModelError(nameof(ReviewDate), reviewError!);
        if (!ModelState.IsValid)
            return Page();
        try
        {
            Meeting.EnsureEditable();
            db.Entry(Item).Property(i => i.Version).OriginalValue = Version;
            Item.Title = Title.Trim();
            // Touch the item itself so that its version guards the minute too.
            db.Entry(Item).Property(i => i.Title).IsModified = true;
            var chosen = Candidates.Where(p => PresenterIds.Contains(p.Id)).ToList();
            Item.Presenters.RemoveAll(p => !chosen.Contains(p));
            Item.Presenters.AddRange(chosen.Where(p => !Item.Presenters.Contains(p)));
            var text = Minute?.Trim() ?? "";
            if (Item.Minute is null && text.Length > 0)
                Item.Minute = new Minute { Text = text };
            else if (Item.Minute is not null)
                Item.Minute.Text = text;
            if (text.Length > 0)
                Meeting.StartMinutes();
            if (IsExempt)
                Item.MarkExempt(new Exemption { Ground = Ground!, Note = string.IsNullOrWhiteSpace(ExemptionNote) ? null : ExemptionNote.Trim(), ReviewDate = reviewDate });
            else
                Item.ClearExemption();
            await db.SaveChangesAsync();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this item while you were editing it. Your changes have not been saved: copy your text, then reload the page to see theirs.");
            return Page();
        }

        TempData["Success"] = $"Item {Item.Number} has been saved";
        return Redirect($"/meetings/{id}/agenda");
    }

    /// <summary>The same reader the importer uses, so a typed minute and an imported one find the same actions.</summary>
    private List<ActionSuggestion> Suggest(string? minute)
    {
        if (string.IsNullOrWhiteSpace(minute))
            return [];
        var reader = new Quorum.Import.Minutes.ActionLineReader(Candidates.Select(p => p.FullName)) { DefaultYear = Meeting.Date.Year };
        var suggestions = new List<ActionSuggestion>();
        foreach (var raw in minute.Split('\n'))
        {
            var line = raw.Trim().TrimStart('-', '*', ' ');
            if (!Quorum.Import.Minutes.ActionLineReader.IsLabelled(line) || reader.Read(line) is not { } found)
                continue;
            if (Actions.Any(a => string.Equals(a.Text, found.Text, StringComparison.OrdinalIgnoreCase)))
                continue;
            var owners = found.Owners.Select(name => (Name: name, Person: Candidates.FirstOrDefault(p => string.Equals(p.FullName, name, StringComparison.OrdinalIgnoreCase)))).ToList();
            DateOnly? due = DateOnly.TryParse(found.Due, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
            suggestions.Add(new ActionSuggestion(line, found.Text, [.. owners.Where(o => o.Person is not null).Select(o => o.Person!.Id)],
                [.. owners.Where(o => o.Person is null).Select(o => o.Name)], due));
        }

        return suggestions;
    }

    private async Task<IActionResult?> LoadAsync(int id, int itemId)
    {
        var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.MinutesApprovedAt)
            .Include(m => m.Attendance).ThenInclude(a => a.Person)
            .SingleOrDefaultAsync(m => m.Id == id);
        if (meeting is null)
            return NotFound();
        if (!await db.MayEditAsync(meeting))
            return Forbid();
        var item = await db.AgendaItems.Include(i => i.Presenters).Include(i => i.Minute)
            .SingleOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id);
        if (item is null)
            return NotFound();
        Meeting = meeting;
        Item = item;
        var members = await db.Memberships
            .Where(m => m.BodyId == meeting.BodyId && (m.Until == null || m.Until >= meeting.Date))
            .Select(m => m.Person!).ToListAsync();
        Actions = await db.Actions.Include(a => a.Owners).Where(a => a.AgendaItemId == itemId).OrderBy(a => a.Sequence).ToListAsync();
        Decisions = await db.Decisions.Where(d => d.AgendaItemId == itemId).OrderBy(d => d.Number).ToListAsync();
        Conduct = (await Quorum.Web.Features.Conduct.ConductMinutes.ForMeetingAsync(db, id)).GetValueOrDefault(itemId, Quorum.Web.Features.Conduct.ItemConduct.None);
        Candidates = [.. members.Concat(meeting.Attendance.Select(a => a.Person!)).Concat(item.Presenters)
            .DistinctBy(p => p.Id).OrderBy(p => p.FullName)];
        Suggestions = Suggest(item.Minute?.Text);
        return null;
    }
}
