using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Papers;

namespace Quorum.Web.Features.Papers;

/// <summary>A paper's description, marking and circulation, as entered with its first upload; the paper register checks them.</summary>
public sealed class PaperForm
{
    public string? Title { get; set; }

    public string? Author { get; set; }

    public ProtectiveMarking Marking { get; set; } = ProtectiveMarking.Official;

    /// <summary>The marking as written on an older document (PROTECT, RESTRICTED), kept beside the mapped one.</summary>
    public string? LegacyMarking { get; set; }

    public Circulation Circulation { get; set; } = Circulation.MembersOfBodies;

    public List<int> BodyIds { get; set; } = [];

    public List<int> PersonIds { get; set; } = [];

    public static IReadOnlyList<SelectListItem> MarkingChoices { get; } =
        [.. Enum.GetValues<ProtectiveMarking>().Select(m => new SelectListItem(ProtectiveMarkings.Label(m), m.ToString()))];

    public static async Task<IReadOnlyList<SelectListItem>> BodyChoicesAsync(QuorumDb db) =>
        await db.Bodies.OrderBy(b => b.Name).Select(b => new SelectListItem(b.Name, b.Id.ToString())).ToListAsync();

    public static async Task<IReadOnlyList<SelectListItem>> PeopleChoicesAsync(QuorumDb db) =>
        await db.People.OrderBy(p => p.FullName).Select(p => new SelectListItem(p.FullName, p.Id.ToString())).ToListAsync();
}
