using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Kpis;
using Quorum.People;
using Quorum.Programmes;

namespace Quorum.Tests;

public class KpiTests
{
    private static KpiDetails Valid => new()
    {
        BodyId = 1,
        Name = "Calls answered first time",
        Unit = "%",
        Direction = KpiDirection.HigherIsBetter,
        Target = 90,
        Tolerance = 5,
    };

    [Theory]
    [InlineData(95, Rag.Green)]
    [InlineData(90, Rag.Green)]
    [InlineData(89.99, Rag.Amber)]
    [InlineData(85, Rag.Amber)]
    [InlineData(84.99, Rag.Red)]
    public void HigherIsBetter_GreenAtOrAboveTarget_AmberWithinTolerance_RedBeyond(double value, Rag rag)
    {
        KpiRag.Of((decimal)value, 90, 5, KpiDirection.HigherIsBetter).ShouldBe(rag);
    }

    [Theory]
    [InlineData(2, Rag.Green)]
    [InlineData(3, Rag.Green)]
    [InlineData(3.5, Rag.Amber)]
    [InlineData(4, Rag.Amber)]
    [InlineData(4.01, Rag.Red)]
    public void LowerIsBetter_GreenAtOrBelowTarget_AmberWithinTolerance_RedBeyond(double value, Rag rag)
    {
        KpiRag.Of((decimal)value, 3, 1, KpiDirection.LowerIsBetter).ShouldBe(rag);
    }

    [Fact]
    public void NoTolerance_AnythingShortOfTheTargetIsRed()
    {
        KpiRag.Of(89.9m, 90, 0, KpiDirection.HigherIsBetter).ShouldBe(Rag.Red);
        KpiRag.Of(90m, 90, 0, KpiDirection.HigherIsBetter).ShouldBe(Rag.Green);
    }

    [Theory]
    [InlineData("2025-Q3", 2025, 3)]
    [InlineData("2025 Q3", 2025, 3)]
    [InlineData("2025q1", 2025, 1)]
    [InlineData("Q4 2024", 2024, 4)]
    [InlineData(" q2-2026 ", 2026, 2)]
    public void Quarter_ReadsTheWaysPeopleWriteIt(string text, int year, int number)
    {
        Quarter.TryParse(text, out var quarter).ShouldBeTrue();
        quarter.ShouldBe(new Quarter(year, number));
        quarter!.Value.ToString().ShouldBe($"{year}-Q{number}");
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025-Q0")]
    [InlineData("2025-07")]
    [InlineData("1999-Q4")]
    [InlineData("Q3")]
    [InlineData("")]
    [InlineData(null)]
    public void Quarter_RefusesWhatIsNotAQuarter(string? text)
    {
        Quarter.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Quarter_KnowsItsMonthsAndNeighbours_AndSortsInTimeOrderAsText()
    {
        var q = new Quarter(2025, 4);
        q.Months.ShouldBe("October to December 2025");
        q.Next.ShouldBe(new Quarter(2026, 1));
        new Quarter(2026, 1).Previous.ShouldBe(q);
        Quarter.Of(new DateOnly(2026, 12, 1)).ShouldBe(new Quarter(2026, 4));
        string.CompareOrdinal(q.ToString(), q.Next.ToString()).ShouldBeLessThan(0);
    }

    [Fact]
    public void Measure_NeedsANameUnitDirectionAndTarget_AndATolerance_NotBelowZero()
    {
        KpiRegister.Problems(Valid).ShouldBeEmpty();
        var problems = KpiRegister.Problems(new KpiDetails { Tolerance = -1 });
        problems.Keys.ShouldBe(["bodyId", "name", "unit", "direction", "target", "tolerance"], ignoreOrder: true);
        KpiRegister.Problems(Valid with { Direction = (KpiDirection)7 }).Keys.ShouldBe(["direction"]);
        KpiRegister.Problems(Valid with { Target = 1_000_000_000_000m }).Keys.ShouldBe(["target"]);
    }

    [Fact]
    public void Reading_NeedsAnOrganisationAQuarterThatHasBegunAndAFigure()
    {
        var today = new DateOnly(2026, 8, 15);
        KpiRegister.ReadingProblems(new KpiReading { OrganisationId = 1, Period = "2026-Q3", Value = 1 }, today).ShouldBeEmpty();
        KpiRegister.ReadingProblems(new KpiReading { OrganisationId = 1, Period = "2026-Q4", Value = 1 }, today)["period"]
            .ShouldBe("2026-Q4 has not begun yet: the latest quarter that can be reported is 2026-Q3");
        KpiRegister.ReadingProblems(new KpiReading { OrganisationId = 1, Period = "July 2026", Value = 1 }, today)["period"].ShouldStartWith("Enter the quarter like 2025-Q3");
        KpiRegister.ReadingProblems(new KpiReading(), today).Keys.ShouldBe(["organisationId", "period", "value"], ignoreOrder: true);
    }

    [Fact]
    public void Benchmark_RanksBestFirstWhicheverWayIsBetter_SharesTies_AndPutsTheSilentLast()
    {
        var (a, b, c, d) = (Org(1, "Ashby"), Org(2, "Brook"), Org(3, "Carrow"), Org(4, "Dunmore"));
        var kpi = new Kpi { Name = "Days to fix", Unit = "days", Direction = KpiDirection.LowerIsBetter, Target = 3, Tolerance = 1 };
        kpi.Values.AddRange([Value(a, "2025-Q3", 5), Value(b, "2025-Q3", 2.5m), Value(c, "2025-Q3", 3.5m), Value(d, "2025-Q2", 1),
            Value(a, "2025-Q4", 3.5m), Value(b, "2025-Q4", 4.5m), Value(c, "2025-Q4", 3.5m)]);

        var latest = KpiBenchmark.Of(kpi);
        latest.Period.ShouldBe(new Quarter(2025, 4));
        latest.Standings.Select(s => (s.Rank, s.Organisation.Name, s.Rag)).ShouldBe([(1, "Ashby", Rag.Amber), (1, "Carrow", Rag.Amber), (3, "Brook", Rag.Red), ((int?)null, "Dunmore", (Rag?)null)]);

        var earlier = KpiBenchmark.Of(kpi, new Quarter(2025, 3));
        earlier.Standings.Select(s => s.Organisation.Name).ShouldBe(["Brook", "Carrow", "Ashby", "Dunmore"]);

        kpi.Direction = KpiDirection.HigherIsBetter;
        KpiBenchmark.Of(kpi).Standings.Select(s => s.Organisation.Name).ShouldBe(["Brook", "Ashby", "Carrow", "Dunmore"]);
    }

    [Fact]
    public void Benchmark_ListsThoseWhoDidNotReportInTheQuarter_ByName()
    {
        var (a, b, c, d) = (Org(1, "Ashby"), Org(2, "Brook"), Org(3, "Carrow"), Org(4, "Dunmore"));
        var kpi = new Kpi { Name = "Days to fix", Unit = "days", Direction = KpiDirection.LowerIsBetter, Target = 3, Tolerance = 1 };
        kpi.Values.AddRange([Value(d, "2025-Q2", 1), Value(b, "2025-Q2", 2), Value(c, "2025-Q2", 3), Value(a, "2025-Q3", 4)]);

        KpiBenchmark.Of(kpi).Standings.Select(s => (s.Rank, s.Organisation.Name))
            .ShouldBe([(1, "Ashby"), ((int?)null, "Brook"), ((int?)null, "Carrow"), ((int?)null, "Dunmore")]);
    }

    [Fact]
    public async Task RecordingAQuarterAgain_ReplacesTheFigure_AndLeavesOneRow()
    {
        using var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        db.Clock = new FixedClock(new DateTimeOffset(2026, 8, 15, 12, 0, 0, TimeSpan.Zero));
        var organisation = new Organisation { Name = "Ashby Borough Council" };
        var body = new Body { Name = "Digital Leaders", ShortName = "DL", ActionPrefix = "DL" };
        db.AddRange(organisation, body);
        await db.SaveChangesAsync();
        var kpi = await KpiRegister.AddAsync(db, Valid with { BodyId = body.Id });

        var (first, replaced) = await KpiRegister.RecordAsync(db, kpi, new KpiReading { OrganisationId = organisation.Id, Period = "2026 q2", Value = 88.5m });
        replaced.ShouldBeFalse();
        first.Period.ShouldBe("2026-Q2");
        var (second, again) = await KpiRegister.RecordAsync(db, kpi, new KpiReading { OrganisationId = organisation.Id, Period = "2026-Q2", Value = 91m, Note = "Corrected" });
        again.ShouldBeTrue();
        second.Id.ShouldBe(first.Id);

        var rows = await db.KpiValues.Where(v => v.KpiId == kpi.Id).ToListAsync();
        rows.Count.ShouldBe(1);
        rows[0].Value.ShouldBe(91m);
        rows[0].Note.ShouldBe("Corrected");
        (await db.AuditEvents.CountAsync(e => e.EntityType == nameof(KpiValue))).ShouldBe(2);

        var refused = await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.RecordAsync(db, kpi, new KpiReading { OrganisationId = 999, Period = "2026-Q9", Value = 1 }));
        refused.Problems.Keys.ShouldBe(["organisationId", "period"], ignoreOrder: true);
        var duplicate = await Should.ThrowAsync<InvalidInputException>(() => KpiRegister.AddAsync(db, Valid with { BodyId = body.Id }));
        duplicate.Problems["name"].ShouldBe("The register already has a measure called Calls answered first time");
    }

    [Fact]
    public async Task OnlyTheRegistersClerks_ChangeItsMeasures()
    {
        using var quorum = new InMemoryQuorum();
        int bodyId;
        using (var setup = quorum.Open(Viewer.System))
        {
            var body = new Body { Name = "Digital Leaders", ShortName = "DL", ActionPrefix = "DL" };
            setup.Bodies.Add(body);
            await setup.SaveChangesAsync();
            bodyId = body.Id;
        }

        using var member = quorum.Open(new Viewer { UserId = "m", MemberOf = [bodyId] });
        await Should.ThrowAsync<EditNotAllowedException>(() => KpiRegister.AddAsync(member, Valid with { BodyId = bodyId }));
        using var clerk = quorum.Open(new Viewer { UserId = "c", ClerkOf = [bodyId] });
        (await KpiRegister.AddAsync(clerk, Valid with { BodyId = bodyId })).Id.ShouldBeGreaterThan(0);
    }

    private static Organisation Org(int id, string name) => new() { Id = id, Name = name };

    private static KpiValue Value(Organisation organisation, string period, decimal value) =>
        new() { Organisation = organisation, OrganisationId = organisation.Id, Period = period, Value = value };

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
