using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Auditing;
using Quorum.Data;

namespace Quorum.Web.Features.Audit;

/// <summary>A record's history for its clerks: every change, who made it, and the values before and after.</summary>
[Authorize]
public sealed class HistoryModel(QuorumDb db) : PageModel
{
    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string entityType, string entityId)
    {
        if (!await AuditAccess.MayReadHistoryAsync(db, entityType, entityId))
            return Forbid();
        EntityType = entityType;
        EntityId = entityId;
        Events = await AuditAccess.HistoryOf(db, entityType, entityId).ToListAsync();
        return Page();
    }

    /// <summary>The fields that changed between before and after, for display.</summary>
    public static IEnumerable<(string Field, string? Before, string? After)> Changes(AuditEvent e)
    {
        var before = Parse(e.Before);
        var after = Parse(e.After);
        foreach (var field in before.Keys.Union(after.Keys).Where(f => f is not "Version"))
        {
            before.TryGetValue(field, out var b);
            after.TryGetValue(field, out var a);
            if (b != a)
                yield return (field, b, a);
        }
    }

    private static Dictionary<string, string?> Parse(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!
            .ToDictionary(p => p.Key, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString());
}
