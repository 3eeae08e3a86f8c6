using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Quorum.Conduct;
using Quorum.Import.Minutes;
using Quorum.Imports;
using Quorum.Meetings;
using Quorum.Web.Features.Shared.Forms;

namespace Quorum.Web.Features.Imports;

/// <summary>Every field the reader found, as an editable form; rows can be left out.</summary>
public sealed class ReviewForm
{
    public sealed class PersonRow
    {
        public bool Include { get; set; } = true;

        public string Name { get; set; } = "";

        public string? Organisation { get; set; }

        public string? Role { get; set; }

        public AttendanceStatus Status { get; set; }

        /// <summary>An existing person's id, or empty for a new person.</summary>
        public string? Match { get; set; }
    }

    public sealed class ItemRow
    {
        public bool Include { get; set; } = true;

        public string? Number { get; set; }

        public string Title { get; set; } = "";

        public bool Exempt { get; set; }

        public string? Minute { get; set; }
    }

    public sealed class ActionRow
    {
        public bool Include { get; set; } = true;

        public string? Reference { get; set; }

        public string? Owners { get; set; }

        public string Text { get; set; } = "";

        public string? Due { get; set; }

        public string? Item { get; set; }
    }

    public sealed class DecisionRow
    {
        public bool Include { get; set; } = true;

        public string Text { get; set; } = "";

        public string? Item { get; set; }
    }

    public sealed class DeclarationRow
    {
        public bool Include { get; set; } = true;

        public string Person { get; set; } = "";

        public string? Item { get; set; }

        public InterestKind? Kind { get; set; }

        public string? Nature { get; set; }

        public bool LeftTheRoom { get; set; }

        public bool TookNoPart { get; set; }
    }

    public sealed class MotionRow
    {
        public bool Include { get; set; } = true;

        public string? Item { get; set; }

        public string Text { get; set; } = "";

        public string Mover { get; set; } = "";

        public string? Seconder { get; set; }

        /// <summary>Empty when the motion was moved and not put (or the minutes do not say).</summary>
        public MotionOutcome? Outcome { get; set; }

        public string? For { get; set; }

        public string? Against { get; set; }

        public string? Abstentions { get; set; }
    }

    public DateInput Date { get; set; } = new();

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public string? Title { get; set; }

    public string? Venue { get; set; }

    public List<PersonRow> People { get; set; } = [];

    public List<ItemRow> Items { get; set; } = [];

    public List<ActionRow> Actions { get; set; } = [];

    public List<DecisionRow> Decisions { get; set; } = [];

    public List<DeclarationRow> Declarations { get; set; } = [];

    public List<MotionRow> Motions { get; set; } = [];

    public static ReviewForm From(MinutesDraft draft, Func<PersonDraft, int?> match) => new()
    {
        Date = DateInput.From(DateOnly.TryParseExact(draft.MeetingDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null),
        StartTime = draft.StartTime,
        EndTime = draft.EndTime,
        Title = draft.Title ?? draft.Body,
        Venue = draft.Venue,
        People = [.. draft.Attendees.Select(p => Row(p, AttendanceStatus.Present, match)).Concat(draft.Apologies.Select(p => Row(p, AttendanceStatus.Apologies, match)))],
        Items = [.. draft.AgendaItems.Select(i => new ItemRow { Number = i.Number, Title = i.Title, Exempt = i.Exempt, Minute = i.Minute })],
        Actions = [.. draft.Actions.Select(a => new ActionRow { Reference = a.Reference, Owners = string.Join(", ", a.Owners), Text = a.Text, Due = a.Due, Item = a.Item })],
        Decisions = [.. draft.Decisions.Select(x => new DecisionRow { Text = x.Text, Item = x.Item })],
        Declarations = [.. draft.Declarations.Select(x => new DeclarationRow
        {
            Person = x.Person,
            Item = x.Item,
            Kind = ReviewedDeclaration.KindOf(x.Kind),
            Nature = x.Nature,
            LeftTheRoom = x.LeftTheRoom,
            TookNoPart = x.TookNoPart,
        })],
        Motions = [.. draft.Motions.Select(x => new MotionRow
        {
            Item = x.Item,
            Text = x.Text ?? "",
            Mover = x.Mover ?? "",
            Seconder = x.Seconder,
            Outcome = ReviewedMotion.OutcomeOf(x.Outcome),
            For = x.For?.ToString(CultureInfo.InvariantCulture),
            Against = x.Against?.ToString(CultureInfo.InvariantCulture),
            Abstentions = x.Abstentions?.ToString(CultureInfo.InvariantCulture),
        })],
    };

    private static PersonRow Row(PersonDraft p, AttendanceStatus status, Func<PersonDraft, int?> match) => new()
    {
        Name = p.Name,
        Organisation = p.Organisation,
        Role = p.Role,
        Status = p.Role == "Presenter" ? AttendanceStatus.Presenting : status,
        Match = match(p)?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The reviewed minutes, or null with a message on each field that is wrong.</summary>
    public ReviewedMinutes? Read(string sha256, string fileName, ModelStateDictionary modelState)
    {
        DateOnly? date = null;
        if (Date.IsEmpty)
            modelState.AddModelError("Input.Date", "Enter the date of the meeting: the minutes did not say");
        else if (!Date.TryRead("The date of the meeting", out date, out var error))
            modelState.AddModelError("Input.Date", error!);
        var start = Meetings.MeetingForm.ReadTime(StartTime, "Input.StartTime", "start", modelState);
        var end = Meetings.MeetingForm.ReadTime(EndTime, "Input.EndTime", "end", modelState);
        var actions = new List<ReviewedAction>();
        for (var i = 0; i < Actions.Count; i++)
        {
            var a = Actions[i];
            if (!a.Include)
                continue;
            if (!ReviewedAction.TryReadDue(a.Due, out var due))
                modelState.AddModelError($"Input.Actions[{i}].Due", $"Action {a.Reference ?? (i + 1).ToString(CultureInfo.InvariantCulture)}: enter the due date like 2010-03-31, or leave it blank");

            actions.Add(new ReviewedAction(a.Reference, [.. (a.Owners ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], a.Text.Trim(), due, a.Item));
        }

        var declarations = new List<ReviewedDeclaration>();
        for (var i = 0; i < Declarations.Count; i++)
        {
            var d = Declarations[i];
            if (!d.Include)
                continue;
            var label = $"Declaration {i + 1}";
            if (string.IsNullOrWhiteSpace(d.Person))
                modelState.AddModelError($"Input.Declarations[{i}].Person", $"{label}: enter who declared the interest");
            if (d.Kind is null)
                modelState.AddModelError($"Input.Declarations[{i}].Kind", $"{label}: choose the kind of interest");
            if (string.IsNullOrWhiteSpace(d.Item))
                modelState.AddModelError($"Input.Declarations[{i}].Item", $"{label}: enter the number of the item the interest is in");
            if (d.Kind is { } kind)
                declarations.Add(new ReviewedDeclaration(d.Person.Trim(), d.Item?.Trim(), kind, d.Nature?.Trim(), d.LeftTheRoom, d.TookNoPart));
        }

        var motions = new List<ReviewedMotion>();
        for (var i = 0; i < Motions.Count; i++)
        {
            var m = Motions[i];
            if (!m.Include)
                continue;
            var label = $"Motion {i + 1}";
            if (string.IsNullOrWhiteSpace(m.Text))
                modelState.AddModelError($"Input.Motions[{i}].Text", $"{label}: enter the words of the motion");
            if (string.IsNullOrWhiteSpace(m.Mover))
                modelState.AddModelError($"Input.Motions[{i}].Mover", $"{label}: enter who moved it");
            if (string.IsNullOrWhiteSpace(m.Item))
                modelState.AddModelError($"Input.Motions[{i}].Item", $"{label}: enter the number of the item it was moved under");
            int? Count(string? text, string field, string name)
            {
                if (string.IsNullOrWhiteSpace(text))
                    return null;
                if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    return n;
                modelState.AddModelError($"Input.Motions[{i}].{field}", $"{label}: enter the votes {name} as a whole number, or leave it blank");
                return null;
            }

            motions.Add(new ReviewedMotion(m.Item?.Trim(), m.Text.Trim(), m.Mover.Trim(), string.IsNullOrWhiteSpace(m.Seconder) ? null : m.Seconder.Trim(), m.Outcome,
                Count(m.For, nameof(m.For), "for"), Count(m.Against, nameof(m.Against), "against"), Count(m.Abstentions, nameof(m.Abstentions), "abstaining")));
        }

        if (!modelState.IsValid)
            return null;
        return new ReviewedMinutes
        {
            Sha256 = sha256,
            FileName = fileName,
            Date = date!.Value,
            StartTime = start,
            EndTime = end,
            Title = Title,
            Venue = Venue,
            People = [.. People.Where(p => p.Include && !string.IsNullOrWhiteSpace(p.Name)).Select(p => new ReviewedPerson(p.Name.Trim(), p.Organisation, p.Role, p.Status, int.TryParse(p.Match, out var id) ? id : null))],
            Items = [.. Items.Where(i => i.Include && !string.IsNullOrWhiteSpace(i.Title)).Select(i => new ReviewedItem(i.Number, i.Title.Trim(), i.Exempt, i.Minute))],
            Actions = actions,
            Decisions = [.. Decisions.Where(d => d.Include && !string.IsNullOrWhiteSpace(d.Text)).Select(d => new ReviewedDecision(d.Text.Trim(), d.Item))],
            Declarations = declarations,
            Motions = motions,
        };
    }
}
