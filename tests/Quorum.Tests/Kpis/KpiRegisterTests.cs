using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Kpis;
using Quorum.People;

namespace Quorum.Tests.Kpis;

/// <summary>The KPI register kept through its operations, on a database: measures added and changed, figures recorded, measures read with their figures.</summary>
public sealed class KpiRegisterTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 8, 15);

    // The register reads through filtered queries: each compiled afresh, so that it is read as the code now has it.
    private readonly InMemoryQuorum quorum = InMemoryQuorum.CompilingEveryQuery();
    private readonly Seeded data;

    public KpiRegisterTests() => data = Seed();

    public void Dispose() => quorum.Dispose();

    private sealed record Seeded(int Leaders, int Panel, int Ashby, int Brook);

    private Seeded Seed()
    {
        using var db = Open(Viewer.System);
        var leaders = new Body { Name = "Digital Leaders", ShortName = "DL", ActionPrefix = "DL" };
        var panel = new Body { Name = "Audit Panel", ShortName = "AP", ActionPrefix = "AP" };
        var ashby = new Organisation { Name = "Ashby Borough Council" };
        var brook = new Organisation { Name = "Brook District Council" };
        db.AddRange(leaders, panel, ashby, brook);
        db.SaveChanges();
        return new Seeded(leaders.Id, panel.Id, ashby.Id, brook.Id);
    }

    private QuorumDb Open(Viewer viewer)
    {
        var db = quorum.Open(viewer);
        db.Clock = new FixedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        return db;
    }

    private static Viewer ClerkOf(int body) => new() { UserId = "clerk", ClerkOf = [body] };

    private KpiDetails Measure(string name = "Calls answered first time") => new()
    {
        BodyId = data.Leaders,
        Name = name,
        Unit = "%",
        Direction = KpiDirection.HigherIsBetter,
        Target = 90,
        Tolerance = 5,
    };

    private async Task<Kpi> AddAsync(KpiDetails details)
    {
        using var db = Open(Viewer.System);
        return await KpiRegister.AddAsync(db, details);
    }

    private async Task<Kpi> ReadAsync(int id)
    {
        using var db = Open(Viewer.System);
        return await db.Kpis.AsNoTracking().SingleAsync(k => k.Id == id);
    }

    [Fact]
    public async Task Adding_KeepsTheFieldsTrimmed_TheFiguresToFourPlaces_AndNoToleranceAsNone()
    {
        var added = await AddAsync(Measure() with
        {
            Name = "  Days to fix  ",
            Definition = "  ",
            Unit = " days ",
            Direction = KpiDirection.LowerIsBetter,
            Target = 2.00005m,
            Tolerance = null,
            Restricted = true,
        });

        var kpi = await ReadAsync(added.Id);
        (kpi.BodyId, kpi.Name, kpi.Definition, kpi.Unit).ShouldBe((data.Leaders, "Days to fix", (string?)null, "days"));
        (kpi.Direction, kpi.Target, kpi.Tolerance, kpi.Restricted).ShouldBe((KpiDirection.LowerIsBetter, 2.0001m, 0m, true));

        var defined = await AddAsync(Measure("Uptime") with { Definition = " Minutes up over minutes in the quarter ", Tolerance = 0.12345m, Target = -1.00005m });
        var uptime = await ReadAsync(defined.Id);
        (uptime.Definition, uptime.Tolerance, uptime.Target).ShouldBe(("Minutes up over minutes in the quarter", 0.1235m, -1.0001m));
    }

    [Fact]
    public async Task AMeasureRefused_IsNotSaved()
    {
        using var db = Open(Viewer.System);

        var refused = await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.AddAsync(db, Measure() with { Unit = " " }));

        refused.Problems.ShouldBe(new Dictionary<string, string> { ["unit"] = "Enter the unit, like % or days" });
        (await db.Kpis.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AMeasureOfNoBodyOrAnUnknownBody_IsRefused()
    {
        using var db = Open(Viewer.System);

        var none = await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.AddAsync(db, Measure() with { BodyId = null }));
        none.Problems.ShouldBe(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose register keeps the measure" });
        var unknown = await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.AddAsync(db, Measure() with { BodyId = 999 }));
        unknown.Problems.ShouldBe(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose register keeps the measure" });
    }

    [Fact]
    public async Task AName_IsTakenOnlyWithinItsOwnRegister_AndNotFromTheMeasureItself()
    {
        var calls = await AddAsync(Measure());
        using var db = Open(Viewer.System);

        (await KpiRegister.ProblemsAsync(db, Measure(" Calls answered first time "), null))["name"]
            .ShouldBe("The register already has a measure called Calls answered first time");
        (await KpiRegister.ProblemsAsync(db, Measure(), calls.Id)).ShouldBeEmpty();
        (await KpiRegister.ProblemsAsync(db, Measure() with { BodyId = data.Panel }, null)).ShouldBeEmpty();
        (await KpiRegister.ProblemsAsync(db, Measure("Calls abandoned"), null)).ShouldBeEmpty();
        // A name already wrong is not also said to be taken.
        (await KpiRegister.ProblemsAsync(db, Measure(new string('n', 201)), null))["name"].ShouldBe("The name must be 200 characters or fewer");
    }

    [Fact]
    public async Task Changing_RewritesTheMeasure_AndKeepsItsOwnName()
    {
        var added = await AddAsync(Measure());
        using (var db = Open(ClerkOf(data.Leaders)))
        {
            var kpi = await db.Kpis.SingleAsync(k => k.Id == added.Id);
            await KpiRegister.UpdateAsync(db, kpi, Measure() with { Definition = " Calls closed on the first call ", Target = 95, Tolerance = 2.5m, Restricted = true });
        }

        var read = await ReadAsync(added.Id);
        (read.Name, read.Definition, read.Target, read.Tolerance, read.Restricted).ShouldBe(("Calls answered first time", "Calls closed on the first call", 95m, 2.5m, true));
    }

    [Fact]
    public async Task AChangeRefused_LeavesTheMeasureAsItWas()
    {
        var added = await AddAsync(Measure());
        await AddAsync(Measure("Calls abandoned"));
        using (var db = Open(ClerkOf(data.Leaders)))
        {
            var kpi = await db.Kpis.SingleAsync(k => k.Id == added.Id);
            var refused = await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.UpdateAsync(db, kpi, Measure("Calls abandoned") with { Target = 50 }));
            refused.Problems.Keys.ShouldBe(["name"]);
        }

        var read = await ReadAsync(added.Id);
        (read.Name, read.Target).ShouldBe(("Calls answered first time", 90m));
    }

    [Fact]
    public async Task OnlyTheRegistersClerks_ChangeAMeasure_AndMovingItNeedsTheRightToKeepTheOtherRegister()
    {
        var added = await AddAsync(Measure());

        using (var other = Open(ClerkOf(data.Panel)))
        {
            var seen = await other.Kpis.SingleAsync(k => k.Id == added.Id);
            await Should.ThrowAsync<EditNotAllowedException>(() => KpiRegister.UpdateAsync(other, seen, Measure() with { BodyId = data.Panel }));
        }

        using (var clerk = Open(ClerkOf(data.Leaders)))
        {
            var kpi = await clerk.Kpis.SingleAsync(k => k.Id == added.Id);
            await Should.ThrowAsync<EditNotAllowedException>(() => KpiRegister.UpdateAsync(clerk, kpi, Measure() with { BodyId = data.Panel }));
        }

        (await ReadAsync(added.Id)).BodyId.ShouldBe(data.Leaders);

        using (var both = Open(new Viewer { UserId = "clerk", ClerkOf = [data.Leaders, data.Panel] }))
        {
            var kpi = await both.Kpis.SingleAsync(k => k.Id == added.Id);
            await KpiRegister.UpdateAsync(both, kpi, Measure() with { BodyId = data.Panel });
        }

        (await ReadAsync(added.Id)).BodyId.ShouldBe(data.Panel);
    }

    [Fact]
    public async Task MovingAMeasureToNoBody_IsRefused()
    {
        var added = await AddAsync(Measure());
        using var db = Open(Viewer.System);
        var kpi = await db.Kpis.SingleAsync(k => k.Id == added.Id);

        var refused = await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.UpdateAsync(db, kpi, Measure() with { BodyId = null }));

        refused.Problems.ShouldBe(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose register keeps the measure" });
    }

    [Fact]
    public async Task Recording_KeepsTheFigureToFourPlaces_AndTheNoteTrimmed()
    {
        var added = await AddAsync(Measure());
        using var db = Open(ClerkOf(data.Leaders));
        var kpi = await db.Kpis.SingleAsync(k => k.Id == added.Id);

        var (value, replaced) = await KpiRegister.RecordAsync(db, kpi, new KpiReading { OrganisationId = data.Ashby, Period = "2026 q3", Value = 88.12345m, Note = "  Two weeks estimated  " });
        var (blank, _) = await KpiRegister.RecordAsync(db, kpi, new KpiReading { OrganisationId = data.Brook, Period = "2026-Q3", Value = -0.00005m, Note = "   " });

        replaced.ShouldBeFalse();
        using var read = Open(Viewer.System);
        var rows = await read.KpiValues.AsNoTracking().OrderBy(v => v.Id).ToListAsync();
        rows.Select(v => (v.KpiId, v.OrganisationId, v.Period, v.Value, v.Note)).ShouldBe(
        [
            (kpi.Id, data.Ashby, "2026-Q3", 88.1235m, "Two weeks estimated"),
            (kpi.Id, data.Brook, "2026-Q3", -0.0001m, (string?)null),
        ]);
        rows.Select(v => v.Id).ShouldBe([value.Id, blank.Id]);
    }

    [Fact]
    public async Task AFigureReplacesOnlyTheOneForTheSameMeasureOrganisationAndQuarter()
    {
        var calls = await AddAsync(Measure());
        var abandoned = await AddAsync(Measure("Calls abandoned"));
        using var db = Open(Viewer.System);

        async Task<bool> RecordAsync(Kpi kpi, int organisation, string period, decimal figure) =>
            (await KpiRegister.RecordAsync(db, kpi, new KpiReading { OrganisationId = organisation, Period = period, Value = figure })).Replaced;

        (await RecordAsync(calls, data.Ashby, "2026-Q2", 1)).ShouldBeFalse();
        (await RecordAsync(calls, data.Brook, "2026-Q2", 2)).ShouldBeFalse();
        (await RecordAsync(calls, data.Ashby, "2026-Q1", 3)).ShouldBeFalse();
        (await RecordAsync(abandoned, data.Ashby, "2026-Q2", 4)).ShouldBeFalse();
        (await RecordAsync(calls, data.Ashby, "2026-Q2", 5)).ShouldBeTrue();

        var rows = await db.KpiValues.AsNoTracking().OrderBy(v => v.Id).Select(v => v.Value).ToListAsync();
        rows.ShouldBe([5m, 2m, 3m, 4m]);
    }

    [Fact]
    public async Task OnlyTheRegistersClerks_RecordAFigure_AndARefusedFigureIsNotSaved()
    {
        var added = await AddAsync(Measure());
        var reading = new KpiReading { OrganisationId = data.Ashby, Period = "2026-Q2", Value = 1 };

        using (var member = Open(new Viewer { UserId = "member", MemberOf = [data.Leaders], ClerkOf = [data.Panel] }))
        {
            var kpi = await member.Kpis.SingleAsync(k => k.Id == added.Id);
            await Should.ThrowAsync<EditNotAllowedException>(() => KpiRegister.RecordAsync(member, kpi, reading));
        }

        using (var clerk = Open(ClerkOf(data.Leaders)))
        {
            var kpi = await clerk.Kpis.SingleAsync(k => k.Id == added.Id);
            var refused = await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.RecordAsync(clerk, kpi, reading with { OrganisationId = 999 }));
            refused.Problems.ShouldBe(new Dictionary<string, string> { ["organisationId"] = "Choose the organisation the figure is for" });
            await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.RecordAsync(clerk, kpi, reading with { Value = null }));
        }

        using var read = Open(Viewer.System);
        (await read.KpiValues.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AMeasureIsFoundWithItsRegisterAndItsFigures_EachWithItsOrganisation()
    {
        var calls = await AddAsync(Measure());
        using (var db = Open(Viewer.System))
        {
            await KpiRegister.RecordAsync(db, calls, new KpiReading { OrganisationId = data.Ashby, Period = "2026-Q1", Value = 80 });
            await KpiRegister.RecordAsync(db, calls, new KpiReading { OrganisationId = data.Brook, Period = "2026-Q1", Value = 85 });
        }

        using var read = Open(Viewer.System);
        var found = await KpiRegister.FindWithValuesAsync(read, calls.Id);

        found.ShouldNotBeNull();
        found.Body!.Name.ShouldBe("Digital Leaders");
        found.Values.Select(v => (v.Organisation!.Name, v.Value)).OrderBy(v => v.Name).ShouldBe([("Ashby Borough Council", 80m), ("Brook District Council", 85m)]);
        (await KpiRegister.FindWithValuesAsync(read, 999)).ShouldBeNull();
    }

    [Fact]
    public async Task TheMeasures_AreListedByRegisterThenName_OrOneRegistersAlone()
    {
        await AddAsync(Measure("Uptime"));
        await AddAsync(Measure("Calls answered first time"));
        await AddAsync(Measure("Findings closed") with { BodyId = data.Panel });
        await AddAsync(Measure("Actions overdue") with { BodyId = data.Panel });
        using var db = Open(Viewer.System);

        (await KpiRegister.AllWithValuesAsync(db)).Select(k => (k.Body!.Name, k.Name)).ShouldBe(
        [
            ("Audit Panel", "Actions overdue"),
            ("Audit Panel", "Findings closed"),
            ("Digital Leaders", "Calls answered first time"),
            ("Digital Leaders", "Uptime"),
        ]);
        (await KpiRegister.AllWithValuesAsync(db, data.Leaders)).Select(k => k.Name).ShouldBe(["Calls answered first time", "Uptime"]);
    }

    [Fact]
    public async Task MeasuresOfTheSameName_InRegistersOfTheSameName_AreListedInTheOrderTheyWereAdded()
    {
        int otherPanel;
        using (var setup = Open(Viewer.System))
        {
            var body = new Body { Name = "Audit Panel", ShortName = "AP2", ActionPrefix = "AP2" };
            setup.Bodies.Add(body);
            await setup.SaveChangesAsync();
            otherPanel = body.Id;
        }

        var first = await AddAsync(Measure("Findings closed") with { BodyId = otherPanel });
        var second = await AddAsync(Measure("Findings closed") with { BodyId = data.Panel });
        var third = await AddAsync(Measure("Findings closed") with { BodyId = otherPanel, Name = "Findings opened" });
        using var db = Open(Viewer.System);

        (await KpiRegister.AllWithValuesAsync(db)).Where(k => k.Body!.Name == "Audit Panel").Select(k => k.Id).ShouldBe([first.Id, second.Id, third.Id]);
    }

    [Fact]
    public void FromAMeasure_GivesBackItsDetails()
    {
        var kpi = new Kpi { BodyId = 3, Name = "N", Definition = "D", Unit = "U", Direction = KpiDirection.LowerIsBetter, Target = 4, Tolerance = 1, Restricted = true };

        KpiDetails.From(kpi).ShouldBe(new KpiDetails { BodyId = 3, Name = "N", Definition = "D", Unit = "U", Direction = KpiDirection.LowerIsBetter, Target = 4, Tolerance = 1, Restricted = true });
    }

    [Fact]
    public void AMeasuresFields_HaveTheirLimits_EachSaidInItsOwnWords()
    {
        var valid = Measure();
        KpiRegister.Problems(valid with { Name = new string('n', 200), Definition = new string('d', 4000), Unit = new string('u', 40), Target = 999_999_999_999.9999m, Tolerance = 0 }).ShouldBeEmpty();
        KpiRegister.Problems(valid with { Target = -999_999_999_999.9999m, Tolerance = 999_999_999_999.9999m }).ShouldBeEmpty();

        KpiRegister.Problems(new KpiDetails()).ShouldBe(new Dictionary<string, string>
        {
            ["bodyId"] = "Choose the body whose register keeps the measure",
            ["name"] = "Enter the name of the measure",
            ["unit"] = "Enter the unit, like % or days",
            ["direction"] = "Choose whether a higher or a lower figure is better",
            ["target"] = "Enter the target",
        }, ignoreOrder: true);
        KpiRegister.Problems(valid with { Name = " " + new string('n', 201) + " " }).ShouldBe(new Dictionary<string, string> { ["name"] = "The name must be 200 characters or fewer" });
        KpiRegister.Problems(valid with { Name = " " + new string('n', 200) + " " }).ShouldBeEmpty();
        KpiRegister.Problems(valid with { Definition = new string('d', 4001) }).ShouldBe(new Dictionary<string, string> { ["definition"] = "The definition must be 4,000 characters or fewer" });
        KpiRegister.Problems(valid with { Definition = " " + new string('d', 4000) + " " }).ShouldBeEmpty();
        KpiRegister.Problems(valid with { Unit = new string('u', 41) }).ShouldBe(new Dictionary<string, string> { ["unit"] = "The unit must be 40 characters or fewer" });
        KpiRegister.Problems(valid with { Unit = " " + new string('u', 40) + " " }).ShouldBeEmpty();
        KpiRegister.Problems(valid with { Target = -KpiRegister.Largest }).ShouldBe(new Dictionary<string, string> { ["target"] = "The target must be less than a million million" });
        KpiRegister.Problems(valid with { Tolerance = -0.0001m }).ShouldBe(new Dictionary<string, string> { ["tolerance"] = "The tolerance must be 0 or more: how far short of the target still counts as amber" });
        KpiRegister.Problems(valid with { Tolerance = KpiRegister.Largest }).ShouldBe(new Dictionary<string, string> { ["tolerance"] = "The tolerance must be less than a million million" });
        KpiRegister.Problems(valid with { Direction = KpiDirection.LowerIsBetter }).ShouldBeEmpty();
    }

    [Fact]
    public void AReadingsFields_HaveTheirLimits_EachSaidInItsOwnWords()
    {
        var valid = new KpiReading { OrganisationId = 1, Period = "2026-Q3", Value = 999_999_999_999.9999m, Note = new string('n', 1000) };
        KpiRegister.ReadingProblems(valid, Today).ShouldBeEmpty();
        KpiRegister.ReadingProblems(valid with { Value = -999_999_999_999.9999m, Note = " " + new string('n', 1000) + " " }, Today).ShouldBeEmpty();

        KpiRegister.ReadingProblems(new KpiReading { Period = " " }, Today).ShouldBe(new Dictionary<string, string>
        {
            ["organisationId"] = "Choose the organisation the figure is for",
            ["period"] = "Enter the quarter, like 2025-Q3",
            ["value"] = "Enter the figure",
        }, ignoreOrder: true);
        KpiRegister.ReadingProblems(valid with { Period = "1999-Q4" }, Today)["period"]
            .ShouldBe("Enter the quarter like 2025-Q3: a year from 2000 to 2100 and a quarter from Q1 to Q4");
        KpiRegister.ReadingProblems(valid with { Value = KpiRegister.Largest }, Today).ShouldBe(new Dictionary<string, string> { ["value"] = "The figure must be less than a million million" });
        KpiRegister.ReadingProblems(valid with { Value = -KpiRegister.Largest }, Today).Keys.ShouldBe(["value"]);
        KpiRegister.ReadingProblems(valid with { Note = new string('n', 1001) }, Today).ShouldBe(new Dictionary<string, string> { ["note"] = "The note must be 1,000 characters or fewer" });
        // The quarter that holds today may be reported; an earlier one too.
        KpiRegister.ReadingProblems(valid with { Period = "2026-Q1" }, Today).ShouldBeEmpty();
        KpiRegister.ReadingProblems(valid with { Period = "2026-Q4" }, new DateOnly(2026, 10, 1)).ShouldBeEmpty();
    }
}
