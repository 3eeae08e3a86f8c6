using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Consultations;
using Quorum.Data;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Features.Consultations;

/// <summary>What the consultation forms offer to choose from, and how a state is shown.</summary>
public static class ConsultationChoices
{
    private const int MostOffered = 200;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The bodies whose records the viewer keeps.</summary>
    public static async Task<List<int>> EditableBodyIdsAsync(QuorumDb db)
    {
        var ids = new List<int>();
        foreach (var body in await db.Bodies.AsNoTracking().Select(b => b.Id).ToListAsync())
        {
            if (await db.MayEditAsync(Owner.Of<Body>(body)))
                ids.Add(body);
        }

        return ids;
    }

    /// <summary>Papers of those bodies not yet recorded as consultations, newest first.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> PapersToRecordAsync(QuorumDb db, IReadOnlyCollection<int> bodyIds) =>
        [.. (await db.Papers.AsNoTracking().Where(p => bodyIds.Contains(p.BodyId) && !db.Consultations.Any(c => c.PaperId == p.Id))
            .OrderByDescending(p => p.Id).Take(MostOffered).Select(p => new { p.Id, p.Title, p.Body!.ShortName }).ToListAsync())
            .Select(p => new SelectListItem($"{p.Title} ({p.ShortName})", Id(p.Id)))];

    /// <summary>The items of the body's meetings, latest meeting first.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> AgendaItemsAsync(QuorumDb db, int bodyId)
    {
        var items = await db.AgendaItems.AsNoTracking().Where(i => i.Meeting!.BodyId == bodyId)
            .OrderByDescending(i => i.Meeting!.Date).ThenBy(i => i.MeetingId).ThenBy(i => i.ParentId).ThenBy(i => i.Position)
            .Take(MostOffered).Select(i => new { i.Id, i.Number, i.Title, i.Meeting!.Date }).ToListAsync();
        return [.. items.Select(i => new SelectListItem($"{Display.Date(i.Date)}: {i.Number}. {i.Title}", Id(i.Id)))];
    }

    /// <summary>The body's current members, who may lead a response.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> MembersAsync(QuorumDb db, int bodyId, DateOnly today) =>
        [.. (await db.Memberships.AsNoTracking().Where(m => m.BodyId == bodyId && (m.From == null || m.From <= today) && (m.Until == null || m.Until >= today))
            .Select(m => new { m.PersonId, m.Person!.FullName }).Distinct().OrderBy(m => m.FullName).ToListAsync())
            .Select(m => new SelectListItem(m.FullName, Id(m.PersonId)))];

    /// <summary>The body's papers that could be its response: any but the consultation paper, newest first.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> ResponsePapersAsync(QuorumDb db, Consultation consultation) =>
        [.. (await db.Papers.AsNoTracking().Where(p => p.BodyId == consultation.BodyId && p.Id != consultation.PaperId)
            .OrderByDescending(p => p.Id).Take(MostOffered).Select(p => new { p.Id, p.Title }).ToListAsync())
            .Select(p => new SelectListItem(p.Title, Id(p.Id)))];

    public static string Label(ConsultationState state) => state switch
    {
        ConsultationState.Open => "Open",
        ConsultationState.Responding => "Responding",
        ConsultationState.Responded => "Responded",
        ConsultationState.NotResponding => "Not responding",
        _ => "Deadline passed",
    };

    public static string TagClass(ConsultationState state) => state switch
    {
        ConsultationState.Open => "govuk-tag--blue",
        ConsultationState.Responding => "govuk-tag--yellow",
        ConsultationState.Responded => "govuk-tag--green",
        ConsultationState.NotResponding => "govuk-tag--grey",
        _ => "govuk-tag--red",
    };
}
