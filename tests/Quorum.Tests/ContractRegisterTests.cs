using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Contracts;
using Quorum.People;

namespace Quorum.Tests;

/// <summary>The contracts register kept through its operations, on a database: adding, changing, listing and importing.</summary>
public class ContractRegisterTests
{
    private sealed record Register(InMemoryQuorum Quorum, int Council, int Panel, int Ashby, int Brook) : IDisposable
    {
        public void Dispose() => Quorum.Dispose();
    }

    private static async Task<Register> RegisterAsync()
    {
        var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        var council = new Body { Name = "Digital Leaders", ShortName = "DL", ActionPrefix = "DL" };
        var panel = new Body { Name = "Audit Panel", ShortName = "AP", ActionPrefix = "AP", IsPublic = false };
        var ashby = new Organisation { Name = "Ashby Borough Council", ShortName = "ABC" };
        var brook = new Organisation { Name = "Brook District Council", ShortName = "BDC" };
        db.AddRange(council, panel, ashby, brook);
        await db.SaveChangesAsync();
        return new Register(quorum, council.Id, panel.Id, ashby.Id, brook.Id);
    }

    /// <summary>The least a contract needs to pass the rules: a body, an organisation, a title, a category, a supplier and 2026.</summary>
    private static readonly ContractDetails OneYear = new()
    {
        BodyId = 1,
        OrganisationId = 1,
        Title = "T",
        Category = "C",
        SupplierName = "S",
        StartDate = new DateOnly(2026, 1, 1),
        EndDate = new DateOnly(2026, 12, 31),
    };

    private static ContractDetails Details(Register r, string title = "Data centre hosting") => new()
    {
        BodyId = r.Council,
        OrganisationId = r.Ashby,
        Reference = " ABC-001 ",
        Title = $" {title} ",
        Description = "  ",
        Department = " Digital ",
        Category = " Hosting ",
        SupplierName = " Kestrel Digital Ltd ",
        SupplierCompanyNumber = "1234 567",
        SupplierIsSme = true,
        SupplierIsVcse = true,
        WholeLifeValue = 120_000.005m,
        AnnualValue = 40_000.004m,
        IrrecoverableVat = 12.345m,
        StartDate = new DateOnly(2025, 4, 1),
        EndDate = new DateOnly(2028, 3, 31),
        ReviewDate = new DateOnly(2027, 4, 1),
        ExtensionMonths = 12,
        NoticeMonths = 6,
        ManagedBy = " Ann Manager ",
        ProcurementRoute = ProcurementRoute.PublishedInvitationToTender,
        NoticeUrl = " https://www.find-tender.example/notice/1 ",
        CommercialDetailsRestricted = true,
    };

    [Fact]
    public async Task Adding_KeepsTheFieldsTrimmed_TheSumsToThePenny_AndTheValueBand()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(new Viewer { UserId = "clerk", ClerkOf = [r.Council] });

        var added = await ContractRegister.AddAsync(db, Details(r));

        using var read = r.Quorum.Open(Viewer.System);
        var c = await read.Contracts.Include(c => c.Terms).SingleAsync(c => c.Id == added.Id);
        (c.BodyId, c.OrganisationId).ShouldBe((r.Council, r.Ashby));
        (c.Reference, c.Title, c.Description, c.Department, c.Category, c.SupplierName).ShouldBe(("ABC-001", "Data centre hosting", null, "Digital", "Hosting", "Kestrel Digital Ltd"));
        c.SupplierCompanyNumber.ShouldBe("01234567");
        (c.SupplierIsSme, c.SupplierIsVcse, c.CommercialDetailsRestricted).ShouldBe((true, true, true));
        (c.StartDate, c.EndDate, c.ReviewDate).ShouldBe((new DateOnly(2025, 4, 1), new DateOnly(2028, 3, 31), (DateOnly?)new DateOnly(2027, 4, 1)));
        (c.ExtensionMonths, c.NoticeMonths).ShouldBe((12, (int?)6));
        (c.ManagedBy, c.ProcurementRoute, c.NoticeUrl).ShouldBe(("Ann Manager", ProcurementRoute.PublishedInvitationToTender, "https://www.find-tender.example/notice/1"));
        c.ValueBand.ShouldBe(ValueBand.From100ThousandTo500Thousand);
        c.Terms!.WholeLifeValue.ShouldBe(120_000.01m);
        c.Terms.AnnualValue.ShouldBe(40_000.00m);
        c.Terms.IrrecoverableVat.ShouldBe(12.35m);
    }

    [Fact]
    public async Task Adding_WithoutAWholeLifeValue_BandsTheAnnualValueOverTheTerm_AndNoExtensionIsNone()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);

        var added = await ContractRegister.AddAsync(db, Details(r) with { WholeLifeValue = null, AnnualValue = 40_000m, ExtensionMonths = null, SupplierCompanyNumber = " " });

        added.ValueBand.ShouldBe(ValueBand.From100ThousandTo500Thousand);
        added.ExtensionMonths.ShouldBe(0);
        added.SupplierCompanyNumber.ShouldBeNull();
        added.Terms!.WholeLifeValue.ShouldBeNull();
    }

    [Fact]
    public async Task OnlyTheRegistersClerks_AddToIt_AndABodyMustBeNamed()
    {
        using var r = await RegisterAsync();
        using var member = r.Quorum.Open(new Viewer { UserId = "m", MemberOf = [r.Council] });
        await Should.ThrowAsync<EditNotAllowedException>(() => ContractRegister.AddAsync(member, Details(r)));
        using var otherClerk = r.Quorum.Open(new Viewer { UserId = "c", ClerkOf = [r.Panel] });
        await Should.ThrowAsync<EditNotAllowedException>(() => ContractRegister.AddAsync(otherClerk, Details(r)));

        var noBody = await Should.ThrowAsync<InvalidInputException>(() => ContractRegister.AddAsync(otherClerk, Details(r) with { BodyId = null }));
        noBody.Problems["bodyId"].ShouldBe("Choose the body whose register keeps the contract");

        using var read = r.Quorum.Open(Viewer.System);
        (await read.Contracts.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AnUnknownBodyOrOrganisation_AndAReferenceTheOrganisationHasUsed_AreRefused()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);

        var unknown = await Should.ThrowAsync<InvalidInputException>(() => ContractRegister.AddAsync(db, Details(r) with { BodyId = 999, OrganisationId = 998 }));
        unknown.Problems.Keys.ShouldBe(["bodyId", "organisationId"], ignoreOrder: true);
        unknown.Problems["organisationId"].ShouldBe("Choose the organisation that holds the contract");

        var first = await ContractRegister.AddAsync(db, Details(r));
        var again = await Should.ThrowAsync<InvalidInputException>(() => ContractRegister.AddAsync(db, Details(r, "Another")));
        again.Problems.Keys.ShouldBe(["reference"]);
        again.Problems["reference"].ShouldBe("The organisation already has a contract with the reference ABC-001 in this register");

        // The same reference is free for another organisation, in another register, and for the contract itself.
        await ContractRegister.AddAsync(db, Details(r, "Brook's") with { OrganisationId = r.Brook });
        await ContractRegister.AddAsync(db, Details(r, "Panel's") with { BodyId = r.Panel });
        (await ContractRegister.ProblemsAsync(db, Details(r), first.Id)).ShouldBeEmpty();
        (await ContractRegister.ProblemsAsync(db, Details(r), null)).Keys.ShouldBe(["reference"]);
    }

    [Fact]
    public async Task Changing_RewritesTheContractAndItsSums_AndMovesItsVersion()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);
        var contract = await ContractRegister.AddAsync(db, Details(r));
        var version = contract.Version;

        await ContractRegister.UpdateAsync(db, contract, Details(r) with { WholeLifeValue = 600_000m, CommercialDetailsRestricted = false });

        using var read = r.Quorum.Open(Viewer.System);
        var c = await read.Contracts.Include(c => c.Terms).SingleAsync();
        c.Terms!.WholeLifeValue.ShouldBe(600_000m);
        c.ValueBand.ShouldBe(ValueBand.From500ThousandTo1Million);
        c.CommercialDetailsRestricted.ShouldBeFalse();
        c.Version.ShouldBeGreaterThan(version);
    }

    [Fact]
    public async Task MovingAContract_NeedsTheRightToKeepBothRegisters()
    {
        using var r = await RegisterAsync();
        int id;
        using (var setup = r.Quorum.Open(Viewer.System))
            id = (await ContractRegister.AddAsync(setup, Details(r))).Id;

        using var clerk = r.Quorum.Open(new Viewer { UserId = "c", ClerkOf = [r.Council] });
        var contract = await clerk.Contracts.Include(c => c.Terms).SingleAsync(c => c.Id == id);
        await Should.ThrowAsync<EditNotAllowedException>(() => ContractRegister.UpdateAsync(clerk, contract, Details(r) with { BodyId = r.Panel }));
        await ContractRegister.UpdateAsync(clerk, contract, Details(r, "Renamed"));
        contract.Title.ShouldBe("Renamed");

        using var panelClerk = r.Quorum.Open(new Viewer { UserId = "p", ClerkOf = [r.Panel] });
        var seen = await panelClerk.Contracts.Include(c => c.Terms).SingleAsync(c => c.Id == id);
        await Should.ThrowAsync<EditNotAllowedException>(() => ContractRegister.UpdateAsync(panelClerk, seen, Details(r)));
        await Should.ThrowAsync<EditNotAllowedException>(() => ContractRegister.DeleteAsync(panelClerk, seen));

        await ContractRegister.DeleteAsync(clerk, contract);
        using var read = r.Quorum.Open(Viewer.System);
        (await read.Contracts.CountAsync()).ShouldBe(0);
        (await read.ContractTerms.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Categories_AreListedOnce_InOrder_AndTheAlignmentViewReadsOneByOrganisationAndEnd()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);
        await ContractRegister.AddAsync(db, Details(r, "Telephony") with { Reference = "T1", Category = "Telephony", EndDate = new DateOnly(2027, 3, 31), ReviewDate = null });
        await ContractRegister.AddAsync(db, Details(r, "Late hosting") with { Reference = "H2", EndDate = new DateOnly(2028, 3, 31) });
        await ContractRegister.AddAsync(db, Details(r, "Early hosting") with { Reference = "H1", EndDate = new DateOnly(2026, 3, 31), ReviewDate = null, NoticeMonths = null });
        await ContractRegister.AddAsync(db, Details(r, "Brook hosting") with { OrganisationId = r.Brook, Reference = "B1", EndDate = new DateOnly(2025, 12, 31), ReviewDate = null, NoticeMonths = null });

        (await ContractRegister.CategoriesAsync(db)).ShouldBe(["Hosting", "Telephony"]);
        var hosting = await ContractRegister.OfCategoryAsync(db, " Hosting ");
        hosting.Select(c => c.Title).ShouldBe(["Early hosting", "Late hosting", "Brook hosting"]);
        hosting[0].Organisation!.Name.ShouldBe("Ashby Borough Council");
        hosting[0].Terms.ShouldNotBeNull();
    }

    [Fact]
    public async Task Filter_NarrowsByEachFieldGiven_AndEndDatesIncludeTheirEdges()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);
        await ContractRegister.AddAsync(db, Details(r, "Hosting A") with { Reference = "1", EndDate = new DateOnly(2027, 3, 31), ReviewDate = null });
        await ContractRegister.AddAsync(db, Details(r, "Telephony A") with { Reference = "2", Category = "Telephony", SupplierName = "Wren Telecom", EndDate = new DateOnly(2028, 3, 31) });
        await ContractRegister.AddAsync(db, Details(r, "Hosting B") with { Reference = "3", OrganisationId = r.Brook, EndDate = new DateOnly(2029, 3, 31), ReviewDate = null });
        await ContractRegister.AddAsync(db, Details(r, "Panel hosting") with { Reference = "4", BodyId = r.Panel, EndDate = new DateOnly(2030, 3, 31), ReviewDate = null });

        string[] Titles(ContractFilter filter) => [.. filter.Apply(db.Contracts).Select(c => c.Title).AsEnumerable().Order(StringComparer.Ordinal)];

        Titles(new ContractFilter()).ShouldBe(["Hosting A", "Hosting B", "Panel hosting", "Telephony A"]);
        Titles(new ContractFilter(Body: "AP")).ShouldBe(["Panel hosting"]);
        Titles(new ContractFilter(Body: " ")).Length.ShouldBe(4);
        Titles(new ContractFilter(Organisation: r.Brook)).ShouldBe(["Hosting B"]);
        Titles(new ContractFilter(Category: " Telephony ")).ShouldBe(["Telephony A"]);
        Titles(new ContractFilter(Category: " ", Supplier: " ")).Length.ShouldBe(4);
        Titles(new ContractFilter(Supplier: " WREN ")).ShouldBe(["Telephony A"]);
        Titles(new ContractFilter(Supplier: "digital")).ShouldBe(["Hosting A", "Hosting B", "Panel hosting"]);
        Titles(new ContractFilter(EndsFrom: new DateOnly(2028, 3, 31))).ShouldBe(["Hosting B", "Panel hosting", "Telephony A"]);
        Titles(new ContractFilter(EndsTo: new DateOnly(2028, 3, 31))).ShouldBe(["Hosting A", "Telephony A"]);
        Titles(new ContractFilter(EndsFrom: new DateOnly(2028, 4, 1), EndsTo: new DateOnly(2029, 3, 31))).ShouldBe(["Hosting B"]);
    }

    private static ContractRow Row(int line, string? organisation, ContractDetails details, IReadOnlyDictionary<string, string>? problems = null) =>
        new(line, organisation, details, problems ?? new Dictionary<string, string>());

    [Fact]
    public async Task AnImport_FindsOrganisationsByNameOrShortName_MatchesHeldReferences_AndRefusesRepeats()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);
        var held = await ContractRegister.AddAsync(db, Details(r));
        var row = Details(r) with { BodyId = null, OrganisationId = null };

        var reviewed = await ContractRegister.ReviewImportAsync(db, r.Council,
        [
            Row(2, " ashby borough council ", row with { Title = "Updated hosting" }),
            Row(3, "bdc", row with { Reference = "B-9" }),
            Row(4, "Carrow", row),
            Row(5, null, row),
            Row(6, "BDC", row with { Reference = " B-9 " }),
            Row(7, "ABC", row with { Reference = null }, new Dictionary<string, string> { ["startDate"] = "“31/02/2026” is not a date" }),
        ]);

        reviewed.Select(x => x.Line).ShouldBe([2, 3, 4, 5, 6, 7]);
        reviewed[0].ExistingContractId.ShouldBe(held.Id);
        reviewed[0].IsReady.ShouldBeTrue();
        reviewed[0].OrganisationName.ShouldBe("ashby borough council");
        reviewed[0].Details.BodyId.ShouldBe(r.Council);
        reviewed[0].Details.OrganisationId.ShouldBe(r.Ashby);
        reviewed[1].ExistingContractId.ShouldBeNull();
        reviewed[1].Details.OrganisationId.ShouldBe(r.Brook);
        reviewed[1].IsReady.ShouldBeTrue();
        reviewed[2].Problems["organisationId"].ShouldBe("No organisation is called “Carrow”: add it to the organisations first");
        reviewed[3].Problems["organisationId"].ShouldBe("Give the organisation that holds the contract");
        reviewed[4].Problems.ShouldBe(new Dictionary<string, string> { ["reference"] = "Line 3 has the same organisation and reference" });
        reviewed[5].Problems.ShouldBe(new Dictionary<string, string> { ["startDate"] = "“31/02/2026” is not a date" });
        reviewed[5].ExistingContractId.ShouldBeNull();
    }

    [Fact]
    public async Task Importing_AddsAndUpdatesTheRowsThatMeetTheRules_AndCountsThoseLeftOut()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);
        await ContractRegister.AddAsync(db, Details(r));
        var row = Details(r) with { BodyId = null, OrganisationId = null };

        var (added, updated, leftOut) = await ContractRegister.ImportAsync(db, r.Council,
        [
            Row(2, "ABC", row with { Title = "Updated hosting", WholeLifeValue = 2_000_000m }),
            Row(3, "BDC", row with { Reference = "B-1" }),
            Row(4, "BDC", row with { Reference = "B-2" }),
            Row(5, "Carrow", row),
            Row(6, "ABC", row with { Title = null, Reference = "X" }),
        ]);
        await db.SaveChangesAsync();

        (added, updated, leftOut).ShouldBe((2, 1, 2));
        using var read = r.Quorum.Open(Viewer.System);
        var contracts = await read.Contracts.Include(c => c.Terms).OrderBy(c => c.Id).ToListAsync();
        contracts.Select(c => (c.Title, c.Reference)).ShouldBe([("Updated hosting", "ABC-001"), ("Data centre hosting", "B-1"), ("Data centre hosting", "B-2")]);
        contracts[0].Terms!.WholeLifeValue.ShouldBe(2_000_000m);
        contracts[0].ValueBand.ShouldBe(ValueBand.OneMillionOrMore);
    }

    [Fact]
    public async Task Importing_IsForTheRegistersClerks()
    {
        using var r = await RegisterAsync();
        using var member = r.Quorum.Open(new Viewer { UserId = "m", MemberOf = [r.Council] });
        await Should.ThrowAsync<EditNotAllowedException>(() => ContractRegister.ImportAsync(member, r.Council, [Row(2, "ABC", Details(r))]));
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(120, 60, true)]
    [InlineData(121, 0, false)]
    [InlineData(-1, 0, false)]
    [InlineData(0, 61, false)]
    [InlineData(0, -1, false)]
    public void ExtensionAndNotice_HaveTheirLimits(int extension, int notice, bool valid)
    {
        var d = new ContractDetails
        {
            BodyId = 1,
            OrganisationId = 1,
            Title = "T",
            Category = "C",
            SupplierName = "S",
            StartDate = new DateOnly(2020, 1, 1),
            EndDate = new DateOnly(2030, 12, 31),
            ExtensionMonths = extension,
            NoticeMonths = notice,
        };
        ContractRegister.Problems(d).Count.ShouldBe(valid ? 0 : 1);
    }

    [Fact]
    public void Problems_SayWhatIsWrong_InEachFieldsOwnWords()
    {
        var d = OneYear;
        ContractRegister.Problems(d).ShouldBeEmpty();
        ContractRegister.Problems(d with { NoticeMonths = 11 }).ShouldBeEmpty();
        ContractRegister.Problems(d with { NoticeMonths = 12 })["noticeMonths"].ShouldBe("The notice period is longer than the contract");
        ContractRegister.Problems(d with { ReviewDate = new DateOnly(2026, 1, 1) }).ShouldBeEmpty();
        ContractRegister.Problems(d with { ReviewDate = new DateOnly(2026, 12, 31) }).ShouldBeEmpty();
        ContractRegister.Problems(d with { ReviewDate = new DateOnly(2025, 12, 31) }).Keys.ShouldBe(["reviewDate"]);
        ContractRegister.Problems(d with { EndDate = new DateOnly(2026, 1, 1) }).ShouldBeEmpty();
        ContractRegister.Problems(d with { StartDate = null, EndDate = null }).Keys.ShouldBe(["startDate", "endDate"], ignoreOrder: true);
        ContractRegister.Problems(d with { BodyId = null, OrganisationId = null, Category = " " }).ShouldBe(new Dictionary<string, string>
        {
            ["bodyId"] = "Choose the body whose register keeps the contract",
            ["organisationId"] = "Choose the organisation that holds the contract",
            ["category"] = "Enter the category, like Hosting or Telephony",
        }, ignoreOrder: true);
        ContractRegister.Problems(d with { ExtensionMonths = 121 })["extensionMonths"].ShouldBe("The extension must be from 0 to 120 months");
        ContractRegister.Problems(d with { NoticeMonths = 61 })["noticeMonths"].ShouldBe("The notice period must be from 0 to 60 months");
        ContractRegister.Problems(d with { ProcurementRoute = (ProcurementRoute)9 })["procurementRoute"].ShouldBe("Choose how the contract was let");

        ContractRegister.Problems(d with { Title = new string('t', 300), Category = new string('c', 100), SupplierName = new string('s', 200), Reference = new string('r', 100) }).ShouldBeEmpty();
        ContractRegister.Problems(d with { Title = new string('t', 301) })["title"].ShouldBe("The title must be 300 characters or fewer");
        ContractRegister.Problems(d with { Description = new string('d', 4001) })["description"].ShouldBe("The description must be 4,000 characters or fewer");
        ContractRegister.Problems(d with { Category = new string('c', 101), SupplierName = new string('s', 201), Reference = new string('r', 101), Department = new string('d', 201), ManagedBy = new string('m', 201) })
            .Keys.ShouldBe(["category", "supplierName", "reference", "department", "managedBy"], ignoreOrder: true);

        ContractRegister.Problems(d with { WholeLifeValue = 0, AnnualValue = 100_000_000_000m, IrrecoverableVat = 0 }).ShouldBeEmpty();
        var sums = ContractRegister.Problems(d with { WholeLifeValue = -0.01m, AnnualValue = 100_000_000_000.01m, IrrecoverableVat = -1 });
        sums["wholeLifeValue"].ShouldBe("The whole-life value must be £0 or more");
        sums["annualValue"].ShouldBe("The annual value must be less than £100 billion");
        sums["irrecoverableVat"].ShouldBe("The VAT that cannot be recovered must be £0 or more");

        ContractRegister.Problems(d with { NoticeUrl = "http://example.org/notice" }).ShouldBeEmpty();
        ContractRegister.Problems(d with { NoticeUrl = "  " }).ShouldBeEmpty();
        ContractRegister.Problems(d with { NoticeUrl = "https://example.org/" + new string('n', 481) }).Keys.ShouldBe(["noticeUrl"]);
        ContractRegister.Problems(d with { NoticeUrl = "https://example.org/" + new string('n', 480) }).ShouldBeEmpty();
        ContractRegister.Problems(d with { SupplierCompanyNumber = "SC123456" }).ShouldBeEmpty();
        ContractRegister.Problems(d with { SupplierCompanyNumber = "123456789" })["supplierCompanyNumber"].ShouldBe("A Companies House number has 8 characters, like 01234567 or SC123456");
    }

    [Fact]
    public void EveryFieldsProblem_IsStatedInItsOwnWords()
    {
        var d = OneYear;

        ContractRegister.Problems(d with { Title = " ", SupplierName = "", StartDate = null, EndDate = null, NoticeUrl = "notice/1" }).ShouldBe(new Dictionary<string, string>
        {
            ["title"] = "Enter the title of the contract",
            ["supplierName"] = "Enter the supplier's name",
            ["startDate"] = "Enter the date the contract starts",
            ["endDate"] = "Enter the date the contract ends",
            ["noticeUrl"] = "Enter the address of the published notice, starting https://",
        }, ignoreOrder: true);
        ContractRegister.Problems(d with { Category = new string('c', 101), SupplierName = new string('s', 201), Reference = new string('r', 101), Department = new string('d', 201), ManagedBy = new string('m', 201) })
            .ShouldBe(new Dictionary<string, string>
            {
                ["category"] = "The category must be 100 characters or fewer",
                ["supplierName"] = "The supplier's name must be 200 characters or fewer",
                ["reference"] = "The reference must be 100 characters or fewer",
                ["department"] = "The department must be 200 characters or fewer",
                ["managedBy"] = "The contract manager must be 200 characters or fewer",
            }, ignoreOrder: true);
    }

    [Fact]
    public void ALength_IsCountedWithoutTheSpacesAroundIt_SinceTheyAreNotKept()
    {
        static string Padded(char c, int length) => $"  {new string(c, length)}  ";

        ContractRegister.Problems(OneYear with
        {
            Title = Padded('t', 300),
            Category = Padded('c', 100),
            SupplierName = Padded('s', 200),
            Reference = Padded('r', 100),
            Description = Padded('d', 4000),
            Department = Padded('d', 200),
            ManagedBy = Padded('m', 200),
            NoticeUrl = $"  https://example.org/{new string('n', 480)}  ",
        }).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnImportThatChangesOnlyTheSums_MovesTheContractsVersion()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);
        var held = await ContractRegister.AddAsync(db, Details(r));
        var version = held.Version;

        var (added, updated, leftOut) = await ContractRegister.ImportAsync(db, r.Council, [Row(2, "ABC", Details(r) with { BodyId = null, OrganisationId = null, WholeLifeValue = 2_000_000m })]);
        await db.SaveChangesAsync();

        (added, updated, leftOut).ShouldBe((0, 1, 0));
        using var read = r.Quorum.Open(Viewer.System);
        var c = await read.Contracts.Include(c => c.Terms).SingleAsync();
        c.Terms!.WholeLifeValue.ShouldBe(2_000_000m);
        c.Version.ShouldBeGreaterThan(version);
    }

    [Theory]
    [InlineData("ftp://example.org/notice")]
    [InlineData("/notice/1")]
    [InlineData("find-tender.example/notice/1")]
    public void ANoticeAddress_IsAWebAddress(string url) =>
        ContractRegister.Problems(OneYear with { NoticeUrl = url }).Keys.ShouldBe(["noticeUrl"]);

    [Fact]
    public void ANoticePeriod_AsLongAsTheContract_IsAllowed()
    {
        var d = OneYear with { EndDate = new DateOnly(2026, 12, 1) };

        ContractRegister.Problems(d with { NoticeMonths = 11 }).ShouldBeEmpty();
        ContractRegister.Problems(d with { NoticeMonths = 12 }).Keys.ShouldBe(["noticeMonths"]);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(" ", null)]
    [InlineData("sc 123456", "SC123456")]
    [InlineData("123", "00000123")]
    [InlineData("12345678", "12345678")]
    [InlineData("SC12345", "SC12345")]
    [InlineData("1234567A", "1234567A")]
    public void ACompanyNumber_IsWrittenAsTheRegisterWritesIt_OnlyAllDigitsPadded(string? given, string? written) =>
        ContractRegister.CompanyNumber(given).ShouldBe(written);

    [Fact]
    public async Task AnUnknownBody_IsStatedInTheBodysOwnWords()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);

        var problems = await ContractRegister.ProblemsAsync(db, Details(r) with { BodyId = 999 }, null);

        problems.ShouldBe(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose register keeps the contract" });
    }

    [Fact]
    public async Task AChangeThatBreaksTheRules_IsRefused_AndTheContractKeptAsItWas()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);
        var contract = await ContractRegister.AddAsync(db, Details(r));

        var refused = await Should.ThrowAsync<InvalidInputException>(() => ContractRegister.UpdateAsync(db, contract, Details(r) with { Title = " ", EndDate = new DateOnly(2025, 3, 31), ReviewDate = null, NoticeMonths = null }));

        refused.Problems.Keys.ShouldBe(["title", "endDate"], ignoreOrder: true);
        contract.Title.ShouldBe("Data centre hosting");
        using var read = r.Quorum.Open(Viewer.System);
        (await read.Contracts.SingleAsync()).EndDate.ShouldBe(new DateOnly(2028, 3, 31));
    }

    [Fact]
    public async Task ContractsOfOneOrganisationEndingTogether_AreReadInTheOrderTheyWereAdded()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);
        foreach (var title in new[] { "Hosting one", "Hosting two", "Hosting three" })
            await ContractRegister.AddAsync(db, Details(r, title) with { Reference = title });

        (await ContractRegister.OfCategoryAsync(db, "Hosting")).Select(c => c.Title).ShouldBe(["Hosting one", "Hosting two", "Hosting three"]);
    }

    [Fact]
    public async Task AnImportedRow_MatchesOnlyItsOwnOrganisationsReference_InThisRegister()
    {
        using var r = await RegisterAsync();
        using var db = r.Quorum.Open(Viewer.System);
        await ContractRegister.AddAsync(db, Details(r) with { BodyId = r.Panel, Reference = "P-1" });
        await ContractRegister.AddAsync(db, Details(r) with { Reference = "A-1" });
        var row = Details(r) with { BodyId = null, OrganisationId = null };

        var reviewed = await ContractRegister.ReviewImportAsync(db, r.Council,
        [
            Row(2, "ABC", row with { Reference = "P-1" }),
            Row(3, "BDC", row with { Reference = "A-1" }),
        ]);

        reviewed.Select(x => x.ExistingContractId).ShouldBe([null, null]);
        reviewed.ShouldAllBe(x => x.IsReady);
    }

    [Fact]
    public async Task AnImportedRow_IsMatchedToAnOrganisationByNameBeforeShortName_AndNeverWithoutOne()
    {
        using var r = await RegisterAsync();
        int kent, kentCounty;
        using (var setup = r.Quorum.Open(Viewer.System))
        {
            var unnamedShort = new Organisation { Name = "Carrow Town Council" };
            var k = new Organisation { Name = "Kent", ShortName = "KT" };
            var kc = new Organisation { Name = "Kent County Council", ShortName = "Kent" };
            setup.AddRange(unnamedShort, k, kc);
            await setup.SaveChangesAsync();
            (kent, kentCounty) = (k.Id, kc.Id);
        }

        using var db = r.Quorum.Open(Viewer.System);
        var row = Details(r) with { BodyId = null, OrganisationId = null };

        var reviewed = await ContractRegister.ReviewImportAsync(db, r.Council,
        [
            Row(2, "kent", row with { Reference = "K-1" }),
            Row(3, null, row with { Reference = "N-1" }),
        ]);

        reviewed[0].Details.OrganisationId.ShouldBe(kent);
        reviewed[0].Details.OrganisationId.ShouldNotBe(kentCounty);
        reviewed[1].Details.OrganisationId.ShouldBeNull();
        reviewed[1].Problems["organisationId"].ShouldBe("Give the organisation that holds the contract");
    }

    [Fact]
    public void FromAContract_GivesBackItsDetails()
    {
        var contract = ContractRegister.New(new ContractDetails
        {
            BodyId = 3,
            OrganisationId = 4,
            Reference = "R",
            Title = "T",
            Description = "D",
            Department = "Dep",
            Category = "C",
            SupplierName = "S",
            SupplierCompanyNumber = "SC123456",
            SupplierIsSme = true,
            SupplierIsVcse = true,
            WholeLifeValue = 1,
            AnnualValue = 2,
            IrrecoverableVat = 3,
            StartDate = new DateOnly(2026, 1, 1),
            EndDate = new DateOnly(2026, 12, 31),
            ReviewDate = new DateOnly(2026, 6, 1),
            ExtensionMonths = 4,
            NoticeMonths = 5,
            ManagedBy = "M",
            ProcurementRoute = ProcurementRoute.PublishedInvitationToTender,
            NoticeUrl = "https://example.org",
            CommercialDetailsRestricted = true,
        });

        ContractDetails.From(contract).ShouldBe(new ContractDetails
        {
            BodyId = 3,
            OrganisationId = 4,
            Reference = "R",
            Title = "T",
            Description = "D",
            Department = "Dep",
            Category = "C",
            SupplierName = "S",
            SupplierCompanyNumber = "SC123456",
            SupplierIsSme = true,
            SupplierIsVcse = true,
            WholeLifeValue = 1,
            AnnualValue = 2,
            IrrecoverableVat = 3,
            StartDate = new DateOnly(2026, 1, 1),
            EndDate = new DateOnly(2026, 12, 31),
            ReviewDate = new DateOnly(2026, 6, 1),
            ExtensionMonths = 4,
            NoticeMonths = 5,
            ManagedBy = "M",
            ProcurementRoute = ProcurementRoute.PublishedInvitationToTender,
            NoticeUrl = "https://example.org",
            CommercialDetailsRestricted = true,
        });
    }
}
