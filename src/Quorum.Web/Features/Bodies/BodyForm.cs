using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Web.Features.Shared;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Bodies;

/// <summary>The fields of a body shared by the create and edit pages; the rules they must meet are the body register's.</summary>
public sealed class BodyForm
{
    public string Name { get; set; } = "";

    public string ShortName { get; set; } = "";

    public string? ActionPrefix { get; set; }

    public BodyKind Kind { get; set; } = BodyKind.Committee;

    public string ActionReferenceScheme { get; set; } = global::Quorum.Actions.ActionReferenceScheme.Default;

    public string StandingItems { get; set; } = string.Join('\n', Body.DefaultStandingItems);

    public string? MattersArisingItem { get; set; } = Body.DefaultMattersArisingItem;

    public int? ParentBodyId { get; set; }

    public int? Quorum { get; set; }

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
        MattersArisingItem = body.MattersArisingItem,
        ParentBodyId = body.ParentBodyId,
        Quorum = body.Quorum,
        AbsenceThreshold = body.AbsenceThreshold,
        TimeZone = body.TimeZone,
        IsPublic = body.IsPublic,
        TermsOfReference = body.TermsOfReference,
    };

    /// <summary>The form as the body register's input: every field given, so an emptied field is cleared.</summary>
    public BodyDetails ToDetails(DateOnly? renamedOn) => new()
    {
        Name = Name,
        ShortName = ShortName,
        ActionPrefix = ActionPrefix ?? "",
        Kind = Kind,
        ActionReferenceScheme = ActionReferenceScheme ?? "",
        StandingItems = (StandingItems ?? "").Split('\n'),
        MattersArisingItem = MattersArisingItem ?? "",
        ParentBodyId = ParentBodyId,
        Quorum = Quorum,
        AbsenceThreshold = AbsenceThreshold,
        TimeZone = TimeZone ?? "",
        IsPublic = IsPublic,
        TermsOfReference = TermsOfReference,
        RenamedOn = renamedOn,
    };

    public static async Task<IReadOnlyList<SelectListItem>> ParentChoicesAsync(QuorumDb db, int? excluding) =>
        await db.Bodies.Where(b => b.Id != excluding).OrderBy(b => b.Name)
            .Select(b => new SelectListItem(b.Name, b.Id.ToString()))
            .ToListAsync();

    public static IReadOnlyList<SelectListItem> KindChoices { get; } =
        [.. Enum.GetValues<BodyKind>().Select(k => new SelectListItem(Display.Kind(k), k.ToString()))];
}
