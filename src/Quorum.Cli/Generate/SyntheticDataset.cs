using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bogus;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;
using Person = Quorum.People.Person;

namespace Quorum.Cli.Generate;

/// <summary>
/// A synthetic but plausible history of local authorities' bodies: each authority has a full
/// council, a cabinet and committees (most public, a few members-only programme boards), sitting
/// every four to eight weeks for years, with agendas, attendance, minutes at every stage, actions
/// carried to later meetings, decisions, papers and the odd exempt item. Built with the model's own
/// operations (holding, approving, publishing, exempting), so it obeys the same rules as real data.
/// The same seed and day give the same dataset.
/// </summary>
public sealed class SyntheticDataset
{
    public const int MeetingsPerBody = 60;

    public List<Organisation> Organisations { get; } = [];

    public List<Person> People { get; } = [];

    public List<Body> Bodies { get; } = [];

    public List<Membership> Memberships { get; } = [];

    public List<Meeting> Meetings { get; } = [];

    public List<AgendaItem> AgendaItems { get; } = [];

    public List<Minute> Minutes { get; } = [];

    public List<Attendance> Attendance { get; } = [];

    public List<ActionItem> Actions { get; } = [];

    public List<ActionUpdate> ActionUpdates { get; } = [];

    public List<(int ActionItemId, int PersonId)> ActionOwners { get; } = [];

    public List<Decision> Decisions { get; } = [];

    public List<Paper> Papers { get; } = [];

    public List<PaperVersion> PaperVersions { get; } = [];

    public List<(int PaperId, int BodyId)> PaperBodies { get; } = [];

    /// <summary>The documents the papers' versions point at, by SHA-256: a few texts shared by many papers.</summary>
    public Dictionary<string, byte[]> PaperFiles { get; } = [];

    private readonly Faker faker;
    private readonly DateOnly today;
    private readonly Func<string, int> nextId;
    private readonly HashSet<string> usedNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Sha, int Size, string Topic)> paperTemplates = [];

    private SyntheticDataset(int seed, DateOnly today, Func<string, int> nextId)
    {
        Randomizer.Seed = new Random(seed);
        faker = new Faker("en_GB") { Random = new Randomizer(seed) };
        this.today = today;
        this.nextId = nextId;
    }

    /// <summary>Builds about <paramref name="meetings"/> meetings with everything around them.</summary>
    /// <param name="nextId">Gives the next free id of a table (by entity name), so the rows can be written in bulk.</param>
    public static SyntheticDataset Build(int meetings, int seed, DateOnly today, Func<string, int> nextId) =>
        BuildInParts(meetings, seed, today, nextId, int.MaxValue).Last();

    /// <summary>
    /// Builds the same dataset as <see cref="Build"/> a few authorities at a time: each part holds
    /// only the records of its authorities (the same instance, emptied before the next part), so a
    /// million meetings can be written in parts without holding them all in memory.
    /// </summary>
    public static IEnumerable<SyntheticDataset> BuildInParts(int meetings, int seed, DateOnly today, Func<string, int> nextId, int authoritiesPerPart)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(meetings, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(authoritiesPerPart, 1);
        var dataset = new SyntheticDataset(seed, today, nextId);
        return dataset.BuildAll(meetings, authoritiesPerPart).Select(_ => dataset);
    }

    public int RowCount =>
        Organisations.Count + People.Count + Bodies.Count + Memberships.Count + Meetings.Count + AgendaItems.Count
        + Minutes.Count + Attendance.Count + Actions.Count + ActionUpdates.Count + ActionOwners.Count + Decisions.Count
        + Papers.Count + PaperVersions.Count + PaperBodies.Count;

    /// <summary>Builds the bodies in order, yielding after every <paramref name="authoritiesPerPart"/> authorities.</summary>
    private IEnumerable<int> BuildAll(int meetingCount, int authoritiesPerPart)
    {
        BuildPaperTemplates();
        var bodyCount = Math.Max(1, (meetingCount + MeetingsPerBody - 1) / MeetingsPerBody);
        var remaining = meetingCount;
        var authorities = 0;
        Organisation? authority = null;
        List<Person> councillors = [];
        List<Person> officers = [];
        for (var b = 0; b < bodyCount; b++)
        {
            var slot = b % Committees.Length;
            if (slot == 0)
            {
                // A part ends only between authorities: an authority's bodies share its people.
                if (authorities > 0 && authorities % authoritiesPerPart == 0)
                {
                    yield return b;
                    Clear();
                }

                authorities++;
                (authority, councillors, officers) = NewAuthority();
            }

            var share = remaining / (bodyCount - b);
            remaining -= share;
            var body = NewBody(authority!, Committees[slot]);
            var seats = SeatMembers(body, councillors, officers);
            BuildMeetings(body, seats, share);
        }

        yield return bodyCount;
    }

    /// <summary>Forgets the records of the part just written (the paper files stay: every part shares them).</summary>
    private void Clear()
    {
        Organisations.Clear();
        People.Clear();
        Bodies.Clear();
        Memberships.Clear();
        Meetings.Clear();
        AgendaItems.Clear();
        Minutes.Clear();
        Attendance.Clear();
        Actions.Clear();
        ActionUpdates.Clear();
        ActionOwners.Clear();
        Decisions.Clear();
        Papers.Clear();
        PaperVersions.Clear();
        PaperBodies.Clear();
    }

    private static readonly (string Name, string Code, BodyKind Kind, bool IsPublic, int CadenceWeeks)[] Committees =
    [
        ("Full Council", "FC", BodyKind.Council, true, 8),
        ("Cabinet", "CAB", BodyKind.Board, true, 4),
        ("Planning Committee", "PLAN", BodyKind.Committee, true, 4),
        ("Audit and Governance Committee", "AUD", BodyKind.Committee, true, 8),
        ("Overview and Scrutiny Committee", "OSC", BodyKind.Committee, true, 6),
        ("Health and Wellbeing Board", "HWB", BodyKind.Board, true, 8),
        ("Transformation Programme Board", "TPB", BodyKind.ProgrammeBoard, false, 6),
        ("Licensing Committee", "LIC", BodyKind.Committee, true, 8),
        ("Children's Services Scrutiny Panel", "CSSP", BodyKind.Committee, true, 6),
        ("Digital Leaders Group", "DLG", BodyKind.WorkingGroup, true, 6),
    ];

    private static readonly string[] AuthorityKinds = ["County Council", "City Council", "Borough Council", "District Council", "Town Council"];

    private static readonly string[] Compass = ["North", "South", "East", "West", "Mid", "Upper", "Lower", "Greater"];

    private (Organisation, List<Person>, List<Person>) NewAuthority()
    {
        var place = faker.PickRandom(faker.Address.County(), Town());
        var name = Unique($"{place} {faker.PickRandom(AuthorityKinds)}");
        var org = new Organisation
        {
            Id = nextId(nameof(Organisation)),
            Version = 1,
            Name = name,
            ShortName = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]))),
            Website = $"https://www.{new string(place.Where(char.IsLetter).ToArray()).ToLowerInvariant()}.gov.uk",
        };
        Organisations.Add(org);
        var councillors = Enumerable.Range(0, 24).Select(_ => NewPerson(org, "Councillor")).ToList();
        var officers = Enumerable.Range(0, 6).Select(i => NewPerson(org, OfficerTitles[i % OfficerTitles.Length])).ToList();
        return (org, councillors, officers);
    }

    private static readonly string[] OfficerTitles =
    [
        "Democratic Services Officer", "Chief Executive", "Director of Finance", "Monitoring Officer",
        "Head of Planning", "Chief Digital Officer",
    ];

    private Person NewPerson(Organisation org, string jobTitle)
    {
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var person = new Person
        {
            Id = nextId(nameof(Person)),
            Version = 1,
            FullName = $"{first} {last}",
            JobTitle = jobTitle,
            Email = $"{first}.{last}@{org.Website![12..]}".ToLowerInvariant().Replace("'", "", StringComparison.Ordinal),
            OrganisationId = org.Id,
        };
        People.Add(person);
        return person;
    }

    private Body NewBody(Organisation authority, (string Name, string Code, BodyKind Kind, bool IsPublic, int CadenceWeeks) committee)
    {
        var shortName = Unique($"{authority.ShortName}-{committee.Code}");
        var body = new Body
        {
            Id = nextId(nameof(Body)),
            Version = 1,
            Name = Unique($"{authority.Name} {committee.Name}"),
            ShortName = shortName,
            ActionPrefix = shortName.Replace('-', ' '),
            Kind = committee.Kind,
            IsPublic = committee.IsPublic,
            Quorum = 3,
            AbsenceThreshold = 3,
            TermsOfReference = $"The {committee.Name} of {authority.Name}. It meets every {committee.CadenceWeeks} weeks.",
        };
        Bodies.Add(body);
        return body;
    }

    private sealed record Seat(Person Person, MembershipRole Role);

    private List<Seat> SeatMembers(Body body, List<Person> councillors, List<Person> officers)
    {
        var seats = new List<Seat>();
        var chosen = faker.Random.Shuffle(councillors).Take(faker.Random.Int(6, 10)).ToList();
        for (var i = 0; i < chosen.Count; i++)
            seats.Add(new Seat(chosen[i], i switch { 0 => MembershipRole.Chair, 1 => MembershipRole.ViceChair, _ => MembershipRole.Member }));
        seats.Add(new Seat(officers[0], MembershipRole.Secretary));
        foreach (var seat in seats)
        {
            Memberships.Add(new Membership
            {
                Id = nextId(nameof(Membership)),
                Version = 1,
                BodyId = body.Id,
                PersonId = seat.Person.Id,
                Role = seat.Role,
                From = today.AddYears(-faker.Random.Int(1, 12)),
            });
        }

        return seats;
    }

    private void BuildMeetings(Body body, List<Seat> seats, int count)
    {
        if (count == 0)
            return;
        var cadence = Committees.First(c => body.Name.EndsWith(c.Name, StringComparison.Ordinal)).CadenceWeeks * 7;
        var future = Math.Clamp(count / 20, 1, 4);
        var past = count - future;
        var start = today.AddDays(-past * cadence);
        var series = new List<Meeting>();
        var number = 0;
        for (var i = 0; series.Count < past; i++)
        {
            var date = start.AddDays(i * cadence + faker.Random.Int(-3, 3));
            var meeting = NewMeeting(body, ++number, date);
            series.Add(meeting);
            BuildAgenda(meeting, seats);
            var fate = faker.Random.Double();
            if (fate < 0.04)
            {
                meeting.Cancel(faker.PickRandom("No business to transact.", "Insufficient members available to be quorate.", "Election period."));
            }
            else if (fate < 0.07 && series.Count < past)
            {
                // Moved a week later: the replacement, with the same agenda, is the meeting that was held.
                var replacement = meeting.RescheduleTo(date.AddDays(7), meeting.StartTime, meeting.EndTime, ++number, "Clash with a meeting of the full council.");
                Register(replacement, body);
                replacement.MarkHeld();
                series.Add(replacement);
            }
            else if (fate < 0.09)
            {
                meeting.Postpone("Postponed at short notice; a new date will be published.");
            }
            else
            {
                meeting.MarkHeld();
            }
        }

        for (var f = 0; f < future; f++)
        {
            var meeting = NewMeeting(body, ++number, today.AddDays(f * cadence + faker.Random.Int(1, cadence)));
            series.Add(meeting);
            BuildAgenda(meeting, seats);
            if (faker.Random.Double() < 0.05)
                meeting.Postpone("Awaiting the outcome of the consultation.");
        }

        RecordBusiness(body, seats, series);
    }

    private Meeting NewMeeting(Body body, int number, DateOnly date)
    {
        var remote = faker.Random.Double() < 0.1;
        var meeting = new Meeting
        {
            BodyId = body.Id,
            Body = body,
            Number = number,
            Kind = remote ? MeetingKind.ConferenceCall : faker.Random.Double() < 0.04 ? MeetingKind.Extraordinary : MeetingKind.Ordinary,
            Date = date,
            StartTime = new TimeOnly(faker.PickRandom(10, 14, 18), faker.PickRandom(0, 30)),
            RemoteDetails = remote ? "Microsoft Teams; joining details are sent to members." : null,
        };
        meeting.EndTime = meeting.StartTime!.Value.AddHours(2);
        Register(meeting, body);
        return meeting;
    }

    private void Register(Meeting meeting, Body body)
    {
        meeting.Id = nextId(nameof(Meeting));
        meeting.Version = 1;
        meeting.Body = body;
        Meetings.Add(meeting);
        foreach (var item in meeting.AgendaItems.Where(i => i.Id == 0))
            RegisterItem(item);
    }

    private void RegisterItem(AgendaItem item)
    {
        item.Id = nextId(nameof(AgendaItem));
        item.Version = 1;
        item.MeetingId = item.Meeting!.Id;
        AgendaItems.Add(item);
    }

    private void BuildAgenda(Meeting meeting, List<Seat> seats)
    {
        var standing = Body.DefaultStandingItems;
        meeting.AddAgendaItem(standing[0]);
        meeting.SetKind(meeting.AddAgendaItem(standing[1]), AgendaItemKind.MattersArising);
        var topics = faker.Random.Int(2, 5);
        for (var t = 0; t < topics; t++)
        {
            var item = meeting.AddAgendaItem(Topic());
            if (t == topics - 1 && faker.Random.Double() < 0.07)
            {
                item.Title = $"Contract award: {faker.PickRandom(Services)}";
                item.MarkExempt(new Exemption
                {
                    Ground = faker.PickRandom("LGA 1972 Sch 12A para 3", "LGA 1972 Sch 12A para 1", "LGA 1972 Sch 12A para 5", "FOIA s43"),
                    Note = "The public interest in withholding the information outweighs the public interest in disclosing it while negotiations continue.",
                    ReviewDate = meeting.Date.AddYears(2),
                });
            }
        }

        meeting.AddAgendaItem(standing[2]);
        meeting.AddAgendaItem(standing[3]);
        foreach (var item in meeting.AgendaItems)
        {
            if (item.Id == 0)
                RegisterItem(item);
            if (!IsStanding(item) && faker.Random.Double() < 0.3)
                item.Presenters.Add(seats[^1].Person);
        }
    }

    private static bool IsStanding(AgendaItem item) => Body.DefaultStandingItems.Contains(item.Title);

    /// <summary>Attendance, minutes, actions and decisions of the held meetings, approved by the next one.</summary>
    private void RecordBusiness(Body body, List<Seat> seats, List<Meeting> series)
    {
        var held = series.Where(m => m.State == MeetingState.Held).OrderBy(m => m.Date).ToList();
        var openActions = new List<ActionItem>();
        var raised = new List<ActionItem>();
        var running = 0;
        var decisionNumber = 0;
        for (var h = 0; h < held.Count; h++)
        {
            var meeting = held[h];
            RecordAttendance(meeting, seats);
            var isLatest = h == held.Count - 1;
            if (isLatest && faker.Random.Double() < 0.3)
                continue; // minutes not started yet

            foreach (var item in meeting.AgendaItems)
            {
                var minute = new Minute { Id = nextId(nameof(Minute)), Version = 1, AgendaItemId = item.Id, AgendaItem = item, Text = MinuteText(item, seats, meeting) };
                item.Minute = minute;
                Minutes.Add(minute);
            }

            meeting.StartMinutes();
            CarryForward(openActions, meeting, seats);
            var sequence = 0;
            foreach (var item in meeting.AgendaItems.Where(i => !IsStanding(i)))
            {
                for (var a = faker.Random.Int(0, 2); a > 0; a--)
                {
                    var action = RaiseAction(body, meeting, item, ++sequence, ++running, seats);
                    openActions.Add(action);
                    raised.Add(action);
                }
                if (faker.Random.Double() < 0.5)
                    AddDecision(body, meeting, item, ++decisionNumber);
                if (faker.Random.Double() < 0.3)
                    AddPaper(body, meeting, item, seats);
            }

            if (isLatest)
            {
                if (faker.Random.Double() < 0.5)
                    meeting.CirculateMinutes();
                continue;
            }

            meeting.CirculateMinutes();
            meeting.ApproveMinutesAt(held[h + 1]);
            // The most recent approved minutes sometimes wait for publication; older ones almost never do.
            if (h < held.Count - 2 ? faker.Random.Double() < 0.97 : faker.Random.Double() < 0.5)
                meeting.PublishMinutes();
        }

        // Each action keeps whether its minutes are out, as a save would (ActionRegister.KeepMeetingCopiesAsync).
        foreach (var action in raised)
            action.MinutesPublished = action.Meeting!.MinutesState == MinutesState.Published;
    }

    private void RecordAttendance(Meeting meeting, List<Seat> seats)
    {
        foreach (var seat in seats)
        {
            var roll = faker.Random.Double();
            meeting.Attendance.Add(new Attendance
            {
                Id = nextId(nameof(Quorum.Meetings.Attendance)),
                Version = 1,
                MeetingId = meeting.Id,
                PersonId = seat.Person.Id,
                Status = seat.Role == MembershipRole.Secretary ? AttendanceStatus.InAttendance
                    : roll < 0.82 ? AttendanceStatus.Present
                    : roll < 0.96 ? AttendanceStatus.Apologies
                    : AttendanceStatus.Absent,
                OrganisationName = Organisations[^1].Id == seat.Person.OrganisationId ? Organisations[^1].Name : null,
                Role = seat.Role switch { MembershipRole.ViceChair => "Vice-Chair", MembershipRole.Member => null, _ => seat.Role.ToString() },
            });
        }

        Attendance.AddRange(meeting.Attendance);
    }

    private ActionItem RaiseAction(Body body, Meeting meeting, AgendaItem item, int sequence, int running, List<Seat> seats)
    {
        var action = new ActionItem
        {
            Id = nextId(nameof(ActionItem)),
            Version = 1,
            BodyId = body.Id,
            MeetingId = meeting.Id,
            Meeting = meeting,
            MeetingDate = meeting.Date,
            AgendaItemId = item.Id,
            Sequence = sequence,
            Reference = ActionReferenceScheme.Format(body.ActionReferenceScheme, body.ActionPrefix, meeting.Number, sequence, running),
            Text = $"{faker.PickRandom(ActionVerbs)} {faker.PickRandom(Subjects)} on {item.Title.ToLowerInvariant()} {faker.PickRandom(ActionEnds)}",
            DueDate = faker.Random.Double() < 0.8 ? meeting.Date.AddDays(faker.Random.Int(4, 16) * 7) : null,
        };
        var owner = faker.PickRandom(seats).Person;
        action.Owners.Add(owner);
        ActionOwners.Add((action.Id, owner.Id));
        Actions.Add(action);
        return action;
    }

    /// <summary>Under matters arising, most open actions get an update and many are closed.</summary>
    private void CarryForward(List<ActionItem> open, Meeting meeting, List<Seat> seats)
    {
        var clerk = seats[^1].Person.Email ?? "clerk";
        var recordedAt = meeting.Date.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc);
        foreach (var action in open.ToList())
        {
            var roll = faker.Random.Double();
            if (roll < 0.55)
                Record(action, action.RecordUpdate(faker.PickRandom(DoneNotes), ActionStatus.Done, meeting.Date, clerk, recordedAt, meeting));
            else if (roll < 0.58)
                Record(action, action.RecordUpdate("No longer required.", ActionStatus.Dropped, meeting.Date, clerk, recordedAt, meeting));
            else if (roll < 0.60)
                Record(action, action.RecordUpdate("Replaced by a new action.", ActionStatus.Superseded, meeting.Date, clerk, recordedAt, meeting));
            else if (roll < 0.80)
                Record(action, action.RecordUpdate(faker.PickRandom(ProgressNotes), action.Status == ActionStatus.Open ? ActionStatus.InProgress : null, meeting.Date, clerk, recordedAt, meeting));
            if (action.IsClosed)
                open.Remove(action);
        }

        void Record(ActionItem action, ActionUpdate update)
        {
            update.Id = nextId(nameof(ActionUpdate));
            update.ActionItemId = action.Id;
            ActionUpdates.Add(update);
        }
    }

    private void AddDecision(Body body, Meeting meeting, AgendaItem item, int number)
    {
        Decisions.Add(new Decision
        {
            Id = nextId(nameof(Decision)),
            Version = 1,
            BodyId = body.Id,
            MeetingId = meeting.Id,
            AgendaItemId = item.Id,
            Number = number,
            Text = $"RESOLVED: that the {(body.Kind == BodyKind.Council ? "Council" : "Committee")} {faker.PickRandom(Resolutions)} {item.Title.ToLowerInvariant()}{faker.PickRandom(ResolutionEnds)}",
        });
    }

    private void AddPaper(Body body, Meeting meeting, AgendaItem item, List<Seat> seats)
    {
        var template = faker.PickRandom(paperTemplates);
        var sensitive = item.IsExempt || faker.Random.Double() < 0.15;
        var paper = new Paper
        {
            Id = nextId(nameof(Paper)),
            Version = 1,
            BodyId = body.Id,
            MeetingId = meeting.Id,
            AgendaItemId = item.Id,
            Title = $"{item.Title}: report of the {seats[^1].Person.JobTitle}",
            Author = seats[^1].Person.FullName,
            Text = Encoding.UTF8.GetString(PaperFiles[template.Sha]),
        };
        if (sensitive)
        {
            paper.Classify(ProtectiveMarking.OfficialSensitive, null, Circulation.MembersOfBodies, [body], []);
            PaperBodies.Add((paper.Id, body.Id));
        }
        else
        {
            paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
        }

        var version = new PaperVersion
        {
            Id = nextId(nameof(PaperVersion)),
            PaperId = paper.Id,
            Number = 1,
            FileName = $"{template.Topic.Replace(' ', '-').ToLowerInvariant()}.txt",
            ContentType = "text/plain",
            Size = template.Size,
            Sha256 = template.Sha,
            UploadedBy = seats[^1].Person.Email ?? "clerk",
            UploadedAt = meeting.Date.AddDays(-7).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
        };
        paper.Versions.Add(version);
        Papers.Add(paper);
        PaperVersions.Add(version);
    }

    private void BuildPaperTemplates()
    {
        foreach (var topic in Services)
        {
            var text = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"{topic}: report to members")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"1. Purpose. This report asks members to consider proposals for {topic.ToLowerInvariant()}.")
                .AppendLine(CultureInfo.InvariantCulture, $"2. Background. {Sentence(topic)} {Sentence(topic)}")
                .AppendLine(CultureInfo.InvariantCulture, $"3. Financial implications. The proposals cost £{faker.Random.Int(50, 900)},000 over three years, within the medium term financial strategy.")
                .AppendLine(CultureInfo.InvariantCulture, $"4. Recommendation. That members approve the approach set out in this report.")
                .ToString();
            var bytes = Encoding.UTF8.GetBytes(text);
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            PaperFiles[sha] = bytes;
            paperTemplates.Add((sha, bytes.Length, topic));
        }
    }

    private string MinuteText(AgendaItem item, List<Seat> seats, Meeting meeting)
    {
        var chair = seats[0].Person.FullName;
        return item.Title switch
        {
            "Welcome and apologies" => $"The Chair, {chair}, welcomed members to the meeting. Apologies were received from {faker.PickRandom(seats).Person.FullName}.",
            "Minutes of the previous meeting and matters arising" => "The minutes of the previous meeting were agreed as a true record. Progress on open actions was noted as recorded in the action log.",
            "Any other business" => faker.Random.Double() < 0.7 ? "There was no other business." : $"{faker.PickRandom(seats).Person.FullName} raised {faker.PickRandom(Subjects)} on {faker.PickRandom(Services).ToLowerInvariant()}.",
            "Date of next meeting" => $"The next meeting will be held in {meeting.Date.AddDays(42):MMMM yyyy}.",
            _ => $"{faker.PickRandom(seats).Person.FullName} introduced the item. {Sentence(item.Title)} {Sentence(item.Title)} "
                 + $"{faker.PickRandom(seats).Person.FullName} asked about {faker.PickRandom(Concerns)}. {Sentence(item.Title)}",
        };
    }

    private string Sentence(string topic) => faker.Random.Int(0, 5) switch
    {
        0 => $"Members noted that demand for {faker.PickRandom(Services).ToLowerInvariant()} in {Town()} had risen by {faker.Random.Int(3, 28)} per cent.",
        1 => $"The report set out options for {topic.ToLowerInvariant()}, with a preferred option costing £{faker.Random.Int(20, 950)},000.",
        2 => $"Officers confirmed that consultation with residents of {Town()} would close in {faker.Date.Month()}.",
        3 => $"Concern was expressed about {faker.PickRandom(Concerns)} and the risk to the council's budget.",
        4 => $"The committee welcomed the partnership with {faker.Company.CompanyName()} on {faker.PickRandom(Services).ToLowerInvariant()}.",
        _ => $"It was noted that the {faker.PickRandom(Services).ToLowerInvariant()} programme was {faker.PickRandom("on track", "behind schedule", "under review", "ahead of plan")}.",
    };

    private string Topic() => faker.Random.Int(0, 3) switch
    {
        0 => $"{faker.PickRandom(Services)}: {faker.PickRandom(ReportKinds)}",
        1 => $"{faker.PickRandom(ReportKinds)} - {Town()}",
        2 => faker.PickRandom(Services),
        _ => $"{faker.PickRandom(Services)} in {Town()}",
    };

    private string Town() => faker.PickRandom(Towns);

    private string Unique(string name)
    {
        if (usedNames.Add(name))
            return name;
        for (var n = 0; ; n++)
        {
            var candidate = n < Compass.Length ? $"{Compass[n]} {name}" : $"{name} {n}";
            if (usedNames.Add(candidate))
                return candidate;
        }
    }

    private static readonly string[] Towns =
    [
        "Ashford", "Barnstaple", "Bedford", "Bridgwater", "Buxton", "Carlisle", "Chelmsford", "Chester", "Chichester",
        "Colchester", "Darlington", "Dorchester", "Durham", "Exeter", "Falmouth", "Gloucester", "Grantham", "Guildford",
        "Harrogate", "Hereford", "Huntingdon", "Ipswich", "Kendal", "Kettering", "Lancaster", "Lewes", "Lincoln",
        "Ludlow", "Maidstone", "Malvern", "Newark", "Northallerton", "Norwich", "Oakham", "Penrith", "Peterborough",
        "Reading", "Ripon", "Salisbury", "Scarborough", "Shrewsbury", "Stafford", "Stamford", "Taunton", "Telford",
        "Truro", "Wakefield", "Warwick", "Wells", "Whitby", "Winchester", "Worcester", "Yeovil", "York",
    ];

    private static readonly string[] Services =
    [
        "Adult social care", "Highways maintenance", "Waste and recycling", "Libraries", "Local plan",
        "Housing allocations", "Council tax reduction scheme", "Medium term financial strategy", "Children's services",
        "Public health", "Leisure centres", "Parking enforcement", "Digital inclusion", "Climate emergency action plan",
        "Flood risk management", "School transport", "Cyber security", "Customer contact centre", "Town centre regeneration",
        "Homelessness prevention", "Internal audit", "Treasury management", "Bus service improvement plan", "Air quality",
    ];

    private static readonly string[] ReportKinds =
    [
        "quarterly performance report", "budget monitoring", "annual review", "consultation response", "risk register",
        "policy review", "business case", "progress update", "options appraisal",
    ];

    private static readonly string[] Concerns =
    [
        "staff recruitment and retention", "the timetable for delivery", "the effect on rural areas", "value for money",
        "data protection", "the equality impact assessment", "the capital programme", "response times",
    ];

    private static readonly string[] Subjects = ["a briefing note", "a report", "revised figures", "a timetable", "a short paper", "an update"];

    private static readonly string[] ActionVerbs = ["Circulate", "Prepare", "Bring back", "Share", "Draft", "Report"];

    private static readonly string[] ActionEnds = ["to all members", "to the next meeting", "before the budget is set", "with the leader of the council", ""];

    private static readonly string[] DoneNotes = ["Completed and circulated.", "Done; report received.", "Briefing note sent to members.", "Closed: see the item on this agenda."];

    private static readonly string[] ProgressNotes = ["Work is under way.", "Delayed by the consultation; expected next time.", "Draft prepared; awaiting legal review."];

    private static readonly string[] Resolutions = ["approves the recommendations on", "notes the report on", "agrees the revised approach to", "defers a decision on", "endorses the consultation on"];

    private static readonly string[] ResolutionEnds = [".", ", subject to the comments made at the meeting.", ", and asks for a further report in six months."];
}
