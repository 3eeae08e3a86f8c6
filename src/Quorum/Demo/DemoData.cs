using Microsoft.EntityFrameworkCore;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Demo;

/// <summary>
/// A fictional council family to explore Quorum with: the Northshire Digital Leaders Council (once
/// the Northshire CIO Forum), its Digital Futures Group, and a private programme board, with
/// meetings in every state and minutes at every stage. Dates are set around today so that some
/// meetings are always still to come.
/// </summary>
public static class DemoData
{
    public const string Password = "quorum-demo";

    public static readonly IReadOnlyList<(string Email, string Description)> Accounts =
    [
        ("admin@example.org", "Administrator: sees and edits everything"),
        ("clerk@example.org", "Clerk (secretary) of the Northshire Digital Leaders Council"),
        ("member@example.org", "Member of the Northshire Digital Leaders Council"),
    ];

    /// <summary>True when the database holds records that did not come from the demo.</summary>
    public static async Task<bool> HoldsOtherDataAsync(QuorumDb db, CancellationToken cancellationToken = default)
    {
        if (await db.Settings.AnyAsync(s => s.Key == Setting.DemoData, cancellationToken))
            return false;
        return await db.Bodies.IgnoreQueryFilters().AnyAsync(cancellationToken)
            || await db.People.AnyAsync(cancellationToken)
            || await db.Users.AnyAsync(cancellationToken);
    }

    /// <summary>Loads the demo unless it is already there. Refuses a database that holds anything else.</summary>
    public static async Task<bool> LoadAsync(QuorumDb db, DateOnly today, Papers.IPaperStore? papers = null, CancellationToken cancellationToken = default)
    {
        if (await db.Settings.AnyAsync(s => s.Key == Setting.DemoData, cancellationToken))
            return false;
        if (await HoldsOtherDataAsync(db, cancellationToken))
            throw new DomainException("--demo refuses to run: this database already holds data that is not demo data. Use an empty data folder (Quorum__DataDirectory) for the demo.");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Build(db, today);
        db.Settings.Add(new Setting { Key = Setting.DemoData, Value = today.ToString("O") });
        await db.SaveChangesAsync(cancellationToken);
        await AddConductAsync(db, today, cancellationToken);
        await DemoKpis.AddAsync(db, today, cancellationToken);
        if (papers is not null)
            await AddPapersAsync(db, papers, cancellationToken);
        await DemoConsultations.AddAsync(db, today, papers, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static void Build(QuorumDb db, DateOnly today)
    {
        var org = new Dictionary<string, Organisation>();
        foreach (var (name, shortName) in new[]
        {
            ("Northshire County Council", "NCC"),
            ("Eastbrook District Council", "EDC"),
            ("Westvale Borough Council", "WBC"),
            ("Northshire Fire and Rescue Service", "NFRS"),
            ("Department for Local Services", "DLS"),
            ("Society of Public Digital Officers", "SPDO"),
            ("Kestrel Digital Ltd", null),
        })
        {
            org[shortName ?? name] = new Organisation { Name = name, ShortName = shortName };
        }

        db.Organisations.AddRange(org.Values);

        var people = new Dictionary<string, Person>();
        void AddPerson(string name, string orgKey, string jobTitle, string? email = null) =>
            // Those with an e-mail on file in the demo have also agreed to appear in open data.
            people[name] = new Person { FullName = name, Organisation = org[orgKey], JobTitle = jobTitle, Email = email, ConsentsToPublication = email is not null || jobTitle.StartsWith("Chief", StringComparison.Ordinal) };

        AddPerson("Joanna Creswell", "NCC", "Chief Digital Officer");
        AddPerson("Susan Hale", "SPDO", "Secretary to the Council", "susan.hale@example.org");
        AddPerson("Marcus Bright", "SPDO", "Head of Research");
        AddPerson("Peter Bowles", "EDC", "Head of ICT");
        AddPerson("Kaye Browning", "WBC", "Director of Digital Services");
        AddPerson("Tony Ciaran", "NFRS", "ICT Manager");
        AddPerson("Nora Godwin", "NCC", "Head of Information Governance");
        AddPerson("Michael Fenton", "EDC", "Digital Lead", "michael.fenton@example.org");
        AddPerson("Tim Rowlands", "WBC", "Infrastructure Manager");
        AddPerson("Dylan Rhodes", "NCC", "Enterprise Architect");
        AddPerson("Steven Sankar", "NFRS", "Chief Information Officer");
        AddPerson("David Tolley", "DLS", "Deputy Director, Local Digital");
        AddPerson("Graham Pike", "WBC", "Assistant Director, Customer Services");
        AddPerson("Rosa Crane", "DLS", "Programme Director, Shared Platforms");
        AddPerson("Martin Bell", "Kestrel Digital Ltd", "Principal Consultant");
        AddPerson("Gillian Evans", "EDC", "Chief Executive");
        db.People.AddRange(people.Values);

        DateOnly Thursday(int weeksFromToday)
        {
            var day = today.AddDays(weeksFromToday * 7);
            return day.AddDays(((int)DayOfWeek.Thursday - (int)day.DayOfWeek + 7) % 7);
        }

        var council = new Body
        {
            Name = "Northshire CIO Forum",
            ShortName = "NDLC",
            ActionPrefix = "ND LC",
            Kind = BodyKind.Council,
            // At least a third of its ten voting seats, and never fewer than three.
            QuorumFraction = "1/3",
            QuorumMinimum = 3,
            Seats = 10,
            AbsenceThreshold = 3,
            TermsOfReference = "The Council brings together the digital leaders of Northshire's public bodies to:\n\n"
                + "- agree shared priorities for digital services;\n- oversee joint programmes and their risks;\n"
                + "- represent Northshire to national government on digital matters.\n\nIt meets every two months.",
        };
        // Renamed by decision at its first meeting (see the decisions below).
        council.Rename("Northshire Digital Leaders Council", Thursday(-36));
        var futures = new Body
        {
            Name = "Digital Futures Group",
            ShortName = "DFG",
            ActionPrefix = "DFG",
            Kind = BodyKind.WorkingGroup,
            ParentBody = council,
            Quorum = 3,
            TermsOfReference = "A working group of the Council that looks three to five years ahead and reports to each Council meeting.",
        };
        var board = new Body
        {
            Name = "Northshire Partnership Programme Board",
            ShortName = "NPPB",
            ActionPrefix = "NPPB",
            Kind = BodyKind.ProgrammeBoard,
            ParentBody = council,
            IsPublic = false,
            TermsOfReference = "Oversees the Northshire Partnership's workstreams. Its papers are for members only.",
        };
        db.Bodies.AddRange(council, futures, board);

        var start = today.AddDays(-300);
        Member(council, people["Joanna Creswell"], MembershipRole.Chair, start);
        Member(council, people["Kaye Browning"], MembershipRole.ViceChair, start);
        Member(council, people["Susan Hale"], MembershipRole.Secretary, start);
        foreach (var name in new[] { "Peter Bowles", "Tony Ciaran", "Nora Godwin", "Michael Fenton", "Tim Rowlands", "Steven Sankar", "Graham Pike" })
            Member(council, people[name], MembershipRole.Member, start);
        Member(council, people["David Tolley"], MembershipRole.Observer, start);
        Member(council, people["Dylan Rhodes"], MembershipRole.Member, start, today.AddDays(-60));

        Member(futures, people["Marcus Bright"], MembershipRole.Chair, start);
        Member(futures, people["Susan Hale"], MembershipRole.Secretary, start);
        foreach (var name in new[] { "Dylan Rhodes", "Nora Godwin", "Tim Rowlands" })
            Member(futures, people[name], MembershipRole.Member, start);
        Member(futures, people["Martin Bell"], MembershipRole.CoOpted, start);

        Member(board, people["Gillian Evans"], MembershipRole.Chair, start);
        Member(board, people["Rosa Crane"], MembershipRole.Secretary, start);
        Member(board, people["Steven Sankar"], MembershipRole.Member, start);
        Member(board, people["Joanna Creswell"], MembershipRole.Member, start);

        var hall = new Location { Name = "County Hall, Committee Room 2", Address = "County Hall, Market Street, Northby NB1 1AA" };
        var depot = new Location { Name = "Eastbrook Civic Centre", Address = "Station Road, Eastbrook EB2 4QT" };
        db.Locations.AddRange(hall, depot);

        Meeting NewMeeting(Body body, int number, DateOnly date, Location? venue, MeetingKind kind = MeetingKind.Ordinary)
        {
            var meeting = new Meeting
            {
                Body = body,
                Number = number,
                Date = date,
                StartTime = kind == MeetingKind.ConferenceCall ? new TimeOnly(9, 30) : new TimeOnly(10, 0),
                EndTime = kind == MeetingKind.ConferenceCall ? new TimeOnly(10, 30) : new TimeOnly(12, 30),
                Kind = kind,
                Location = venue,
                RemoteDetails = kind == MeetingKind.ConferenceCall ? "Dial-in details are sent to members with the agenda." : null,
                HostOrganisation = venue == depot ? org["EDC"] : org["NCC"],
                TimeZone = body.TimeZone,
            };
            body.Meetings.Add(meeting);
            return meeting;
        }

        var councilMembers = new[] { "Joanna Creswell", "Kaye Browning", "Susan Hale", "Peter Bowles", "Tony Ciaran", "Nora Godwin", "Michael Fenton", "Tim Rowlands", "Steven Sankar", "Graham Pike" };

        // Council 1: published minutes.
        var c1 = NewMeeting(council, 1, Thursday(-36), hall);
        StandardAgenda(c1, "Shared cloud hosting: options appraisal", "Cyber resilience: exercise results", people["Rosa Crane"]);
        ExemptItem(c1, "Data centre contract: supplier's revised terms", "LGA 1972 Sch 12A para 3",
            "Members considered the supplier's revised commercial terms for the data centre contract, which remain confidential while negotiations continue.");
        Attend(c1, people, councilMembers, apologies: ["Tony Ciaran"], guests: ["Rosa Crane"]);
        c1.MarkHeld();
        WriteMinutes(c1);

        // Council 2: approved at council 3, not yet published.
        var c2 = NewMeeting(council, 2, Thursday(-27), depot);
        StandardAgenda(c2, "Shared cloud hosting: business case", "Data sharing agreement", people["Martin Bell"]);
        ExemptItem(c2, "Shared service staffing review", "LGA 1972 Sch 12A para 4",
            "Members discussed the consultation with staff representatives on the shared service structure.");
        Attend(c2, people, councilMembers, apologies: ["Graham Pike"], guests: ["Martin Bell"], absent: ["Tim Rowlands"]);
        c2.MarkHeld();
        WriteMinutes(c2);

        // Council 3: circulated.
        var c3 = NewMeeting(council, 3, Thursday(-18), hall);
        StandardAgenda(c3, "Digital inclusion strategy", "Northshire Partnership: ICT workstream report", people["Rosa Crane"]);
        Attend(c3, people, councilMembers, apologies: ["Graham Pike", "Peter Bowles"], guests: ["Rosa Crane"], officers: ["Dylan Rhodes"]);
        c3.MarkHeld();
        WriteMinutes(c3);
        c1.ApproveMinutesAt(c2);
        c1.PublishMinutes();
        c2.ApproveMinutesAt(c3);
        c3.CirculateMinutes();

        // Council 4: cancelled.
        var c4 = NewMeeting(council, 4, Thursday(-10), hall);
        c4.Cancel("Cancelled at the Chair's request: most members were attending the national digital summit.");

        // Council 5: rescheduled to council 6, which was held with draft minutes.
        var c5 = NewMeeting(council, 5, Thursday(-6), hall);
        StandardAgenda(c5, "Shared cloud hosting: procurement", "Cyber resilience: incident review", people["Martin Bell"]);
        var c6 = c5.RescheduleTo(Thursday(-4), new TimeOnly(14, 0), new TimeOnly(16, 0), 6, "Moved two weeks later so that the procurement report could be ready.");
        council.Meetings.Add(c6);
        Attend(c6, people, councilMembers, apologies: ["Graham Pike"], guests: ["Martin Bell"]);
        c6.MarkHeld();
        WriteMinutes(c6);

        // Council 7: still to come.
        var c7 = NewMeeting(council, 7, Thursday(2), hall);
        StandardAgenda(c7, "Shared cloud hosting: contract award", "Annual report of the Council", null);

        // Digital Futures Group: a conference call with published minutes, a meeting that approved them, one postponed.
        var futuresMembers = new[] { "Marcus Bright", "Susan Hale", "Dylan Rhodes", "Nora Godwin", "Tim Rowlands", "Martin Bell" };
        var f1 = NewMeeting(futures, 1, Thursday(-20), null, MeetingKind.ConferenceCall);
        f1.Title = "Digital Futures Group conference call";
        StandardAgenda(f1, "Horizon scan: artificial intelligence in casework", "Open standards for local data", null);
        Attend(f1, people, futuresMembers, apologies: ["Tim Rowlands"]);
        f1.MarkHeld();
        WriteMinutes(f1);
        var f2 = NewMeeting(futures, 2, Thursday(-8), depot);
        StandardAgenda(f2, "Horizon scan: findings", "Report to the Council", null);
        Attend(f2, people, futuresMembers, apologies: []);
        f2.MarkHeld();
        f1.ApproveMinutesAt(f2);
        f1.PublishMinutes();
        // Only its chair came: not quorate, it met informally and made recommendations.
        var f3 = NewMeeting(futures, 3, Thursday(-2), depot);
        StandardAgenda(f3, "Horizon scan: artificial intelligence workshop", "Report to the Council", null);
        Attend(f3, people, futuresMembers, apologies: ["Dylan Rhodes", "Nora Godwin", "Tim Rowlands"]);
        f3.MarkHeld();
        f3.RecordInformal(true, quorate: false);
        WriteMinutes(f3);
        var f4 = NewMeeting(futures, 4, Thursday(4), depot);
        StandardAgenda(f4, "Horizon scan: next topics", "Workshop planning", null);
        f4.Postpone("Postponed until the Council has considered the horizon scan; a new date will follow.");

        // Programme board: private body, draft minutes.
        var b1 = NewMeeting(board, 1, Thursday(-3), hall);
        StandardAgenda(b1, "ICT workstream highlight report", "Programme risks", people["Rosa Crane"]);
        Attend(b1, people, ["Gillian Evans", "Rosa Crane", "Steven Sankar", "Joanna Creswell"], apologies: []);
        b1.MarkHeld();
        WriteMinutes(b1);

        AddActionsAndDecisions(db, people, council, futures, board, [c1, c2, c3, c6, c7], f1, b1, today);
        AddProgramme(db, people, board, council, today);
        AddContracts(db, org, council, today);
        DemoApplications.Add(db, org, council, today);
    }

    /// <summary>
    /// The four councils' and the fire service's ICT contracts in the Council's register, with end
    /// dates that overlap by category, so that the alignment view has windows worth choosing.
    /// </summary>
    private static void AddContracts(QuorumDb db, Dictionary<string, Organisation> org, Body council, DateOnly today)
    {
        var categories = new (string Category, string Title, string Supplier, bool Sme, int EndsInMonths, int Years, decimal Annual, int Extension, int Notice)[]
        {
            ("Data centre hosting", "Data centre hosting and managed servers", "Northby Data Centres Ltd", false, 14, 5, 240_000m, 24, 6),
            ("Telephony", "Telephony and contact centre platform", "Ringfield Communications plc", false, 9, 4, 85_000m, 12, 3),
            ("Microsoft licensing", "Microsoft enterprise agreement", "Harbour Software Reseller Ltd", false, 20, 3, 310_000m, 0, 3),
            ("Wide area network", "Wide area network and internet access", "Shire Networks Ltd", true, 26, 5, 120_000m, 24, 6),
            ("Revenues and benefits system", "Revenues and benefits system", "Ledgerline Systems Ltd", false, 17, 7, 160_000m, 36, 12),
            ("Service desk software", "IT service desk software", "Helpwise Ltd", true, 6, 3, 18_000m, 12, 3),
            ("Printing", "Multi-function printers and print management", "Inkwell Print Services Ltd", true, 11, 5, 45_000m, 0, 3),
            ("Cyber security monitoring", "Security operations centre service", "Watchtower Security Ltd", false, 30, 3, 95_000m, 12, 6),
        };
        // Each organisation's contract of a category ends a few months before or after the others'.
        var organisations = new (string Key, int Shift, decimal Scale)[] { ("NCC", 0, 1.6m), ("EDC", 3, 0.6m), ("WBC", -2, 0.8m), ("NFRS", 7, 0.4m) };
        var number = 0;
        foreach (var (key, shift, scale) in organisations)
        {
            foreach (var c in categories)
            {
                // A fire and rescue service collects no council tax.
                if (key == "NFRS" && c.Category == "Revenues and benefits system")
                    continue;
                number++;
                var end = new DateOnly(today.Year, today.Month, 1).AddMonths(c.EndsInMonths + shift).AddDays(-1);
                var start = end.AddYears(-c.Years).AddDays(1);
                var annual = Math.Round(c.Annual * scale / 1000m) * 1000m;
                var wholeLife = annual * c.Years;
                db.Contracts.Add(new Contracts.Contract
                {
                    Body = council,
                    Organisation = org[key],
                    Reference = $"{key}-ICT-{number:000}",
                    Title = c.Title,
                    Description = $"{c.Title} for {org[key].Name}.",
                    Department = key == "NFRS" ? "Corporate Services" : "Digital and ICT",
                    Category = c.Category,
                    SupplierName = c.Supplier,
                    SupplierIsSme = c.Sme,
                    StartDate = start,
                    EndDate = end,
                    ReviewDate = end.AddMonths(-12) > start ? end.AddMonths(-12) : null,
                    ExtensionMonths = (number % 3 == 0) ? 0 : c.Extension,
                    NoticeMonths = c.Notice,
                    ManagedBy = key switch { "NCC" => "Dylan Rhodes", "EDC" => "Peter Bowles", "WBC" => "Tim Rowlands", _ => "Tony Ciaran" },
                    ProcurementRoute = c.Annual > 100_000m ? Contracts.ProcurementRoute.PublishedInvitationToTender
                        : c.Sme ? Contracts.ProcurementRoute.InvitationToQuote : Contracts.ProcurementRoute.FrameworkCallOff,
                    ValueBand = Contracts.ValueBands.Of(wholeLife),
                    // Two partners are still negotiating: their sums are for the Council's members.
                    CommercialDetailsRestricted = (key, c.Category) is ("NCC", "Data centre hosting") or ("WBC", "Revenues and benefits system"),
                    Terms = new Contracts.ContractTerms { WholeLifeValue = wholeLife, AnnualValue = annual, IrrecoverableVat = 0m },
                });
            }
        }
    }

    private static void AddProgramme(QuorumDb db, Dictionary<string, Person> people, Body board, Body council, DateOnly today)
    {
        var programme = new Programmes.Programme
        {
            Body = board,
            Name = "Northshire Partnership",
            Description = "The county's councils and the fire and rescue service working together on shared services.",
        };
        Programmes.Workstream Stream(string name, string description, string[] sponsors, Body? lead, string planned, string actual)
        {
            if (!Programmes.Money.TryParse(planned, out var p) || !Programmes.Money.TryParse(actual, out var a))
                throw new ArgumentException($"Demo spend must read as money: {planned}, {actual}");
            var w = new Programmes.Workstream
            {
                Name = name,
                Description = description,
                LeadBody = lead,
                PlannedSpend = p,
                ActualSpend = a,
                StrategicObjectives = "Better services for residents\nLower running costs across the partners",
                WorkstreamObjectives = $"Agree a shared approach to {name.ToLowerInvariant()}\nDeliver the first joint project",
            };
            w.Sponsors.AddRange(sponsors.Select(s => people[s]));
            programme.Workstreams.Add(w);
            return w;
        }

        Programmes.HighlightReport Report(DateOnly date, Programmes.Rag time, Programmes.Rag cost, Programmes.Rag scope, string updates, string spend) => new()
        {
            ReportDate = date,
            Time = time,
            Cost = cost,
            Scope = scope,
            Overall = Programmes.RagRule.Overall(time, cost, scope),
            StatusUpdates = updates,
            SpendToDate = Programmes.Money.TryParse(spend, out var m) ? m : new Programmes.Money(),
            AuthoredBy = "Rosa Crane",
        };

        var ict = Stream("ICT", "Shared infrastructure, hosting and digital services.", ["Gillian Evans", "Steven Sankar"], council, "£250,000", "£120,000");
        ict.Milestones.Add(new Programmes.Milestone { Text = "Options appraisal agreed", TargetDate = today.AddMonths(-8), Status = Programmes.MilestoneStatus.Achieved, ActualDate = today.AddMonths(-8).AddDays(3) });
        ict.Milestones.Add(new Programmes.Milestone { Text = "Procurement complete", TargetDate = new DateOnly(today.AddMonths(-1).Year, today.AddMonths(-1).Month, 1), TargetIsMonth = true, Status = Programmes.MilestoneStatus.InProgress });
        ict.Milestones.Add(new Programmes.Milestone { Text = "First services moved", TargetDate = today.AddMonths(4) });
        ict.Raid.Add(new Programmes.RaidEntry { Kind = Programmes.RaidKind.Risk, Description = "Data centre capacity may not be enough for all partners", Owner = people["Peter Bowles"], Impact = Programmes.RaidLevel.High, Likelihood = Programmes.RaidLevel.Medium, Mitigation = "Survey of spare capacity (action ND LC 01/02)" });
        ict.Raid.Add(new Programmes.RaidEntry { Kind = Programmes.RaidKind.Issue, Description = "Procurement timetable has slipped by a month", Owner = people["Michael Fenton"], Mitigation = "Report to the Council with revised dates" });
        ict.Raid.Add(new Programmes.RaidEntry { Kind = Programmes.RaidKind.Assumption, Description = "Each partner keeps its own network until 2028" });
        ict.Raid.Add(new Programmes.RaidEntry { Kind = Programmes.RaidKind.Dependency, Description = "National shared platforms framework", Owner = people["Rosa Crane"] });
        ict.Reports.Add(Report(today.AddDays(-60), Programmes.Rag.Green, Programmes.Rag.Green, Programmes.Rag.Green, "Options appraisal agreed by the Council\nBusiness case in preparation", "£80,000"));
        ict.Reports.Add(Report(today.AddDays(-21), Programmes.Rag.Amber, Programmes.Rag.Green, Programmes.Rag.Green, "Business case approved\nProcurement running a month late", "£120,000"));

        var access = Stream("Customer access", "One front door for residents across the partners.", ["Kaye Browning"], null, "£90,000", "£85,000");
        access.Milestones.Add(new Programmes.Milestone { Text = "Joint contact centre opens", TargetDate = today.AddMonths(-2), Status = Programmes.MilestoneStatus.Achieved, ActualDate = today.AddMonths(-2) });
        access.Reports.Add(Report(today.AddDays(-20), Programmes.Rag.Green, Programmes.Rag.Green, Programmes.Rag.Green, "Contact centre open on time\nSatisfaction survey under way", "£85,000"));

        var property = Stream("Shared property", "Sharing offices and depots.", ["Gillian Evans"], null, "tba", "£15,000");
        property.Milestones.Add(new Programmes.Milestone { Text = "Estate survey complete", TargetDate = today.AddMonths(-3) });
        property.Raid.Add(new Programmes.RaidEntry { Kind = Programmes.RaidKind.Risk, Description = "Partners may not agree how costs are shared", Owner = people["Gillian Evans"], Impact = Programmes.RaidLevel.High, Likelihood = Programmes.RaidLevel.High, Mitigation = "Chief executives to agree principles" });
        property.Reports.Add(Report(today.AddDays(-19), Programmes.Rag.Red, Programmes.Rag.Amber, Programmes.Rag.Amber, "Estate survey three months late\nBudget still to be agreed", "£15,000"));

        Stream("Workforce", "Joint training and shared specialist posts.", ["Joanna Creswell"], null, "tba", "tba");

        // The board's action and decision about the ICT workstream show on its page.
        foreach (var action in db.Actions.Local.Where(a => a.Meeting?.Body == board))
            action.Workstream = ict;
        foreach (var decision in db.Decisions.Local.Where(d => d.Meeting?.Body == board))
            decision.Workstream = ict;
        db.Programmes.Add(programme);
    }

    private static void AddActionsAndDecisions(QuorumDb db, Dictionary<string, Person> people, Body council, Body futures, Body board,
        Meeting[] c, Meeting f1, Meeting b1, DateOnly today)
    {
        var (c1, c2, c3, c6) = (c[0], c[1], c[2], c[3]);
        var running = new Dictionary<Body, int>();
        var sequence = new Dictionary<Meeting, int>();
        AgendaItem Item(Meeting meeting, int position) => meeting.AgendaInOrder().ElementAt(position);
        ActionItem Raise(Meeting meeting, int itemPosition, string text, DateOnly? due, params string[] owners)
        {
            var body = meeting.Body!;
            running[body] = running.GetValueOrDefault(body) + 1;
            sequence[meeting] = sequence.GetValueOrDefault(meeting) + 1;
            var action = new ActionItem
            {
                Body = body,
                Meeting = meeting,
                MeetingDate = meeting.Date,
                AgendaItem = Item(meeting, itemPosition),
                Sequence = sequence[meeting],
                Reference = ActionReferenceScheme.Format(body.ActionReferenceScheme, body.ActionPrefix, meeting.Number, sequence[meeting], running[body]),
                Text = text,
                DueDate = due,
            };
            action.Owners.AddRange(owners.Select(o => people[o]));
            db.Actions.Add(action);
            return action;
        }

        const string clerk = "clerk@example.org";
        var at = DateTime.UtcNow;

        // Done at a later meeting.
        var circulate = Raise(c1, 3, "circulate the cloud hosting options paper to all member organisations", c1.Date.AddDays(14), "Joanna Creswell", "Susan Hale");
        circulate.RecordUpdate("The paper was circulated on the Council's collaboration space.", ActionStatus.Done, c2.Date, clerk, at, c2);

        // Carried over three meetings, still in progress.
        var capacity = Raise(c1, 4, "report on spare capacity in the members' data centres", null, "Peter Bowles");
        capacity.RecordUpdate("This is still outstanding.", null, c2.Date, clerk, at, c2);
        capacity.RecordUpdate("Peter Bowles had contacted each member; two replies are awaited.", ActionStatus.InProgress, c3.Date, clerk, at, c3);
        capacity.RecordUpdate("Deferred until the procurement report is ready.", null, c6.Date, clerk, at, c6);

        // Overdue.
        Raise(c2, 4, "draft a data sharing agreement template for member organisations", today.AddDays(-30), "Kaye Browning");

        // Dropped.
        var exercise = Raise(c2, 3, "arrange a joint cyber exercise with the fire and rescue service", c3.Date, "Tony Ciaran", "Steven Sankar");
        exercise.RecordUpdate("Overtaken by the national exercise in the spring: no longer needed.", ActionStatus.Dropped, c3.Date, clerk, at, c3);

        Raise(c3, 3, "bring the digital inclusion delivery plan to the next meeting", c6.Date, "Nora Godwin");
        Raise(c6, 3, "prepare the contract award report for shared cloud hosting", today.AddDays(10), "Michael Fenton", "Joanna Creswell");
        Raise(f1, 3, "summarise the horizon scan for the Council", f1.Date.AddDays(60), "Marcus Bright");
        // Under exempt items: withheld from the public with the item.
        Raise(c1, 5, "seek legal advice on the supplier's revised terms", c2.Date, "Joanna Creswell");
        Raise(c2, 5, "report the outcome of the staff consultation", c3.Date, "Kaye Browning");
        Raise(b1, 3, "add the data centre capacity risk to the programme risk register", today.AddDays(7), "Rosa Crane");

        var number = new Dictionary<Body, int>();
        void Decide(Meeting meeting, int itemPosition, string text, string? renamesTo = null)
        {
            var body = meeting.Body!;
            number[body] = number.GetValueOrDefault(body) + 1;
            db.Decisions.Add(new Decision
            {
                Body = body,
                Meeting = meeting,
                AgendaItem = Item(meeting, itemPosition),
                Number = number[body],
                Text = text,
                RenamesBodyTo = renamesTo,
                RenameAppliedOn = renamesTo is null ? null : meeting.Date,
            });
        }

        Decide(c1, 0, "It was agreed to change the name of the Northshire CIO Forum to the Northshire Digital Leaders Council.", "Northshire Digital Leaders Council");
        Decide(c1, 3, "It was agreed to carry out an options appraisal for shared cloud hosting.");
        Decide(c1, 5, "It was agreed to reject the supplier's revised terms and to reopen negotiations.");
        Decide(c2, 3, "The business case for shared cloud hosting was approved.");
        Decide(c3, 3, "It was agreed to adopt the digital inclusion strategy.");
        Decide(f1, 3, "The group agreed to report its horizon scan to the Council.");
        Decide(b1, 3, "It was agreed to accept the ICT workstream highlight report.");
    }

    /// <summary>
    /// The conduct of the meetings: declarations of each kind, a motion amended on the chair's
    /// casting vote and carried on a recorded vote, a lost motion, the informal meeting's
    /// recommendation, and a register of interests for every member of the Council.
    /// </summary>
    private static async Task AddConductAsync(QuorumDb db, DateOnly today, CancellationToken cancellationToken)
    {
        var council = await db.Bodies.Include(b => b.Memberships).ThenInclude(m => m.Person!).ThenInclude(p => p.Organisation)
            .Include(b => b.Meetings).ThenInclude(m => m.AgendaItems)
            .Include(b => b.Meetings).ThenInclude(m => m.Attendance)
            .AsSplitQuery()
            .SingleAsync(b => b.ShortName == "NDLC", cancellationToken);
        var futures = await db.Bodies.Include(b => b.Meetings).ThenInclude(m => m.AgendaItems)
            .Include(b => b.Meetings).ThenInclude(m => m.Attendance)
            .AsSplitQuery()
            .SingleAsync(b => b.ShortName == "DFG", cancellationToken);
        var people = await db.People.ToDictionaryAsync(p => p.FullName, cancellationToken);
        int Id(string name) => people[name].Id;

        Conduct.Floor FloorOf(Meeting meeting, params string[] barred)
        {
            var present = meeting.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.PersonId).ToHashSet();
            var chair = meeting.Attendance.FirstOrDefault(a => a.Role == "Chair")?.PersonId;
            return new Conduct.Floor(present, chair, barred.Select(Id).ToHashSet(), people.Values.ToDictionary(p => p.Id, p => p.FullName));
        }

        Conduct.Declaration Declare(Meeting meeting, AgendaItem item, string name, Conduct.InterestKind kind, string nature, bool leftTheRoom = false) => new()
        {
            Meeting = meeting,
            AgendaItem = item,
            PersonId = Id(name),
            Kind = kind,
            Nature = nature,
            LeftTheRoom = leftTheRoom,
            TookNoPart = leftTheRoom || kind == Conduct.InterestKind.DisclosablePecuniary,
        };

        // Council 1 (published): the cloud hosting options appraisal.
        var c1 = council.Meetings.Single(m => m.Number == 1);
        var hosting = c1.AgendaItems.Single(i => i.Title == "Shared cloud hosting: options appraisal");
        db.Declarations.AddRange(
            Declare(c1, hosting, "Peter Bowles", Conduct.InterestKind.DisclosablePecuniary, "His partner is a director of Kestrel Digital Ltd, which may bid for the hosting work", leftTheRoom: true),
            Declare(c1, hosting, "Nora Godwin", Conduct.InterestKind.OtherRegistrable, "Trustee of Northshire Digital Skills, a charity consulted on the appraisal"),
            Declare(c1, hosting, "Tim Rowlands", Conduct.InterestKind.NonRegistrable, "His brother works for one of the hosting suppliers"));
        var floor = FloorOf(c1, "Peter Bowles");
        var motion = Conduct.Motion.Move(hosting, "That the Council carry out an options appraisal for shared cloud hosting, reporting to its next meeting.",
            Id("Kaye Browning"), Id("Steven Sankar"), floor);
        var amendment = Conduct.Motion.Move(hosting, "Insert “including a public cloud framework” after “shared cloud hosting”.", Id("Michael Fenton"), Id("Graham Pike"), floor, motion,
            "That the Council carry out an options appraisal for shared cloud hosting, including a public cloud framework, reporting to its next meeting.");
        (motion.Meeting, motion.Position, amendment.Meeting, amendment.Position) = (c1, 1, c1, 2);
        amendment.PutToVote(new Conduct.Ballot(For: 4, Against: 4, CastingVote: Conduct.VoteChoice.For), floor);
        motion.PutToVote(new Conduct.Ballot(ByName: new Dictionary<int, Conduct.VoteChoice>
        {
            [Id("Joanna Creswell")] = Conduct.VoteChoice.For,
            [Id("Kaye Browning")] = Conduct.VoteChoice.For,
            [Id("Nora Godwin")] = Conduct.VoteChoice.For,
            [Id("Michael Fenton")] = Conduct.VoteChoice.For,
            [Id("Steven Sankar")] = Conduct.VoteChoice.For,
            [Id("Graham Pike")] = Conduct.VoteChoice.For,
            [Id("Tim Rowlands")] = Conduct.VoteChoice.Against,
        }), floor);
        // The motion carried is the decision the minutes already record under the item.
        var decision = await db.Decisions.SingleAsync(d => d.AgendaItemId == hosting.Id, cancellationToken);
        decision.Text = motion.Resolution;
        motion.Decision = decision;
        db.Motions.AddRange(motion, amendment);

        // Council 6 (draft minutes): a motion lost on a show of hands.
        var c6 = council.Meetings.Single(m => m.Number == 6);
        var procurement = c6.AgendaItems.Single(i => i.Title == "Shared cloud hosting: procurement");
        var pause = Conduct.Motion.Move(procurement, "That the procurement be paused until the data centre survey is complete.", Id("Tim Rowlands"), Id("Peter Bowles"), FloorOf(c6));
        (pause.Meeting, pause.Position) = (c6, 1);
        pause.PutToVote(new Conduct.Ballot(For: 2, Against: 6, Abstained: 1), FloorOf(c6));
        db.Motions.Add(pause);

        // Digital Futures Group 3: not quorate, so what it agreed is a recommendation to the Council.
        var f3 = futures.Meetings.Single(m => m.Number == 3);
        var workshop = f3.AgendaItems.Single(i => i.Title == "Horizon scan: artificial intelligence workshop");
        var recommend = Conduct.Motion.Move(workshop, "That the Council hold a workshop on artificial intelligence in casework.", Id("Marcus Bright"), Id("Martin Bell"), FloorOf(f3));
        (recommend.Meeting, recommend.Position) = (f3, 1);
        recommend.PutToVote(new Conduct.Ballot(Conduct.MotionOutcome.Carried), FloorOf(f3));
        recommend.Decision = await DecisionRegister.RecordAsync(db, f3, workshop, recommend.Resolution, null, cancellationToken);
        db.Motions.Add(recommend);

        // A register of interests for every member of the Council; Peter Bowles's was updated, Nora
        // Godwin's holds a sensitive interest, and Tony Ciaran's latest is not yet published.
        var from = today.AddDays(-290);
        foreach (var seat in council.Memberships.Where(m => m.Role is not (MembershipRole.Secretary or MembershipRole.Observer)).DistinctBy(m => m.PersonId))
        {
            var person = seat.Person!;
            var register = new Conduct.InterestRegisterVersion { BodyId = council.Id, PersonId = person.Id, EffectiveFrom = from, PublishedOn = from.AddDays(7) };
            register.Interests.Add(new Conduct.RegisteredInterest
            {
                Category = Conduct.InterestCategory.Employment,
                Description = $"{person.JobTitle}, {person.Organisation?.Name}",
            });
            switch (person.FullName)
            {
                case "Joanna Creswell":
                    register.Interests.Add(new Conduct.RegisteredInterest { Category = Conduct.InterestCategory.Securities, Holder = Conduct.InterestHolder.SpouseOrPartner, Description = "Shares in Northby Water plc above £25,000" });
                    break;
                case "Nora Godwin":
                    register.Interests.Add(new Conduct.RegisteredInterest { Category = Conduct.InterestCategory.Land, Description = "Her home in Eastbrook", IsSensitive = true });
                    break;
                case "Michael Fenton":
                    register.Interests.Add(new Conduct.RegisteredInterest { Category = Conduct.InterestCategory.Sponsorship, Description = "Travel to the national digital summit paid by the Society of Public Digital Officers" });
                    break;
                case "Graham Pike":
                    register.Interests.Add(new Conduct.RegisteredInterest { Category = Conduct.InterestCategory.Licences, Description = "Allotment licence, Westvale Borough Council" });
                    break;
            }

            db.InterestRegisterVersions.Add(register);
            if (person.FullName == "Peter Bowles")
            {
                var updated = new Conduct.InterestRegisterVersion { BodyId = council.Id, PersonId = person.Id, EffectiveFrom = c1.Date.AddDays(-14), PublishedOn = c1.Date.AddDays(-10) };
                updated.Interests.Add(new Conduct.RegisteredInterest { Category = Conduct.InterestCategory.Employment, Description = register.Interests[0].Description });
                updated.Interests.Add(new Conduct.RegisteredInterest { Category = Conduct.InterestCategory.Contracts, Holder = Conduct.InterestHolder.SpouseOrPartner, Description = "Director of Kestrel Digital Ltd, which holds a support contract with Eastbrook District Council" });
                db.InterestRegisterVersions.Add(updated);
            }
            else if (person.FullName == "Tony Ciaran")
            {
                var draft = new Conduct.InterestRegisterVersion { BodyId = council.Id, PersonId = person.Id, EffectiveFrom = today.AddDays(-5) };
                draft.Interests.Add(new Conduct.RegisteredInterest { Category = Conduct.InterestCategory.Employment, Description = register.Interests[0].Description });
                draft.Interests.Add(new Conduct.RegisteredInterest { Category = Conduct.InterestCategory.CorporateTenancies, Description = "Director of Ciaran Lettings Ltd, tenant of a Northshire County Council unit" });
                db.InterestRegisterVersions.Add(draft);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Papers with every circulation, so that signing in shows what the public does not see.</summary>
    private static async Task AddPapersAsync(QuorumDb db, Papers.IPaperStore store, CancellationToken cancellationToken)
    {
        var bodies = await db.Bodies.Include(b => b.Meetings).ThenInclude(m => m.AgendaItems).ToDictionaryAsync(b => b.ShortName, cancellationToken);
        var people = await db.People.ToDictionaryAsync(p => p.FullName, cancellationToken);
        Meeting Meeting(string body, int number) => bodies[body].Meetings.Single(m => m.Number == number);

        async Task AddAsync(Meeting meeting, string? itemTitle, string title, Papers.ProtectiveMarking marking, string? legacy,
            Papers.Circulation circulation, string[] toBodies, string[] toPeople, string text)
        {
            var paper = new Papers.Paper
            {
                Title = title,
                Author = "Susan Hale",
                BodyId = meeting.BodyId,
                Meeting = meeting,
                AgendaItem = itemTitle is null ? null : meeting.AgendaItems.Single(i => i.Title == itemTitle),
            };
            paper.Classify(marking, legacy, circulation, [.. toBodies.Select(b => bodies[b])], [.. toPeople.Select(p => people[p])]);
            var content = System.Text.Encoding.UTF8.GetBytes($"{Papers.ProtectiveMarkings.Label(marking)}\n\n{title}\n\n{text}\n");
            var (sha, size) = await store.SaveAsync(new MemoryStream(content), content.Length, cancellationToken);
            paper.Versions.Add(new Papers.PaperVersion
            {
                Number = 1,
                FileName = title.ToLowerInvariant().Replace(' ', '-').Replace(":", "", StringComparison.Ordinal) + ".txt",
                ContentType = "text/plain",
                Sha256 = sha,
                Sha512 = await store.Sha512Async(sha, cancellationToken),
                Size = size,
                UploadedBy = "clerk@example.org",
                UploadedAt = DateTime.UtcNow,
            });
            db.Papers.Add(paper);
        }

        await AddAsync(Meeting("NDLC", 1), "Shared cloud hosting: options appraisal", "Shared cloud hosting options appraisal",
            Papers.ProtectiveMarking.Official, null, Papers.Circulation.Public, [], [], "Three options were appraised: stay as we are, a shared private cloud, and a public cloud framework.");
        await AddAsync(Meeting("NDLC", 1), "Data centre contract: supplier's revised terms", "Supplier's revised terms",
            Papers.ProtectiveMarking.OfficialSensitive, "PROTECT - COMMERCIAL", Papers.Circulation.MembersOfBodies, ["NDLC"], [], "Commercial terms offered by the supplier, not for publication.");
        await AddAsync(Meeting("NDLC", 3), null, "Shared platforms briefing slides",
            Papers.ProtectiveMarking.OfficialSensitive, null, Papers.Circulation.MembersOfBodies, ["NDLC", "DFG"], [], "Slides circulated for the Council's use only.");
        await AddAsync(Meeting("NPPB", 1), "ICT workstream highlight report", "ICT workstream highlight report",
            Papers.ProtectiveMarking.OfficialSensitive, "RESTRICTED", Papers.Circulation.MembersOfBodies, ["NPPB"], [], "Status: amber. Spend to date: to be agreed.");
        await AddAsync(Meeting("DFG", 1), null, "Horizon scan: first draft",
            Papers.ProtectiveMarking.Official, null, Papers.Circulation.NamedPeople, [], ["Marcus Bright", "Dylan Rhodes"], "A first draft for the authors only.");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds an exempt item before "Any other business", with its minute.</summary>
    private static void ExemptItem(Meeting meeting, string title, string ground, string minute)
    {
        var item = meeting.AddAgendaItem(title);
        meeting.MoveAgendaItem(item, -1);
        meeting.MoveAgendaItem(item, -1);
        item.MarkExempt(new Exemption { Ground = ground, Note = "The public interest in withholding the information outweighs the interest in disclosing it while negotiations continue.", ReviewDate = meeting.Date.AddMonths(12) });
        item.Minute = new Minute { Text = minute };
    }

    private static void Member(Body body, Person person, MembershipRole role, DateOnly from, DateOnly? until = null) =>
        body.Memberships.Add(new Membership { Person = person, Role = role, From = from, Until = until });

    private static void StandardAgenda(Meeting meeting, string first, string second, Person? presenter)
    {
        meeting.AddAgendaItem("Welcome and apologies");
        meeting.SetKind(meeting.AddAgendaItem(Body.DefaultMattersArisingItem), AgendaItemKind.MattersArising);
        var updates = meeting.AddAgendaItem("Programme updates");
        var a = meeting.AddAgendaItem(first, updates);
        var b = meeting.AddAgendaItem(second, updates);
        if (presenter is not null)
            a.Presenters.Add(presenter);
        if (meeting.Body?.Memberships.FirstOrDefault(m => m.Role == MembershipRole.Chair)?.Person is { } chair)
            b.Presenters.Add(chair);
        meeting.AddAgendaItem("Any other business");
        meeting.AddAgendaItem("Date of next meeting");
    }

    private static void Attend(Meeting meeting, Dictionary<string, Person> people, IEnumerable<string> members,
        string[] apologies, string[]? guests = null, string[]? absent = null, string[]? officers = null)
    {
        var roles = meeting.Body!.Memberships.ToDictionary(m => m.Person!.FullName, m => m.Role);
        foreach (var name in members.Concat(guests ?? []).Concat(officers ?? []).Distinct())
        {
            var person = people[name];
            var status = apologies.Contains(name) ? AttendanceStatus.Apologies
                : absent?.Contains(name) == true ? AttendanceStatus.Absent
                : guests?.Contains(name) == true ? AttendanceStatus.Presenting
                : officers?.Contains(name) == true ? AttendanceStatus.InAttendance
                : AttendanceStatus.Present;
            meeting.Attendance.Add(new Attendance
            {
                Person = person,
                Status = status,
                OrganisationName = person.Organisation?.Name,
                Role = guests?.Contains(name) == true ? "Presenter"
                    : roles.TryGetValue(name, out var role) && role is MembershipRole.Chair or MembershipRole.Secretary or MembershipRole.ViceChair ? (role == MembershipRole.ViceChair ? "Vice-Chair" : role.ToString())
                    : null,
            });
        }
    }

    private static void WriteMinutes(Meeting meeting)
    {
        meeting.StartMinutes();
        foreach (var item in meeting.AgendaInOrder().Where(i => i.Minute is null))
        {
            var text = item.Title switch
            {
                "Welcome and apologies" => $"The Chair welcomed members. Apologies were received from {string.Join(", ", meeting.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Person!.FullName).DefaultIfEmpty("no one"))}.",
                "Minutes of the previous meeting and matters arising" => "The minutes of the previous meeting were agreed as a true record. Matters arising were taken under the items below.",
                "Programme updates" => "Members received updates on the Council's joint programmes.",
                "Any other business" => "There was no other business.",
                "Date of next meeting" => "The next meeting will be held as shown in the Council's calendar.",
                _ => $"**{item.Title}.** {item.Presenters.FirstOrDefault()?.FullName ?? "The Chair"} introduced the item.\n\n"
                    + "Members discussed:\n\n- the timetable and the dependencies on other programmes;\n- the risks to be carried on the register;\n- how progress will be reported to the next meeting.",
            };
            item.Minute = new Minute { Text = text };
        }
    }
}
