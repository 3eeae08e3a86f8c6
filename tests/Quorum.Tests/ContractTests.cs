using Quorum.Contracts;

namespace Quorum.Tests;

public class ContractTests
{
    private static Contract Ending(DateOnly end, int extensionMonths = 0, int? noticeMonths = null) => new()
    {
        Title = "Hosting",
        Category = "Hosting",
        SupplierName = "Kestrel Digital Ltd",
        StartDate = end.AddYears(-3).AddDays(1),
        EndDate = end,
        ExtensionMonths = extensionMonths,
        NoticeMonths = noticeMonths,
    };

    private static ContractDetails Valid => new()
    {
        BodyId = 1,
        OrganisationId = 2,
        Title = "Data centre hosting",
        Category = "Hosting",
        SupplierName = "Kestrel Digital Ltd",
        StartDate = new DateOnly(2025, 4, 1),
        EndDate = new DateOnly(2028, 3, 31),
    };

    [Theory]
    [InlineData(null, ValueBand.NotKnown)]
    [InlineData(0.0, ValueBand.Under5Thousand)]
    [InlineData(4999.99, ValueBand.Under5Thousand)]
    [InlineData(5000.0, ValueBand.From5ThousandTo25Thousand)]
    [InlineData(24999.0, ValueBand.From5ThousandTo25Thousand)]
    [InlineData(25000.0, ValueBand.From25ThousandTo100Thousand)]
    [InlineData(100000.0, ValueBand.From100ThousandTo500Thousand)]
    [InlineData(500000.0, ValueBand.From500ThousandTo1Million)]
    [InlineData(999999.99, ValueBand.From500ThousandTo1Million)]
    [InlineData(1000000.0, ValueBand.OneMillionOrMore)]
    public void ValueBand_EdgeBelongsToTheBandAbove(double? value, ValueBand band)
    {
        ValueBands.Of((decimal?)value).ShouldBe(band);
    }

    [Fact]
    public void ValueBand_WithoutAWholeLifeValue_IsTheAnnualValueOverTheContractsLength()
    {
        var start = new DateOnly(2026, 1, 1);
        // Six months at £40,000 a year is about £20,000: under £25,000.
        ValueBands.Of(null, 40_000m, start, new DateOnly(2026, 6, 30)).ShouldBe(ValueBand.From5ThousandTo25Thousand);
        // Three years at £40,000 a year is £120,000.
        ValueBands.Of(null, 40_000m, start, new DateOnly(2028, 12, 31)).ShouldBe(ValueBand.From100ThousandTo500Thousand);
        // A whole-life value, when given, decides.
        ValueBands.Of(30_000m, 40_000m, start, new DateOnly(2028, 12, 31)).ShouldBe(ValueBand.From25ThousandTo100Thousand);
        ValueBands.Of(null, null, start, new DateOnly(2028, 12, 31)).ShouldBe(ValueBand.NotKnown);
        ValueBands.Label(ValueBand.OneMillionOrMore).ShouldBe("£1 million or more");
    }

    [Fact]
    public void NoticeDate_IsTheEndDateLessTheNoticePeriod_AndLatestEndTakesEveryExtension()
    {
        var contract = Ending(new DateOnly(2027, 3, 31), extensionMonths: 24, noticeMonths: 6);

        contract.NoticeBy.ShouldBe(new DateOnly(2026, 9, 30));
        contract.LatestEndDate.ShouldBe(new DateOnly(2029, 3, 31));
        contract.NoticeHasPassedOn(new DateOnly(2026, 9, 30)).ShouldBeFalse();
        contract.NoticeHasPassedOn(new DateOnly(2026, 10, 1)).ShouldBeTrue();
        Ending(new DateOnly(2027, 3, 31)).NoticeBy.ShouldBeNull("an unknown notice period gives no date, not the end date");
    }

    [Fact]
    public void State_FollowsTheDates_TheEndDateItselfIsStillCurrent()
    {
        var contract = Ending(new DateOnly(2027, 3, 31));

        contract.StateOn(contract.StartDate.AddDays(-1)).ShouldBe(ContractState.NotStarted);
        contract.StateOn(contract.StartDate).ShouldBe(ContractState.Current);
        contract.StateOn(new DateOnly(2027, 3, 31)).ShouldBe(ContractState.Current);
        contract.StateOn(new DateOnly(2027, 4, 1)).ShouldBe(ContractState.Ended);
    }

    [Fact]
    public void AlignmentWindow_HighlightsEndsInside_AndEndsAnExtensionCanCarryInside()
    {
        var window = new AlignmentWindow(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31));

        window.Fit(Ending(new DateOnly(2027, 1, 1))).ShouldBe(WindowFit.EndsInWindow);
        window.Fit(Ending(new DateOnly(2027, 12, 31))).ShouldBe(WindowFit.EndsInWindow);
        window.Fit(Ending(new DateOnly(2026, 6, 30), extensionMonths: 12)).ShouldBe(WindowFit.CanBeExtendedIntoWindow);
        window.Fit(Ending(new DateOnly(2026, 6, 30), extensionMonths: 3)).ShouldBe(WindowFit.Outside);
        window.Fit(Ending(new DateOnly(2026, 12, 31))).ShouldBe(WindowFit.Outside);
        window.Fit(Ending(new DateOnly(2028, 1, 1))).ShouldBe(WindowFit.Outside, "an extension makes a contract longer, never shorter");
    }

    [Fact]
    public void AlignmentWindow_MustNotEndBeforeItStarts()
    {
        var refused = Should.Throw<InvalidInputException>(() => new AlignmentWindow(new DateOnly(2027, 1, 1), new DateOnly(2026, 12, 31)));
        refused.Problems.Keys.ShouldBe(["to"]);
        AlignmentWindow.Default(new DateOnly(2026, 5, 1)).To.ShouldBe(new DateOnly(2027, 4, 30));
    }

    [Fact]
    public void Problems_NameEachField()
    {
        ContractRegister.Problems(Valid).ShouldBeEmpty();

        var problems = ContractRegister.Problems(Valid with
        {
            Title = " ",
            SupplierName = null,
            EndDate = new DateOnly(2025, 3, 31),
            WholeLifeValue = -1,
            SupplierCompanyNumber = "12-34",
            NoticeUrl = "javascript:alert(1)",
            ExtensionMonths = 121,
        });

        problems.Keys.ShouldBe(["title", "supplierName", "supplierCompanyNumber", "wholeLifeValue", "endDate", "extensionMonths", "noticeUrl"], ignoreOrder: true);
        problems["endDate"].ShouldBe("The end date must be on or after the start date");
    }

    [Fact]
    public void Problems_RefuseANoticePeriodLongerThanTheContract_AndAReviewOutsideIt()
    {
        var problems = ContractRegister.Problems(Valid with { EndDate = new DateOnly(2025, 9, 30), NoticeMonths = 7, ReviewDate = new DateOnly(2026, 1, 1) });

        problems["noticeMonths"].ShouldBe("The notice period is longer than the contract");
        problems["reviewDate"].ShouldBe("The review date must fall between the start and end dates");
    }

    [Theory]
    [InlineData("01234567", "01234567")]
    [InlineData("sc 123456", "SC123456")]
    [InlineData("1234567", "01234567")]
    [InlineData("", null)]
    public void CompanyNumber_IsWrittenAsCompaniesHouseDoes(string text, string? expected)
    {
        ContractRegister.CompanyNumber(text).ShouldBe(expected);
        if (expected is not null)
            ContractRegister.Problems(Valid with { SupplierCompanyNumber = text }).ShouldBeEmpty();
    }

    [Fact]
    public void Layout_ReadsItsOwnColumns_AndOtherRegistersHeadings()
    {
        IReadOnlyList<IReadOnlyList<string>> table =
        [
            [],
            ["Organisation name", "Contract reference", "Title", "Supplier", "Contract value", "Start", "End", "Procurement type", "Colour"],
            ["Eastbrook District Council", "EDC-001", "Telephony", "Ringo plc", "£12,500.50", "01/04/2025", "31 March 2028", "Published invitation to tender", "red"],
            ["", "", "", "", "", "", "", "", ""],
            ["Eastbrook District Council", "EDC-002", "Print", "Inky Ltd", "lots", "2025-02-30", "2028-03-31", "Quote", "blue"],
        ];

        var rows = TransparencyCodeLayout.Read(table, out var warnings);

        warnings.ShouldHaveSingleItem().ShouldContain("Colour");
        rows.Count.ShouldBe(2);
        var first = rows[0];
        first.Line.ShouldBe(3);
        first.OrganisationName.ShouldBe("Eastbrook District Council");
        first.Details.WholeLifeValue.ShouldBe(12500.50m);
        first.Details.StartDate.ShouldBe(new DateOnly(2025, 4, 1));
        first.Details.EndDate.ShouldBe(new DateOnly(2028, 3, 31));
        first.Details.ProcurementRoute.ShouldBe(ProcurementRoute.PublishedInvitationToTender);
        first.Problems.ShouldBeEmpty();
        rows[1].Line.ShouldBe(5);
        rows[1].Problems.Keys.ShouldBe(["wholeLifeValue", "startDate"], ignoreOrder: true);
        rows[1].Details.ProcurementRoute.ShouldBe(ProcurementRoute.InvitationToQuote);
    }

    [Fact]
    public void Layout_RefusesATableWithoutTheColumnsEveryContractNeeds()
    {
        var refused = Should.Throw<InvalidInputException>(() => TransparencyCodeLayout.Read([["Title", "Supplier name"], ["Hosting", "Kestrel"]], out _));
        refused.Problems["file"].ShouldContain("Organisation, Start date, End date");
    }
}
