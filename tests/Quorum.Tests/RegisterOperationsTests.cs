using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Applications;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Kpis;
using Quorum.People;
using Quorum.Programmes;
using Quorum.Projects;

namespace Quorum.Tests;

/// <summary>
/// The KPI register, the applications catalogue and the projects listing kept through their
/// operations on a database: who may change them, what a change stores, and how they list.
/// </summary>
public class RegisterOperationsTests
{
    private sealed record Registers(InMemoryQuorum Quorum, int Council, int Panel, int Ashby, int Brook) : IDisposable
    {
        public Viewer Clerk => new() { UserId = "clerk", ClerkOf = [Council] };

        public QuorumDb Open(Viewer viewer) => Quorum.Open(viewer);

        public void Dispose() => Quorum.Dispose();
    }

    private static async Task<Registers> RegistersAsync()
    {
        var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        var council = new Body { Name = "Digital Leaders", ShortName = "DL", ActionPrefix = "DL" };
        var panel = new Body { Name = "Audit Panel", ShortName = "AP", ActionPrefix = "AP", IsPublic = false };
        var ashby = new Organisation { Name = "Ashby Borough Council" };
        var brook = new Organisation { Name = "Brook District Council" };
        db.AddRange(council, panel, ashby, brook);
        await db.SaveChangesAsync();
        return new Registers(quorum, council.Id, panel.Id, ashby.Id, brook.Id);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    // Measures

    private static KpiDetails Measure(int bodyId, string name = "Calls answered first time") => new()
    {
        BodyId = bodyId,
        Name = $"  {name} ",
        Definition = "  ",
        Unit = " % ",
        Direction = KpiDirection.LowerIsBetter,
        Target = 90.12345m,
        Tolerance = 2.00005m,
        Restricted = true,
    };

    [Fact]
    public async Task AMeasure_IsStoredTrimmed_WithFiguresToFourPlaces()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(r.Clerk);

        var kpi = await KpiRegister.AddAsync(db, Measure(r.Council));

        using var read = r.Open(Viewer.System);
        var k = await read.Kpis.SingleAsync(k => k.Id == kpi.Id);
        (k.BodyId, k.Name, k.Definition, k.Unit, k.Direction, k.Restricted).ShouldBe((r.Council, "Calls answered first time", (string?)null, "%", KpiDirection.LowerIsBetter, true));
        k.Target.ShouldBe(90.1235m);
        k.Tolerance.ShouldBe(2.0001m);
        KpiDetails.From(k).ShouldBe(Measure(r.Council) with { Name = "Calls answered first time", Definition = null, Unit = "%", Target = 90.1235m, Tolerance = 2.0001m });
        (await KpiRegister.AddAsync(db, Measure(r.Council, "No tolerance") with { Tolerance = null })).Tolerance.ShouldBe(0);
    }

    [Fact]
    public async Task AMeasure_IsChangedAndMovedOnlyByThoseWhoKeepBothRegisters_AndItsNameIsUniqueInItsRegister()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(r.Clerk);
        var kpi = await KpiRegister.AddAsync(db, Measure(r.Council));
        var other = await KpiRegister.AddAsync(db, Measure(r.Council, "Sickness absence"));

        await KpiRegister.UpdateAsync(db, kpi, Measure(r.Council) with { Target = 95, Direction = KpiDirection.HigherIsBetter });
        (kpi.Target, kpi.Direction).ShouldBe((95m, KpiDirection.HigherIsBetter));
        var clash = await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.UpdateAsync(db, other, Measure(r.Council)));
        clash.Problems.ShouldBe(new Dictionary<string, string> { ["name"] = "The register already has a measure called Calls answered first time" });
        await Should.ThrowAsync<EditNotAllowedException>(() => KpiRegister.UpdateAsync(db, kpi, Measure(r.Panel)));

        using var member = r.Open(new Viewer { UserId = "m", MemberOf = [r.Council] });
        var seen = await member.Kpis.SingleAsync(k => k.Id == kpi.Id);
        await Should.ThrowAsync<EditNotAllowedException>(() => KpiRegister.UpdateAsync(member, seen, Measure(r.Council)));

        using var admin = r.Open(Viewer.System);
        var moved = await admin.Kpis.SingleAsync(k => k.Id == kpi.Id);
        await KpiRegister.UpdateAsync(admin, moved, Measure(r.Panel));
        moved.BodyId.ShouldBe(r.Panel);
        (await KpiRegister.ProblemsAsync(admin, Measure(r.Council), null)).ShouldBeEmpty("the name is free again in the register it left");
    }

    [Fact]
    public async Task AMeasureWithoutABody_OrForAnUnknownOne_IsRefused()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(Viewer.System);
        (await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.AddAsync(db, Measure(r.Council) with { BodyId = null })))
            .Problems.ShouldBe(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose register keeps the measure" });
        (await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.AddAsync(db, Measure(999))))
            .Problems.ShouldBe(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose register keeps the measure" });
    }

    [Fact]
    public async Task AReading_IsRecordedToFourPlaces_WithItsNoteTrimmed_ForAQuarterThatHasBegun()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(r.Clerk);
        db.Clock = new FixedClock(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero));
        var kpi = await KpiRegister.AddAsync(db, Measure(r.Council));

        var (value, replaced) = await KpiRegister.RecordAsync(db, kpi, new KpiReading { OrganisationId = r.Ashby, Period = "Q3 2026", Value = 87.65555m, Note = "  " });

        replaced.ShouldBeFalse();
        (value.Period, value.Value, value.Note, value.OrganisationId, value.KpiId).ShouldBe(("2026-Q3", 87.6556m, (string?)null, r.Ashby, kpi.Id));
        (await KpiRegister.RecordAsync(db, kpi, new KpiReading { OrganisationId = r.Brook, Period = "2026-Q3", Value = 1, Note = " Estimated " })).Value.Note.ShouldBe("Estimated");
        (await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.RecordAsync(db, kpi, new KpiReading { OrganisationId = r.Ashby, Period = "2026-Q4", Value = 1 })))
            .Problems["period"].ShouldBe("2026-Q4 has not begun yet: the latest quarter that can be reported is 2026-Q3");

        using var member = r.Open(new Viewer { UserId = "m", MemberOf = [r.Council] });
        var seen = await member.Kpis.SingleAsync();
        await Should.ThrowAsync<EditNotAllowedException>(() => KpiRegister.RecordAsync(member, seen, new KpiReading { OrganisationId = r.Ashby, Period = "2026-Q1", Value = 1 }));
    }

    [Fact]
    public async Task Measures_AreListedByRegisterAndName_WithTheirValuesAndOrganisations()
    {
        using var r = await RegistersAsync();
        using (var db = r.Open(Viewer.System))
        {
            db.Clock = new FixedClock(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero));
            var sickness = await KpiRegister.AddAsync(db, Measure(r.Council, "Sickness absence") with { Restricted = false });
            await KpiRegister.AddAsync(db, Measure(r.Council, "Calls answered") with { Restricted = false });
            await KpiRegister.AddAsync(db, Measure(r.Panel, "Findings closed") with { Restricted = false });
            await KpiRegister.AddAsync(db, Measure(r.Council, "Restricted one"));
            await KpiRegister.RecordAsync(db, sickness, new KpiReading { OrganisationId = r.Ashby, Period = "2026-Q1", Value = 3 });
            await KpiRegister.RecordAsync(db, sickness, new KpiReading { OrganisationId = r.Brook, Period = "2026-Q2", Value = 4 });
        }

        using var admin = r.Open(Viewer.System);
        (await KpiRegister.AllWithValuesAsync(admin)).Select(k => k.Name).ShouldBe(["Findings closed", "Calls answered", "Restricted one", "Sickness absence"]);
        (await KpiRegister.AllWithValuesAsync(admin, r.Council)).Select(k => k.Name).ShouldBe(["Calls answered", "Restricted one", "Sickness absence"]);
        using var anonymous = r.Open(Viewer.Anonymous);
        (await KpiRegister.AllWithValuesAsync(anonymous)).Select(k => k.Name).ShouldBe(["Calls answered", "Sickness absence"]);
        var found = (await KpiRegister.AllWithValuesAsync(anonymous)).Single(k => k.Name == "Sickness absence");
        found.Body!.ShortName.ShouldBe("DL");
        found.Values.Select(v => (v.Organisation!.Name, v.Period, v.Value)).OrderBy(v => v.Period)
            .ShouldBe([("Ashby Borough Council", "2026-Q1", 3m), ("Brook District Council", "2026-Q2", 4m)]);
        var single = await KpiRegister.FindWithValuesAsync(anonymous, found.Id);
        single!.Values.Count.ShouldBe(2);
        KpiBenchmark.LatestPeriod(single).ShouldBe(new Quarter(2026, 2));
        var restricted = (await KpiRegister.AllWithValuesAsync(admin)).Single(k => k.Name == "Restricted one");
        (await KpiRegister.FindWithValuesAsync(anonymous, restricted.Id)).ShouldBeNull();
        KpiBenchmark.LatestPeriod(restricted).ShouldBeNull();
    }

    [Fact]
    public void MeasureProblems_MarkEachLimit()
    {
        var valid = Measure(1);
        KpiRegister.Problems(valid).ShouldBeEmpty();
        KpiRegister.Problems(valid with { Name = new string('n', 200), Unit = new string('u', 40), Definition = new string('d', 4000) }).ShouldBeEmpty();
        KpiRegister.Problems(valid with { Name = new string('n', 201), Unit = new string('u', 41), Definition = new string('d', 4001) }).ShouldBe(new Dictionary<string, string>
        {
            ["name"] = "The name must be 200 characters or fewer",
            ["unit"] = "The unit must be 40 characters or fewer",
            ["definition"] = "The definition must be 4,000 characters or fewer",
        }, ignoreOrder: true);
        KpiRegister.Problems(valid with { Name = null, Unit = " ", Direction = null, Target = null }).ShouldBe(new Dictionary<string, string>
        {
            ["name"] = "Enter the name of the measure",
            ["unit"] = "Enter the unit, like % or days",
            ["direction"] = "Choose whether a higher or a lower figure is better",
            ["target"] = "Enter the target",
        }, ignoreOrder: true);
        KpiRegister.Problems(valid with { Target = -999_999_999_999.9999m, Tolerance = 0 }).ShouldBeEmpty();
        KpiRegister.Problems(valid with { Target = -1_000_000_000_000m })["target"].ShouldBe("The target must be less than a million million");
        KpiRegister.Problems(valid with { Tolerance = 999_999_999_999.9999m }).ShouldBeEmpty();
        KpiRegister.Problems(valid with { Tolerance = 1_000_000_000_000m })["tolerance"].ShouldBe("The tolerance must be less than a million million");
        KpiRegister.Problems(valid with { Tolerance = -0.0001m })["tolerance"].ShouldBe("The tolerance must be 0 or more: how far short of the target still counts as amber");
    }

    [Fact]
    public void ReadingProblems_MarkEachLimit()
    {
        var today = new DateOnly(2026, 7, 1);
        var valid = new KpiReading { OrganisationId = 1, Period = "2026-Q3", Value = -999_999_999_999.9999m, Note = new string('n', 1000) };
        KpiRegister.ReadingProblems(valid, today).ShouldBeEmpty();
        KpiRegister.ReadingProblems(valid with { Value = -1_000_000_000_000m, Note = new string('n', 1001), Period = " " }, today).ShouldBe(new Dictionary<string, string>
        {
            ["value"] = "The figure must be less than a million million",
            ["note"] = "The note must be 1,000 characters or fewer",
            ["period"] = "Enter the quarter, like 2025-Q3",
        }, ignoreOrder: true);
        KpiRegister.ReadingProblems(valid with { Period = "2101-Q1" }, today)["period"].ShouldBe("Enter the quarter like 2025-Q3: a year from 2000 to 2100 and a quarter from Q1 to Q4");
        KpiRegister.ReadingProblems(valid with { OrganisationId = null, Value = null }, today).ShouldBe(new Dictionary<string, string>
        {
            ["organisationId"] = "Choose the organisation the figure is for",
            ["value"] = "Enter the figure",
        }, ignoreOrder: true);
    }

    [Fact]
    public void Measure_KnowsWhichFigureIsBetter_AndItsRag()
    {
        var lower = new Kpi { Name = "Days", Unit = "days", Direction = KpiDirection.LowerIsBetter, Target = 3, Tolerance = 1 };
        lower.IsBetter(2, 3).ShouldBeTrue();
        lower.IsBetter(3, 3).ShouldBeFalse();
        lower.IsBetter(4, 3).ShouldBeFalse();
        lower.RagOf(3).ShouldBe(Rag.Green);
        lower.RagOf(4).ShouldBe(Rag.Amber);
        lower.RagOf(4.0001m).ShouldBe(Rag.Red);
        var higher = new Kpi { Name = "Calls", Unit = "%", Direction = KpiDirection.HigherIsBetter, Target = 90, Tolerance = -5 };
        higher.IsBetter(91, 90).ShouldBeTrue();
        higher.IsBetter(90, 90).ShouldBeFalse();
        higher.IsBetter(89, 90).ShouldBeFalse();
        higher.RagOf(85).ShouldBe(Rag.Amber, "a tolerance is a distance, whichever its sign");
        higher.RagOf(84.99m).ShouldBe(Rag.Red);
    }

    [Fact]
    public void Benchmark_RanksOnePlacePerFigure_SkippingAfterATie_AndAnEmptyMeasureHasNoPeriod()
    {
        Organisation Org(int id, string name) => new() { Id = id, Name = name };
        var kpi = new Kpi { Name = "Calls", Unit = "%", Direction = KpiDirection.HigherIsBetter, Target = 90, Tolerance = 5 };
        var orgs = new[] { Org(1, "Ashby"), Org(2, "Brook"), Org(3, "Carrow"), Org(4, "Dunmore"), Org(5, "Eden") };
        var figures = new[] { 95m, 88m, 95m, 80m, 88m };
        for (var i = 0; i < orgs.Length; i++)
            kpi.Values.Add(new KpiValue { Organisation = orgs[i], OrganisationId = orgs[i].Id, Period = "2026-Q1", Value = figures[i] });

        var benchmark = KpiBenchmark.Of(kpi);
        benchmark.Kpi.ShouldBeSameAs(kpi);
        benchmark.Standings.Select(s => (s.Rank, s.Organisation.Name, s.Value!.Value, s.Rag))
            .ShouldBe([(1, "Ashby", 95m, Rag.Green), (1, "Carrow", 95m, Rag.Green), (3, "Brook", 88m, Rag.Amber), (3, "Eden", 88m, Rag.Amber), (5, "Dunmore", 80m, Rag.Red)]);

        var empty = KpiBenchmark.Of(new Kpi { Name = "New", Unit = "%" });
        empty.Period.ShouldBeNull();
        empty.Standings.ShouldBeEmpty();
        KpiBenchmark.Of(kpi, new Quarter(2025, 4)).Standings.Select(s => s.Rank).ShouldBe([null, null, null, null, null]);
    }

    // Applications

    private static ApplicationDetails Entry(Registers r, string product = "Civica  Revenues") => new()
    {
        BodyId = r.Council,
        OrganisationId = r.Ashby,
        Product = $"  {product} ",
        SupplierName = " Civica UK Ltd ",
        ProductVersion = " 5.2 ",
        Hosting = Hosting.Cloud,
        RenewalDate = new DateOnly(2027, 3, 31),
        Users = 120,
        OfferedAsSharedService = true,
        Notes = "  ",
        Satisfaction = 4,
        SatisfactionComment = " Reliable ",
        AppraisalRestricted = true,
    };

    [Fact]
    public async Task AnEntry_IsStoredWithOneSpaceBetweenWords_AndItsAppraisalApart()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(r.Clerk);

        var added = await ApplicationCatalogue.AddAsync(db, Entry(r));

        using var read = r.Open(Viewer.System);
        var a = await read.Applications.Include(a => a.Appraisal).SingleAsync(a => a.Id == added.Id);
        (a.Product, a.ProductKey, a.SupplierName, a.ProductVersion, a.Notes).ShouldBe(("Civica Revenues", "civica revenues", "Civica UK Ltd", "5.2", (string?)null));
        (a.BodyId, a.OrganisationId, a.Hosting, a.RenewalDate, a.Users, a.OfferedAsSharedService, a.AppraisalRestricted)
            .ShouldBe((r.Council, r.Ashby, Hosting.Cloud, (DateOnly?)new DateOnly(2027, 3, 31), (int?)120, true, true));
        (a.Appraisal!.Satisfaction, a.Appraisal.Comment).ShouldBe(((int?)4, "Reliable"));
        ApplicationDetails.From(a).ShouldBe(Entry(r) with { Product = "Civica Revenues", SupplierName = "Civica UK Ltd", ProductVersion = "5.2", Notes = null, SatisfactionComment = "Reliable" });
    }

    [Fact]
    public async Task AnEntry_IsChangedMovedAndDeletedOnlyByItsCataloguesClerks()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(r.Clerk);
        var entry = await ApplicationCatalogue.AddAsync(db, Entry(r));
        var version = entry.Version;

        await ApplicationCatalogue.UpdateAsync(db, entry, Entry(r) with { Satisfaction = 2, SatisfactionComment = null });
        entry.Appraisal!.Satisfaction.ShouldBe(2);
        entry.Appraisal.Comment.ShouldBeNull();
        entry.Version.ShouldBeGreaterThan(version, "a change to the appraisal alone is a change to the entry");
        await Should.ThrowAsync<EditNotAllowedException>(() => ApplicationCatalogue.UpdateAsync(db, entry, Entry(r) with { BodyId = r.Panel }));

        using var member = r.Open(new Viewer { UserId = "m", MemberOf = [r.Council] });
        var seen = await member.Applications.Include(a => a.Appraisal).SingleAsync();
        await Should.ThrowAsync<EditNotAllowedException>(() => ApplicationCatalogue.UpdateAsync(member, seen, Entry(r)));
        await Should.ThrowAsync<EditNotAllowedException>(() => ApplicationCatalogue.DeleteAsync(member, seen));
        await Should.ThrowAsync<EditNotAllowedException>(() => ApplicationCatalogue.AddAsync(member, Entry(r, "Other")));
        (await Should.ThrowAsync<InvalidInputException>(() => ApplicationCatalogue.AddAsync(member, Entry(r) with { BodyId = null })))
            .Problems.ShouldBe(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose catalogue keeps the application" });

        await ApplicationCatalogue.DeleteAsync(db, entry);
        using var read = r.Open(Viewer.System);
        (await read.Applications.CountAsync()).ShouldBe(0);
        (await read.ApplicationAppraisals.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AnEntry_NamesAKnownBodyOrganisationAndContract_AndTheSameProductOncePerOrganisation()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(Viewer.System);
        (await Should.ThrowAsync<InvalidInputException>(() => ApplicationCatalogue.AddAsync(db, Entry(r) with { BodyId = 999, OrganisationId = 998, ContractId = 997 })))
            .Problems.ShouldBe(new Dictionary<string, string>
            {
                ["bodyId"] = "Choose the body whose catalogue keeps the application",
                ["organisationId"] = "Choose the organisation that runs the application",
                ["contractId"] = "Choose a contract from the contracts register",
            }, ignoreOrder: true);

        var first = await ApplicationCatalogue.AddAsync(db, Entry(r));
        (await Should.ThrowAsync<InvalidInputException>(() => ApplicationCatalogue.AddAsync(db, Entry(r, "CIVICA revenues"))))
            .Problems.ShouldBe(new Dictionary<string, string> { ["product"] = "The organisation already has CIVICA revenues in this catalogue: edit that entry instead" });
        (await ApplicationCatalogue.ProblemsAsync(db, Entry(r), first.Id)).ShouldBeEmpty();
        (await ApplicationCatalogue.AddAsync(db, Entry(r) with { OrganisationId = r.Brook })).Id.ShouldBeGreaterThan(first.Id);
        (await ApplicationCatalogue.AddAsync(db, Entry(r) with { BodyId = r.Panel })).BodyId.ShouldBe(r.Panel);
    }

    [Fact]
    public void EntryProblems_MarkEachLimit()
    {
        var valid = new ApplicationDetails { BodyId = 1, OrganisationId = 1, Product = "P", SupplierName = "S", Hosting = Hosting.OnPremises };
        ApplicationCatalogue.Problems(valid).ShouldBeEmpty();
        ApplicationCatalogue.Problems(valid with
        {
            Product = new string('p', 200),
            SupplierName = new string('s', 200),
            ProductVersion = new string('v', 50),
            Notes = new string('n', 2000),
            SatisfactionComment = new string('c', 2000),
            Users = ApplicationCatalogue.MaxUsers,
        }).ShouldBeEmpty();
        ApplicationCatalogue.Problems(valid with { Users = 0 }).ShouldBeEmpty();
        ApplicationCatalogue.Problems(valid with
        {
            Product = new string('p', 201),
            SupplierName = new string('s', 201),
            ProductVersion = new string('v', 51),
            Notes = new string('n', 2001),
            SatisfactionComment = new string('c', 2001),
            Users = ApplicationCatalogue.MaxUsers + 1,
        }).ShouldBe(new Dictionary<string, string>
        {
            ["product"] = "The product's name must be 200 characters or fewer",
            ["supplierName"] = "The supplier's name must be 200 characters or fewer",
            ["productVersion"] = "The version must be 50 characters or fewer",
            ["notes"] = "The notes must be 2,000 characters or fewer",
            ["satisfactionComment"] = "The comment must be 2,000 characters or fewer",
            ["users"] = "The number of users must be from 0 to 10,000,000",
        }, ignoreOrder: true);
        ApplicationCatalogue.Problems(valid with { Product = null, SupplierName = " ", Hosting = (Hosting)5 }).ShouldBe(new Dictionary<string, string>
        {
            ["product"] = "Enter the product's name, like Civica Revenues",
            ["supplierName"] = "Enter the supplier's name",
            ["hosting"] = "Choose where the application runs: on premises or in the cloud",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task TheCatalogueFilter_NarrowsByEachFieldGiven()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(Viewer.System);
        await ApplicationCatalogue.AddAsync(db, Entry(r, "Civica Revenues"));
        await ApplicationCatalogue.AddAsync(db, Entry(r, "Granicus Website") with { SupplierName = "Granicus", Hosting = Hosting.OnPremises, OfferedAsSharedService = false });
        await ApplicationCatalogue.AddAsync(db, Entry(r, "Civica Pay") with { OrganisationId = r.Brook, OfferedAsSharedService = false });
        await ApplicationCatalogue.AddAsync(db, Entry(r, "Audit Tracker") with { BodyId = r.Panel, SupplierName = "Pentana" });

        string[] Products(ApplicationFilter filter) => [.. filter.Apply(db.Applications).Select(a => a.Product).AsEnumerable().Order(StringComparer.Ordinal)];

        Products(new ApplicationFilter()).ShouldBe(["Audit Tracker", "Civica Pay", "Civica Revenues", "Granicus Website"]);
        Products(new ApplicationFilter(Body: "AP")).ShouldBe(["Audit Tracker"]);
        Products(new ApplicationFilter(Body: " ", Product: " ", Supplier: " ")).Length.ShouldBe(4);
        Products(new ApplicationFilter(Organisation: r.Brook)).ShouldBe(["Civica Pay"]);
        Products(new ApplicationFilter(Product: "  CIVICA   rev")).ShouldBe(["Civica Revenues"]);
        Products(new ApplicationFilter(Supplier: " civica uk ")).ShouldBe(["Civica Pay", "Civica Revenues"]);
        Products(new ApplicationFilter(Hosting: Hosting.OnPremises)).ShouldBe(["Granicus Website"]);
        Products(new ApplicationFilter(SharedServicesOnly: true)).ShouldBe(["Audit Tracker", "Civica Revenues"]);
    }

    [Fact]
    public void TheMatrix_CountsOrganisations_AndSaysWhenAnyOffersItAsASharedService()
    {
        Organisation Org(int id, string name) => new() { Id = id, Name = name };
        var (first, second) = (Org(1, "brook lower case"), Org(2, "Ashby"));
        Application App(int id, Organisation o, string product, bool shared) => new()
        {
            Id = id,
            Organisation = o,
            OrganisationId = o.Id,
            Product = product,
            ProductKey = ApplicationCatalogue.ProductKey(product),
            SupplierName = "S",
            OfferedAsSharedService = shared,
        };

        var matrix = ApplicationMatrix.Of([App(5, first, "civica revenues", false), App(3, first, "Civica Revenues", false), App(4, second, "Civica Revenues", true), App(6, second, "Zeta", false), App(7, first, "alpha", false)]);

        matrix.Organisations.Select(o => o.Name).ShouldBe(["Ashby", "brook lower case"]);
        matrix.Rows.Select(x => (x.Product, x.Organisations, x.OfferedAsSharedService)).ShouldBe([("Civica Revenues", 2, true), ("alpha", 1, false), ("Zeta", 1, false)]);
        matrix.Rows[0].ByOrganisation[first.Id].Id.ShouldBe(3, "the first saved of an organisation's entries");
        matrix.Rows[0].ProductKey.ShouldBe("civica revenues");
    }

    // Projects

    private static ProjectDetails Project(Registers r, string name = "Data centre consolidation") => new()
    {
        BodyId = r.Council,
        OrganisationId = r.Ashby,
        Name = $"  {name} ",
        Description = " Move to the cloud ",
        Stage = ProjectStage.Delivery,
        Budget = 450_000.005m,
        Rag = Rag.Amber,
    };

    [Fact]
    public async Task AProject_IsStoredTrimmed_WithItsBudgetToThePenny()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(r.Clerk);

        var added = await ProjectListing.AddAsync(db, Project(r));

        using var read = r.Open(Viewer.System);
        var p = await read.Projects.SingleAsync(p => p.Id == added.Id);
        (p.BodyId, p.OrganisationId, p.Name, p.Description, p.Stage, p.Budget, p.Rag, p.WorkstreamId)
            .ShouldBe((r.Council, r.Ashby, "Data centre consolidation", "Move to the cloud", ProjectStage.Delivery, (decimal?)450_000.01m, Rag.Amber, (int?)null));
        ProjectDetails.From(p).ShouldBe(Project(r) with { Name = "Data centre consolidation", Description = "Move to the cloud", Budget = 450_000.01m });
        var bare = await ProjectListing.AddAsync(db, Project(r, "Bare") with { Description = " ", Budget = null });
        (bare.Description, bare.Budget).ShouldBe(((string?)null, (decimal?)null));
    }

    [Fact]
    public async Task AProject_IsChangedMovedAndDeletedOnlyByItsListingsClerks()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(r.Clerk);
        var project = await ProjectListing.AddAsync(db, Project(r));

        await ProjectListing.UpdateAsync(db, project, Project(r) with { Rag = Rag.Red, Stage = ProjectStage.Closed });
        (project.Rag, project.Stage).ShouldBe((Rag.Red, ProjectStage.Closed));
        await Should.ThrowAsync<EditNotAllowedException>(() => ProjectListing.UpdateAsync(db, project, Project(r) with { BodyId = r.Panel }));
        (await Should.ThrowAsync<InvalidInputException>(() => ProjectListing.UpdateAsync(db, project, Project(r) with { BodyId = null })))
            .Problems.ShouldBe(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose listing keeps the project" });

        using var member = r.Open(new Viewer { UserId = "m", MemberOf = [r.Council] });
        var seen = await member.Projects.SingleAsync();
        await Should.ThrowAsync<EditNotAllowedException>(() => ProjectListing.UpdateAsync(member, seen, Project(r)));
        await Should.ThrowAsync<EditNotAllowedException>(() => ProjectListing.DeleteAsync(member, seen));
        await Should.ThrowAsync<EditNotAllowedException>(() => ProjectListing.AddAsync(member, Project(r)));

        using var admin = r.Open(Viewer.System);
        var moved = await admin.Projects.SingleAsync();
        await ProjectListing.UpdateAsync(admin, moved, Project(r) with { BodyId = r.Panel });
        moved.BodyId.ShouldBe(r.Panel);
        await ProjectListing.DeleteAsync(admin, moved);
        (await admin.Projects.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AProject_NamesAKnownBodyOrganisationAndWorkstream()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(Viewer.System);
        (await Should.ThrowAsync<InvalidInputException>(() => ProjectListing.AddAsync(db, Project(r) with { BodyId = 999, OrganisationId = 998, WorkstreamId = 997 })))
            .Problems.ShouldBe(new Dictionary<string, string>
            {
                ["bodyId"] = "Choose the body whose listing keeps the project",
                ["organisationId"] = "Choose the organisation whose project it is",
                ["workstreamId"] = "Choose a workstream of a programme",
            }, ignoreOrder: true);
    }

    [Fact]
    public void ProjectProblems_MarkEachLimit()
    {
        var valid = new ProjectDetails { BodyId = 1, OrganisationId = 1, Name = "P", Stage = ProjectStage.Idea, Rag = Rag.Green };
        ProjectListing.Problems(valid).ShouldBeEmpty();
        ProjectListing.Problems(valid with { Name = new string('n', 300), Description = new string('d', 4000), Budget = 0 }).ShouldBeEmpty();
        ProjectListing.Problems(valid with { Budget = 100_000_000_000m }).ShouldBeEmpty();
        ProjectListing.Problems(valid with { Name = new string('n', 301), Description = new string('d', 4001), Budget = 100_000_000_000.01m }).ShouldBe(new Dictionary<string, string>
        {
            ["name"] = "The name must be 300 characters or fewer",
            ["description"] = "The description must be 4,000 characters or fewer",
            ["budget"] = "The budget must be less than £100 billion",
        }, ignoreOrder: true);
        ProjectListing.Problems(valid with { Name = null, Stage = (ProjectStage)9, Rag = (Rag)9, BodyId = null, OrganisationId = null }).ShouldBe(new Dictionary<string, string>
        {
            ["name"] = "Enter the project's name",
            ["stage"] = "Choose the stage: idea, business case, delivery or closed",
            ["rag"] = "Choose the status: red, amber or green",
            ["bodyId"] = "Choose the body whose listing keeps the project",
            ["organisationId"] = "Choose the organisation whose project it is",
        }, ignoreOrder: true);
        ProjectListing.StageLabel((ProjectStage)9).ShouldBe("9");
    }

    [Fact]
    public async Task TheListingFilter_NarrowsByEachFieldGiven()
    {
        using var r = await RegistersAsync();
        using var db = r.Open(Viewer.System);
        var programme = new Programme { BodyId = r.Council, Name = "Digital", Workstreams = [new Workstream { Name = "Platforms" }] };
        db.Programmes.Add(programme);
        await db.SaveChangesAsync();
        var workstream = programme.Workstreams[0].Id;
        await ProjectListing.AddAsync(db, Project(r, "Data centre") with { WorkstreamId = workstream });
        await ProjectListing.AddAsync(db, Project(r, "New website") with { Stage = ProjectStage.Idea, Rag = Rag.Green });
        await ProjectListing.AddAsync(db, Project(r, "Brook data") with { OrganisationId = r.Brook, Rag = Rag.Red });
        await ProjectListing.AddAsync(db, Project(r, "Audit plan") with { BodyId = r.Panel });

        string[] Names(ProjectFilter filter) => [.. filter.Apply(db.Projects).Select(p => p.Name).AsEnumerable().Order(StringComparer.Ordinal)];

        Names(new ProjectFilter()).ShouldBe(["Audit plan", "Brook data", "Data centre", "New website"]);
        Names(new ProjectFilter(Body: "AP")).ShouldBe(["Audit plan"]);
        Names(new ProjectFilter(Body: " ", Text: " ")).Length.ShouldBe(4);
        Names(new ProjectFilter(Organisation: r.Brook)).ShouldBe(["Brook data"]);
        Names(new ProjectFilter(Stage: ProjectStage.Idea)).ShouldBe(["New website"]);
        Names(new ProjectFilter(Rag: Rag.Red)).ShouldBe(["Brook data"]);
        Names(new ProjectFilter(Workstream: workstream)).ShouldBe(["Data centre"]);
        Names(new ProjectFilter(Text: " DATA ")).ShouldBe(["Brook data", "Data centre"]);
    }
}
