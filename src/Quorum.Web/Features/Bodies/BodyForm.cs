using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Web.Features.Shared;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Bodies;

/// <summary>The fields of a body shared by the create and edit pages, with their validation.</summary>
public sealed class BodyForm
{
    [Required(ErrorMessage = "Enter the body's name")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter a short name")]
    [RegularExpression("^[A-Za-z0-9-]{1,50}$", ErrorMessage = "The short name may use only letters, numbers and hyphens, like LCIOC")]
    public string ShortName { get; set; } = "";

    [StringLength(30, ErrorMessage = "The prefix must be 30 characters or fewer")]
    public string? ActionPrefix { get; set; }

    public BodyKind Kind { get; set; } = BodyKind.Committee;

    [StringLength(100, ErrorMessage = "The reference scheme must be 100 characters or fewer")]
    public string ActionReferenceScheme { get; set; } = global::Quorum.Actions.ActionReferenceScheme.Default;

    [StringLength(4000, ErrorMessage = "The standing items must be 4,000 characters or fewer")]
    public string StandingItems { get; set; } = string.Join('\n', Body.DefaultStandingItems);

    public int? ParentBodyId { get; set; }

    [Range(1, 500, ErrorMessage = "The quorum must be a number of members from 1 to 500")]
    public int? Quorum { get; set; }

    [Range(1, 50, ErrorMessage = "The attendance rule must be a number of meetings from 1 to 50")]
    public int? AbsenceThreshold { get; set; }

    public string TimeZone { get; set; } = Body.DefaultTimeZone;

    public bool IsPublic { get; set; } = true;

    public string? TermsOfReference { get; set; }

    /// <summary>When the name changes: the day the new name took effect.</summary>
    public DateInput RenamedOn { get; set; } = new();

    public static BodyForm From(Body body) => new()
    {
        Name = body.Name,
        ShortName = body.ShortName,
        ActionPrefix = body.ActionPrefix,
        Kind = body.Kind,
        ActionReferenceScheme = body.ActionReferenceScheme,
        StandingItems = body.StandingItems,
        ParentBodyId = body.ParentBodyId,
        Quorum = body.Quorum,
        AbsenceThreshold = body.AbsenceThreshold,
        TimeZone = body.TimeZone,
        IsPublic = body.IsPublic,
        TermsOfReference = body.TermsOfReference,
    };

    /// <summary>Checks what annotations cannot: the time zone exists, the short name is free, the parent is not the body itself.</summary>
    public async Task ValidateAsync(QuorumDb db, ModelStateDictionary modelState, int? bodyId)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            modelState.AddModelError("Input.TimeZone", "Enter a time zone such as Europe/London");
        // Short names are unique across every body, including those the viewer cannot see.
        if (await db.Bodies.IncludingWithheld().AnyAsync(b => b.ShortName == ShortName && b.Id != bodyId))
            modelState.AddModelError("Input.ShortName", $"Another body already uses the short name {ShortName}");
        if (!global::Quorum.Actions.ActionReferenceScheme.IsValid(ActionReferenceScheme))
            modelState.AddModelError("Input.ActionReferenceScheme", "Use {prefix}, {meeting:00}, {seq:00} or {n:00}, with {seq} or {n} for the action's number, like {prefix} {meeting:00}/{seq:00}");
        if (bodyId is not null && ParentBodyId == bodyId)
            modelState.AddModelError("Input.ParentBodyId", "A body cannot be part of itself");
    }

    public void ApplyTo(Body body, DateOnly today)
    {
        if (body.Id != 0 && !string.Equals(body.Name, Name.Trim(), StringComparison.Ordinal))
        {
            RenamedOn.TryRead("The date of the new name", out var renamedOn, out _);
            body.Rename(Name, renamedOn ?? today);
        }
        else
        {
            body.Name = Name.Trim();
        }

        body.ShortName = ShortName.Trim();
        body.ActionPrefix = ActionPrefix?.Trim() ?? "";
        body.Kind = Kind;
        body.ActionReferenceScheme = ActionReferenceScheme.Trim();
        body.StandingItems = string.Join('\n', StandingItems.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        body.ParentBodyId = ParentBodyId;
        body.Quorum = Quorum;
        body.AbsenceThreshold = AbsenceThreshold;
        body.TimeZone = TimeZone.Trim();
        body.IsPublic = IsPublic;
        body.TermsOfReference = TermsOfReference;
    }

    public static async Task<IReadOnlyList<SelectListItem>> ParentChoicesAsync(QuorumDb db, int? excluding) =>
        await db.Bodies.Where(b => b.Id != excluding).OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name, b.Id.ToString()))
            .ToListAsync();

    public static IReadOnlyList<SelectListItem> KindChoices { get; } =
        [.. Enum.GetValues<BodyKind>().Select(k => new SelectListItem(Display.Kind(k), k.ToString()))];
}
