using Microsoft.EntityFrameworkCore;
using Quorum.Actions;
using Quorum.Data;
using Quorum.Web.Features.Api;
using Quorum.Web.Features.Shared;
using Quorum.Web.Features.Shared.Exports;

namespace Quorum.Web.Features.Actions;

/// <summary>
/// The action log as CSV or Excel, with the tracker's filters. Columns: Reference, Body, Meeting,
/// Meeting date, Item, Owners, Action, Due, Status, Closed on, Latest update.
/// </summary>
public static class ActionsExport
{
    public static readonly string[] Columns = ["Reference", "Body", "Meeting", "Meeting date", "Item", "Owners", "Action", "Due", "Status", "Closed on", "Latest update"];

    public static RouteGroupBuilder MapActionsExport(this RouteGroupBuilder api)
    {
        var group = api.MapCollection("actions");
        group.MapGet("/export.csv", async (QuorumDb db, [AsParameters] ActionFilterQuery query) => (await BuildAsync(db, query)).Csv());
        group.MapGet("/export.xlsx", async (QuorumDb db, [AsParameters] ActionFilterQuery query) => (await BuildAsync(db, query)).Xlsx());
        return api;
    }

    private static async Task<TableExport> BuildAsync(QuorumDb db, ActionFilterQuery query)
    {
        var actions = await ActionFilter.WithDetails(query.ToFilter().Apply(db.Actions, db.Today)).ToListAsync();
        return new TableExport("actions", Columns, actions.Select(a => (IReadOnlyList<object?>)
        [
            a.Reference,
            a.Body!.Name,
            a.Meeting!.DisplayTitle,
            a.Meeting.Date,
            a.AgendaItem is null ? null : $"{a.AgendaItem.Number} {a.AgendaItem.Title}",
            string.Join("; ", a.Owners.Select(o => o.FullName)),
            a.Text,
            a.DueDate,
            Display.Status(a.Status),
            a.ClosedOn,
            a.Updates.OrderBy(u => u.On).ThenBy(u => u.Id).LastOrDefault()?.Text,
        ]));
    }
}

/// <summary>The tracker's filters as query parameters: body, owner, status, overdue, dueWithinDays.</summary>
public sealed record ActionFilterQuery(string? Body, int? Owner, ActionStatus? Status, bool? Overdue, int? DueWithinDays)
{
    public ActionFilter ToFilter() => new(Body, Owner, Status, Overdue == true, DueWithinDays);
}
