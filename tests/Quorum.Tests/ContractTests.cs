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

    /// <summary>A cell for every column the importer reads, each a value it reads without a problem.</summary>
    private static readonly Dictionary<string, string> EveryColumn = new()
    {
        [TransparencyCodeLayout.Organisation] = "Eastbrook District Council",
        [TransparencyCodeLayout.Reference] = "EDC-001",
        [TransparencyCodeLayout.Title] = "Hosting",
        [TransparencyCodeLayout.Department] = "Digital",
        [TransparencyCodeLayout.Description] = "Servers and their care",
        [TransparencyCodeLayout.Supplier] = "Kestrel Digital Ltd",
        [TransparencyCodeLayout.CompanyNumber] = "SC123456",
        [TransparencyCodeLayout.Sme] = "Yes",
        [TransparencyCodeLayout.Vcse] = "Yes",
        [TransparencyCodeLayout.WholeLife] = "120000",
        [TransparencyCodeLayout.Annual] = "40000",
        [TransparencyCodeLayout.Vat] = "12.25",
        [TransparencyCodeLayout.Start] = "2025-04-01",
        [TransparencyCodeLayout.End] = "2028-03-31",
        [TransparencyCodeLayout.Review] = "2027-01-01",
        [TransparencyCodeLayout.Route] = "Direct award",
        [TransparencyCodeLayout.Category] = "Hosting",
        [TransparencyCodeLayout.Extension] = "12",
        [TransparencyCodeLayout.Notice] = "3",
        [TransparencyCodeLayout.ManagedBy] = "Ada Manager",
        [TransparencyCodeLayout.NoticeUrl] = "https://find-tender.example/notice/1",
        [TransparencyCodeLayout.Restricted] = "Yes",
    };

    [Theory]
    [InlineData("Organisation name", TransparencyCodeLayout.Organisation)]
    [InlineData("Organisation label", TransparencyCodeLayout.Organisation)]
    [InlineData("Authority", TransparencyCodeLayout.Organisation)]
    [InlineData("Council", TransparencyCodeLayout.Organisation)]
    [InlineData("Reference", TransparencyCodeLayout.Reference)]
    [InlineData("Contract reference", TransparencyCodeLayout.Reference)]
    [InlineData("Contract reference number", TransparencyCodeLayout.Reference)]
    [InlineData("Ref", TransparencyCodeLayout.Reference)]
    [InlineData("Title", TransparencyCodeLayout.Title)]
    [InlineData("Contract title", TransparencyCodeLayout.Title)]
    [InlineData("Department", TransparencyCodeLayout.Department)]
    [InlineData("Directorate", TransparencyCodeLayout.Department)]
    [InlineData("Service area", TransparencyCodeLayout.Department)]
    [InlineData("Description", TransparencyCodeLayout.Description)]
    [InlineData("Description of the goods and/or services", TransparencyCodeLayout.Description)]
    [InlineData("Description of goods and/or services", TransparencyCodeLayout.Description)]
    [InlineData("Supplier", TransparencyCodeLayout.Supplier)]
    [InlineData("Supplier name and details", TransparencyCodeLayout.Supplier)]
    [InlineData("Contractor", TransparencyCodeLayout.Supplier)]
    [InlineData("Vendor", TransparencyCodeLayout.Supplier)]
    [InlineData("Companies House number", TransparencyCodeLayout.CompanyNumber)]
    [InlineData("Company number", TransparencyCodeLayout.CompanyNumber)]
    [InlineData("Supplier registration number", TransparencyCodeLayout.CompanyNumber)]
    [InlineData("Supplier registered company number", TransparencyCodeLayout.CompanyNumber)]
    [InlineData("SME", TransparencyCodeLayout.Sme)]
    [InlineData("Supplier SME", TransparencyCodeLayout.Sme)]
    [InlineData("VCSE", TransparencyCodeLayout.Vcse)]
    [InlineData("Supplier VCSE", TransparencyCodeLayout.Vcse)]
    [InlineData("Whole life value", TransparencyCodeLayout.WholeLife)]
    [InlineData("Total value", TransparencyCodeLayout.WholeLife)]
    [InlineData("Contract value", TransparencyCodeLayout.WholeLife)]
    [InlineData("Value", TransparencyCodeLayout.WholeLife)]
    [InlineData("Annual value", TransparencyCodeLayout.Annual)]
    [InlineData("Estimated annual spending", TransparencyCodeLayout.Annual)]
    [InlineData("Irrecoverable VAT", TransparencyCodeLayout.Vat)]
    [InlineData("VAT not recoverable", TransparencyCodeLayout.Vat)]
    [InlineData("Contract start date", TransparencyCodeLayout.Start)]
    [InlineData("Start", TransparencyCodeLayout.Start)]
    [InlineData("Contract end date", TransparencyCodeLayout.End)]
    [InlineData("End", TransparencyCodeLayout.End)]
    [InlineData("Contract review date", TransparencyCodeLayout.Review)]
    [InlineData("Procurement type", TransparencyCodeLayout.Route)]
    [InlineData("Invitation to quote or tender", TransparencyCodeLayout.Route)]
    [InlineData("Route to market", TransparencyCodeLayout.Route)]
    [InlineData("Extension months", TransparencyCodeLayout.Extension)]
    [InlineData("Extension options (months)", TransparencyCodeLayout.Extension)]
    [InlineData("Notice months", TransparencyCodeLayout.Notice)]
    [InlineData("Notice period", TransparencyCodeLayout.Notice)]
    [InlineData("Contract owner", TransparencyCodeLayout.ManagedBy)]
    [InlineData("Owner", TransparencyCodeLayout.ManagedBy)]
    [InlineData("Contract manager name", TransparencyCodeLayout.ManagedBy)]
    [InlineData("Notice", TransparencyCodeLayout.NoticeUrl)]
    [InlineData("Contract notice", TransparencyCodeLayout.NoticeUrl)]
    [InlineData("Contracts Finder notice", TransparencyCodeLayout.NoticeUrl)]
    [InlineData("Tender document URL", TransparencyCodeLayout.NoticeUrl)]
    [InlineData("Contract category", TransparencyCodeLayout.Category)]
    [InlineData("Service category", TransparencyCodeLayout.Category)]
    [InlineData("Service category label", TransparencyCodeLayout.Category)]
    [InlineData("Restricted", TransparencyCodeLayout.Restricted)]
    public void Layout_ReadsTheHeadingsOtherRegistersUse_AsTheSameColumns(string heading, string column)
    {
        var columns = EveryColumn.Keys.ToList();
        IReadOnlyList<string> cells = [.. columns.Select(c => EveryColumn[c])];
        var ours = TransparencyCodeLayout.Read([columns, cells], out _).ShouldHaveSingleItem();

        var theirs = TransparencyCodeLayout.Read([[.. columns.Select(c => c == column ? heading : c)], cells], out var warnings).ShouldHaveSingleItem();

        warnings.ShouldBeEmpty();
        theirs.Problems.ShouldBeEmpty();
        theirs.OrganisationName.ShouldBe(ours.OrganisationName);
        theirs.Details.ShouldBe(ours.Details);
    }

    [Theory]
    [InlineData("'=SUM(A1)", "=SUM(A1)")]
    [InlineData("'+44 20 7946 0000", "+44 20 7946 0000")]
    [InlineData("'-Print-", "-Print-")]
    [InlineData("'@Print", "@Print")]
    [InlineData("'Print", "'Print")]
    [InlineData("'", "'")]
    public void Layout_TakesOffOnlyTheApostropheAnExportPutsBeforeAFormula(string cell, string title)
    {
        var row = TransparencyCodeLayout.Read([["Organisation", "Title", "Supplier", "Start", "End"], ["EDC", cell, "Inky", "2025-04-01", "2026-03-31"]], out _).ShouldHaveSingleItem();

        row.Details.Title.ShouldBe(title);
    }

    [Fact]
    public void Layout_RefusesATableWithoutTheColumnsEveryContractNeeds()
    {
        var refused = Should.Throw<InvalidInputException>(() => TransparencyCodeLayout.Read([["Title", "Supplier name"], ["Hosting", "Kestrel"]], out _));
        refused.Problems["file"].ShouldContain("Organisation, Start date, End date");
    }

    [Fact]
    public void Layout_AnExportReadBackIn_GivesTheSameContract()
    {
        var contract = new Contract
        {
            Organisation = new People.Organisation { Name = "Eastbrook District Council" },
            Reference = "EDC-001",
            Title = "Hosting",
            Department = "Digital",
            Description = "Servers and their care",
            SupplierName = "Kestrel Digital Ltd",
            SupplierCompanyNumber = "SC123456",
            SupplierIsSme = true,
            SupplierIsVcse = false,
            Terms = new ContractTerms { WholeLifeValue = 120_000.50m, AnnualValue = 40_000m, IrrecoverableVat = 12.25m },
            StartDate = new DateOnly(2025, 4, 1),
            EndDate = new DateOnly(2028, 3, 31),
            ReviewDate = new DateOnly(2027, 1, 1),
            ProcurementRoute = ProcurementRoute.FrameworkCallOff,
            Category = "Hosting",
            ExtensionMonths = 12,
            NoticeMonths = 3,
            ManagedBy = "Ada Manager",
            NoticeUrl = "https://find-tender.example/notice/1",
            ValueBand = ValueBand.From100ThousandTo500Thousand,
            CommercialDetailsRestricted = true,
        };
        var exported = TransparencyCodeLayout.Row(contract);
        exported.Count.ShouldBe(TransparencyCodeLayout.Columns.Count);
        exported[TransparencyCodeLayout.Columns.ToList().IndexOf(TransparencyCodeLayout.Band)].ShouldBe("£100,000 to £499,999");
        exported[TransparencyCodeLayout.Columns.ToList().IndexOf(TransparencyCodeLayout.Route)].ShouldBe("Call-off from a framework");
        exported[TransparencyCodeLayout.Columns.ToList().IndexOf(TransparencyCodeLayout.Sme)].ShouldBe("Yes");
        exported[TransparencyCodeLayout.Columns.ToList().IndexOf(TransparencyCodeLayout.Vcse)].ShouldBe("No");
        IReadOnlyList<IReadOnlyList<string>> table =
        [
            [.. TransparencyCodeLayout.Columns],
            [.. exported.Select(v => v switch
            {
                null => "",
                DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                decimal m => m.ToString(System.Globalization.CultureInfo.InvariantCulture),
                int n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => v.ToString()!,
            })],
        ];

        var row = TransparencyCodeLayout.Read(table, out var warnings).ShouldHaveSingleItem();

        warnings.ShouldBeEmpty();
        row.Problems.ShouldBeEmpty();
        row.OrganisationName.ShouldBe("Eastbrook District Council");
        row.Details.ShouldBe(ContractDetails.From(contract) with { BodyId = null, OrganisationId = null });
    }

    [Theory]
    [InlineData(ProcurementRoute.NotKnown, "Not known")]
    [InlineData(ProcurementRoute.InvitationToQuote, "Invitation to quote")]
    [InlineData(ProcurementRoute.PublishedInvitationToTender, "Published invitation to tender")]
    [InlineData(ProcurementRoute.FrameworkCallOff, "Call-off from a framework")]
    [InlineData(ProcurementRoute.DirectAward, "Direct award")]
    public void Layout_NamesEachProcurementRoute_AndReadsItsNameBack(ProcurementRoute route, string label)
    {
        TransparencyCodeLayout.RouteLabel(route).ShouldBe(label);
        RouteRead(label).ShouldBe(route);
        RouteRead(route.ToString().ToUpperInvariant()).ShouldBe(route);
    }

    private static ProcurementRoute RouteRead(string text) =>
        TransparencyCodeLayout.Read([["Organisation", "Title", "Supplier", "Start", "End", "Procurement route"], ["EDC", "Print", "Inky", "2025-04-01", "2026-03-31", text]], out _)[0].Details.ProcurementRoute;

    [Fact]
    public void Layout_ReadsAnUnknownRouteAsQuoteOrTender_WhenItSaysSo_AndRefusesAnyOther()
    {
        RouteRead("Request for quotes").ShouldBe(ProcurementRoute.InvitationToQuote);
        RouteRead("Open tender").ShouldBe(ProcurementRoute.PublishedInvitationToTender);
        var row = TransparencyCodeLayout.Read([["Organisation", "Title", "Supplier", "Start", "End", "Procurement route"], ["EDC", "Print", "Inky", "2025-04-01", "2026-03-31", "Handshake"]], out _)[0];
        row.Problems["procurementRoute"].ShouldBe("Procurement route: “Handshake” is not one of Not known, Invitation to quote, Published invitation to tender, Call-off from a framework, Direct award");
        row.Details.ProcurementRoute.ShouldBe(ProcurementRoute.NotKnown);
    }

    [Fact]
    public void Layout_ReadsYesOrNo_MonthsAndDefusedCells_AndSaysWhatItCannotRead()
    {
        IReadOnlyList<IReadOnlyList<string>> table =
        [
            ["Organisation", "Title", "Supplier", "Start", "End", "SME", "VCSE", "Restricted", "Extension months", "Notice period", "Annual value", "Irrecoverable VAT", "Review date"],
            ["EDC", "'=SUM(A1)", "'Inky", "2025-04-01", "2026-03-31", "Y", "TRUE", "1", "12 months", "3", "£1,000", "5", "2025-10-01"],
            ["EDC", "Print", "Inky", "2025-04-01", "2026-03-31", "n", "false", "0", "", "", "", "", ""],
            ["EDC", "Print", "Inky", "2025-04-01", "2026-03-31", "maybe", "perhaps", "sometimes", "a year", "-1", "some", "none", "soon"],
            ["EDC", "Print"],
        ];

        var rows = TransparencyCodeLayout.Read(table, out _);

        rows.Count.ShouldBe(4);
        var read = rows[0];
        read.Problems.ShouldBeEmpty();
        read.Details.Title.ShouldBe("=SUM(A1)");
        read.Details.SupplierName.ShouldBe("'Inky");
        (read.Details.SupplierIsSme, read.Details.SupplierIsVcse, read.Details.CommercialDetailsRestricted).ShouldBe((true, true, true));
        (read.Details.ExtensionMonths, read.Details.NoticeMonths).ShouldBe((12, 3));
        (read.Details.AnnualValue, read.Details.IrrecoverableVat).ShouldBe((1000m, 5m));
        read.Details.ReviewDate.ShouldBe(new DateOnly(2025, 10, 1));

        var no = rows[1];
        no.Problems.ShouldBeEmpty();
        (no.Details.SupplierIsSme, no.Details.SupplierIsVcse, no.Details.CommercialDetailsRestricted).ShouldBe((false, false, false));
        (no.Details.ExtensionMonths, no.Details.NoticeMonths, no.Details.AnnualValue, no.Details.ReviewDate).ShouldBe((null, null, null, null));

        rows[2].Problems.ShouldBe(new Dictionary<string, string>
        {
            ["supplierIsSme"] = "Supplier is an SME: answer Yes or No, not “maybe”",
            ["supplierIsVcse"] = "Supplier is a VCSE organisation: answer Yes or No, not “perhaps”",
            ["commercialDetailsRestricted"] = "Commercial details restricted: answer Yes or No, not “sometimes”",
            ["extensionMonths"] = "Extension available (months): “a year” is not a number of months",
            ["noticeMonths"] = "Notice period (months): “-1” is not a number of months",
            ["annualValue"] = "Estimated annual value: “some” is not an amount of money",
            ["irrecoverableVat"] = "VAT that cannot be recovered: “none” is not an amount of money",
            ["reviewDate"] = "Review date: “soon” is not a date (use 2026-03-31 or 31/03/2026)",
        }, ignoreOrder: true);

        var short_ = rows[3];
        short_.Line.ShouldBe(5);
        short_.Details.Title.ShouldBe("Print");
        (short_.Details.SupplierName, short_.Details.StartDate).ShouldBe((null, null));
    }

    [Fact]
    public void Layout_KeepsTheFirstOfTwoColumnsOfTheSameName_AndTheValueBandWithoutAWarning()
    {
        IReadOnlyList<IReadOnlyList<string>> table =
        [
            ["", " "],
            [" Organisation ", "Title", "Contract title", "Supplier", "Start", "End", "Value band", ""],
            ["EDC", "Print", "Hosting", "Inky", "2025-04-01", "2026-03-31", "Under £5,000", "stray"],
        ];

        var row = TransparencyCodeLayout.Read(table, out var warnings).ShouldHaveSingleItem();

        warnings.ShouldBeEmpty();
        row.Line.ShouldBe(3);
        row.Details.Title.ShouldBe("Print");
    }

    [Fact]
    public void Layout_RefusesATableWithNothingInIt()
    {
        Should.Throw<InvalidInputException>(() => TransparencyCodeLayout.Read([], out _)).Problems["file"].ShouldBe("The table is empty");
        Should.Throw<InvalidInputException>(() => TransparencyCodeLayout.Read([[" ", ""], []], out _)).Problems["file"].ShouldBe("The table is empty");
        Should.Throw<InvalidInputException>(() => TransparencyCodeLayout.Read([["Title", "Supplier name"]], out _)).Problems["file"]
            .ShouldBe("The table has no column for: Organisation, Start date, End date. The first row must give the columns' headings.");
    }

    [Fact]
    public void Layout_NamesTheFieldOfEachDateItCannotRead()
    {
        var row = TransparencyCodeLayout.Read([["Organisation", "Title", "Supplier", "Start", "End"], ["EDC", "Print", "Inky", "spring", "autumn"]], out _).ShouldHaveSingleItem();

        row.Problems.ShouldBe(new Dictionary<string, string>
        {
            ["startDate"] = "Start date: “spring” is not a date (use 2026-03-31 or 31/03/2026)",
            ["endDate"] = "End date: “autumn” is not a date (use 2026-03-31 or 31/03/2026)",
        }, ignoreOrder: true);
    }

    [Theory]
    [InlineData("2026-03-31")]
    [InlineData("31/03/2026")]
    [InlineData("31/3/2026")]
    [InlineData("31-03-2026")]
    [InlineData("31.03.2026")]
    [InlineData("31 March 2026")]
    [InlineData("31 Mar 2026")]
    [InlineData(" 2026-03-31 00:00:00 ")]
    [InlineData("03/31/2026 00:00:00")]
    public void Layout_ReadsTheDatesRegistersWrite(string text)
    {
        TransparencyCodeLayout.TryDate(text, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(2026, 3, 31));
    }

    [Theory]
    [InlineData("2026-03-31 09:30:00")]
    [InlineData("03/31/2026")]
    [InlineData("next spring")]
    public void Layout_RefusesATimeOfDayOrAnAmericanDateAlone(string text) =>
        TransparencyCodeLayout.TryDate(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(ValueBand.NotKnown, "Not known")]
    [InlineData(ValueBand.Under5Thousand, "Under £5,000")]
    [InlineData(ValueBand.From5ThousandTo25Thousand, "£5,000 to £24,999")]
    [InlineData(ValueBand.From25ThousandTo100Thousand, "£25,000 to £99,999")]
    [InlineData(ValueBand.From100ThousandTo500Thousand, "£100,000 to £499,999")]
    [InlineData(ValueBand.From500ThousandTo1Million, "£500,000 to £999,999")]
    [InlineData(ValueBand.OneMillionOrMore, "£1 million or more")]
    public void ValueBand_ReadsAsItsRange(ValueBand band, string label) => ValueBands.Label(band).ShouldBe(label);

    [Fact]
    public void ValueBand_OfANegativeSumOrAContractEndingBeforeItStarts_IsNotKnown()
    {
        var start = new DateOnly(2026, 1, 1);
        ValueBands.Of(-0.01m).ShouldBe(ValueBand.NotKnown);
        ValueBands.Of(null, 40_000m, start, start.AddDays(-1)).ShouldBe(ValueBand.NotKnown);
        // A contract of one day is worth a day of its annual value: £36,525 a year is £100 a day.
        ValueBands.Of(null, 36_525m, start, start).ShouldBe(ValueBand.Under5Thousand);
        // At £25,000 a year, 365 days fall short of the £25,000 edge and 366 (its first and last days both counted) pass it.
        ValueBands.Of(null, 25_000m, start, new DateOnly(2026, 12, 31)).ShouldBe(ValueBand.From5ThousandTo25Thousand);
        ValueBands.Of(null, 25_000m, start, new DateOnly(2027, 1, 1)).ShouldBe(ValueBand.From25ThousandTo100Thousand);
    }

    [Fact]
    public void AlignmentWindow_OfOneDay_IsAllowed_AndAnExtensionReachingItsFirstDayCarriesAContractInside()
    {
        var window = new AlignmentWindow(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 1));

        window.Contains(new DateOnly(2027, 1, 1)).ShouldBeTrue();
        window.Contains(new DateOnly(2026, 12, 31)).ShouldBeFalse();
        window.Contains(new DateOnly(2027, 1, 2)).ShouldBeFalse();
        window.Fit(Ending(new DateOnly(2026, 11, 30), extensionMonths: 1)).ShouldBe(WindowFit.Outside, "a month's extension ends it on 30 December");
        window.Fit(Ending(new DateOnly(2026, 12, 1), extensionMonths: 1)).ShouldBe(WindowFit.CanBeExtendedIntoWindow);
        Should.Throw<InvalidInputException>(() => new AlignmentWindow(new DateOnly(2027, 1, 2), new DateOnly(2027, 1, 1)))
            .Problems["to"].ShouldBe("The end of the window must be on or after its start");
    }
}
