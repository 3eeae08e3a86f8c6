using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Applications;
using Quorum.Bodies;
using Quorum.Contracts;
using Quorum.People;

namespace Quorum.Tests.Applications;

/// <summary>The applications catalogue kept through its operations, on a database: entries added, changed, deleted, listed and compared.</summary>
public sealed class ApplicationCatalogueTests : IDisposable
{
    // The catalogue reads through filtered queries: each compiled afresh, so that it is read as the code now has it.
    private readonly InMemoryQuorum quorum = InMemoryQuorum.CompilingEveryQuery();
    private readonly Seeded data;

    public ApplicationCatalogueTests() => data = Seed();

    public void Dispose() => quorum.Dispose();

    private sealed record Seeded(int Council, int Panel, int Northshire, int Eastbrook, int Westvale);

    private Seeded Seed()
    {
        using var db = quorum.Open(Viewer.System);
        var council = new Body { Name = "CIO Council", ShortName = "CIO" };
        var panel = new Body { Name = "Audit Panel", ShortName = "AP" };
        Organisation[] orgs = [new() { Name = "Northshire" }, new() { Name = "Eastbrook" }, new() { Name = "Westvale" }];
        db.AddRange(council, panel);
        db.Organisations.AddRange(orgs);
        db.SaveChanges();
        return new Seeded(council.Id, panel.Id, orgs[0].Id, orgs[1].Id, orgs[2].Id);
    }

    private static Viewer ClerkOf(params int[] bodies) => new() { UserId = "clerk", ClerkOf = bodies };

    private ApplicationDetails Entry(string product = "Ledgerline Revenues") => new()
    {
        BodyId = data.Council,
        OrganisationId = data.Northshire,
        Product = product,
        SupplierName = "Ledgerline Systems Ltd",
        Hosting = Hosting.Cloud,
    };

    private async Task<Application> AddAsync(ApplicationDetails details)
    {
        using var db = quorum.Open(Viewer.System);
        return await ApplicationCatalogue.AddAsync(db, details);
    }

    private async Task<Application> ReadAsync(int id)
    {
        using var db = quorum.Open(Viewer.System);
        return await db.Applications.AsNoTracking().Include(a => a.Appraisal).SingleAsync(a => a.Id == id);
    }

    private async Task<int> ContractAsync(int organisation)
    {
        using var db = quorum.Open(Viewer.System);
        var contract = new Contract { BodyId = data.Council, OrganisationId = organisation, Title = "Revenues", Category = "Revenues", SupplierName = "Ledgerline", StartDate = new(2025, 1, 1), EndDate = new(2028, 1, 1) };
        db.Contracts.Add(contract);
        await db.SaveChangesAsync();
        return contract.Id;
    }

    [Fact]
    public async Task Adding_KeepsTheFieldsAsTyped_OneSpaceBetweenWords_AndBlankTextAsNone()
    {
        var contract = await ContractAsync(data.Northshire);
        var added = await AddAsync(Entry("  Ledgerline \t Revenues ") with
        {
            SupplierName = " Ledgerline Systems Ltd ",
            ProductVersion = " 7.2 ",
            Hosting = Hosting.OnPremises,
            ContractId = contract,
            RenewalDate = new DateOnly(2027, 4, 1),
            Users = 250,
            OfferedAsSharedService = true,
            Notes = " Runs council tax and business rates ",
            Satisfaction = 4,
            SatisfactionComment = " Reliable ",
            AppraisalRestricted = true,
        });

        var a = await ReadAsync(added.Id);
        (a.BodyId, a.OrganisationId, a.Product, a.ProductKey, a.SupplierName, a.ProductVersion)
            .ShouldBe((data.Council, data.Northshire, "Ledgerline Revenues", "ledgerline revenues", "Ledgerline Systems Ltd", "7.2"));
        (a.Hosting, a.ContractId, a.RenewalDate, a.Users, a.OfferedAsSharedService, a.Notes)
            .ShouldBe((Hosting.OnPremises, (int?)contract, (DateOnly?)new DateOnly(2027, 4, 1), (int?)250, true, "Runs council tax and business rates"));
        (a.AppraisalRestricted, a.Appraisal!.Satisfaction, a.Appraisal.Comment).ShouldBe((true, (int?)4, "Reliable"));

        var plain = await ReadAsync((await AddAsync(Entry("GeoView") with { ProductVersion = " ", Notes = "", SatisfactionComment = "  " })).Id);
        (plain.ProductVersion, plain.Notes, plain.Appraisal!.Comment, plain.Appraisal.Satisfaction).ShouldBe(((string?)null, (string?)null, (string?)null, (int?)null));
    }

    [Fact]
    public async Task AnEntryRefused_IsNotSaved_AndEachProblemIsSaidInItsOwnWords()
    {
        using var db = quorum.Open(Viewer.System);

        var refused = await Should.ThrowAsync<InvalidInputException>(() => ApplicationCatalogue.AddAsync(db, Entry(" ") with { SupplierName = " ", OrganisationId = 999 }));

        refused.Problems.ShouldBe(new Dictionary<string, string>
        {
            ["product"] = "Enter the product's name, like Civica Revenues",
            ["supplierName"] = "Enter the supplier's name",
            ["organisationId"] = "Choose the organisation that runs the application",
        }, ignoreOrder: true);
        (await db.Applications.CountAsync()).ShouldBe(0);

        var noBody = await Should.ThrowAsync<InvalidInputException>(() => ApplicationCatalogue.AddAsync(db, Entry() with { BodyId = null }));
        noBody.Problems.ShouldBe(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose catalogue keeps the application" });
        var unknownBody = await Should.ThrowAsync<InvalidInputException>(() => ApplicationCatalogue.AddAsync(db, Entry() with { BodyId = 999 }));
        unknownBody.Problems.ShouldBe(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose catalogue keeps the application" });
    }

    [Fact]
    public async Task AProduct_IsTakenOnlyByTheSameOrganisationInTheSameCatalogue_AndNotByTheEntryItself()
    {
        var held = await AddAsync(Entry());
        using var db = quorum.Open(Viewer.System);

        (await ApplicationCatalogue.ProblemsAsync(db, Entry(" LEDGERLINE  revenues "), null))["product"]
            .ShouldBe("The organisation already has LEDGERLINE  revenues in this catalogue: edit that entry instead");
        (await ApplicationCatalogue.ProblemsAsync(db, Entry(), held.Id)).ShouldBeEmpty();
        (await ApplicationCatalogue.ProblemsAsync(db, Entry() with { OrganisationId = data.Eastbrook }, null)).ShouldBeEmpty();
        (await ApplicationCatalogue.ProblemsAsync(db, Entry() with { BodyId = data.Panel }, null)).ShouldBeEmpty();
        (await ApplicationCatalogue.ProblemsAsync(db, Entry("Ledgerline Payroll"), null)).ShouldBeEmpty();
        // A name already wrong is not also said to be taken.
        (await ApplicationCatalogue.ProblemsAsync(db, Entry(new string('p', 201)), null))["product"].ShouldBe("The product's name must be 200 characters or fewer");
    }

    [Fact]
    public async Task ALinkedContract_MustBeOneTheViewerSees()
    {
        var contract = await ContractAsync(data.Northshire);
        using (var db = quorum.Open(Viewer.System))
        {
            var council = await db.Bodies.SingleAsync(b => b.Id == data.Council);
            council.IsPublic = false;
            await db.SaveChangesAsync();
        }

        using var outsider = quorum.Open(ClerkOf(data.Panel));
        (await ApplicationCatalogue.ProblemsAsync(outsider, Entry() with { BodyId = data.Panel, ContractId = contract }, null))
            .ShouldBe(new Dictionary<string, string> { ["contractId"] = "Choose a contract from the contracts register" });
        using var clerk = quorum.Open(ClerkOf(data.Council));
        (await ApplicationCatalogue.ProblemsAsync(clerk, Entry() with { ContractId = contract }, null)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Changing_RewritesTheEntry_AndAChangeToTheAppraisalAloneMovesItsVersion()
    {
        var added = await AddAsync(Entry() with { Satisfaction = 2 });
        var version = (await ReadAsync(added.Id)).Version;
        using (var db = quorum.Open(ClerkOf(data.Council)))
        {
            var application = await db.Applications.Include(a => a.Appraisal).SingleAsync(a => a.Id == added.Id);
            await ApplicationCatalogue.UpdateAsync(db, application, Entry() with { Satisfaction = 5, SatisfactionComment = " Much improved " });
        }

        var appraised = await ReadAsync(added.Id);
        (appraised.Appraisal!.Satisfaction, appraised.Appraisal.Comment).ShouldBe(((int?)5, "Much improved"));
        appraised.Version.ShouldBeGreaterThan(version);

        using (var db = quorum.Open(ClerkOf(data.Council)))
        {
            var application = await db.Applications.Include(a => a.Appraisal).SingleAsync(a => a.Id == added.Id);
            await ApplicationCatalogue.UpdateAsync(db, application, Entry("Ledgerline  Revenues Plus"));
        }

        var renamed = await ReadAsync(added.Id);
        (renamed.Product, renamed.ProductKey, renamed.Appraisal!.Satisfaction).ShouldBe(("Ledgerline Revenues Plus", "ledgerline revenues plus", (int?)null));
    }

    [Fact]
    public async Task AChangeRefused_LeavesTheEntryAsItWas()
    {
        var added = await AddAsync(Entry());
        await AddAsync(Entry("GeoView GIS"));
        using (var db = quorum.Open(ClerkOf(data.Council)))
        {
            var application = await db.Applications.Include(a => a.Appraisal).SingleAsync(a => a.Id == added.Id);
            var refused = await Should.ThrowAsync<InvalidInputException>(() => ApplicationCatalogue.UpdateAsync(db, application, Entry("geoview gis")));
            refused.Problems.Keys.ShouldBe(["product"]);
        }

        (await ReadAsync(added.Id)).Product.ShouldBe("Ledgerline Revenues");
    }

    [Fact]
    public async Task OnlyTheCataloguesClerks_ChangeOrDeleteAnEntry_AndMovingItNeedsTheRightToKeepTheOtherCatalogue()
    {
        var added = await AddAsync(Entry());

        using (var other = quorum.Open(ClerkOf(data.Panel)))
        {
            var seen = await other.Applications.Include(a => a.Appraisal).SingleAsync(a => a.Id == added.Id);
            await Should.ThrowAsync<EditNotAllowedException>(() => ApplicationCatalogue.UpdateAsync(other, seen, Entry() with { BodyId = data.Panel }));
            await Should.ThrowAsync<EditNotAllowedException>(() => ApplicationCatalogue.DeleteAsync(other, seen));
        }

        using (var clerk = quorum.Open(ClerkOf(data.Council)))
        {
            var application = await clerk.Applications.Include(a => a.Appraisal).SingleAsync(a => a.Id == added.Id);
            await Should.ThrowAsync<EditNotAllowedException>(() => ApplicationCatalogue.UpdateAsync(clerk, application, Entry() with { BodyId = data.Panel }));
        }

        (await ReadAsync(added.Id)).BodyId.ShouldBe(data.Council);

        using (var both = quorum.Open(ClerkOf(data.Council, data.Panel)))
        {
            var application = await both.Applications.Include(a => a.Appraisal).SingleAsync(a => a.Id == added.Id);
            await ApplicationCatalogue.UpdateAsync(both, application, Entry() with { BodyId = data.Panel });
        }

        (await ReadAsync(added.Id)).BodyId.ShouldBe(data.Panel);

        using (var clerk = quorum.Open(ClerkOf(data.Panel)))
        {
            var application = await clerk.Applications.Include(a => a.Appraisal).SingleAsync(a => a.Id == added.Id);
            await ApplicationCatalogue.DeleteAsync(clerk, application);
        }

        using var read = quorum.Open(Viewer.System);
        (await read.Applications.CountAsync()).ShouldBe(0);
        (await read.ApplicationAppraisals.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task WhoElseRuns_IsOtherOrganisationsOnly_SharedServicesFirst_ThenByOrganisation()
    {
        var mine = await AddAsync(Entry());
        await AddAsync(Entry() with { OrganisationId = data.Westvale, Product = "ledgerline revenues" });
        await AddAsync(Entry() with { OrganisationId = data.Eastbrook, Product = "LEDGERLINE REVENUES" });
        await AddAsync(Entry() with { BodyId = data.Panel, OrganisationId = data.Northshire });
        await AddAsync(Entry("GeoView GIS") with { OrganisationId = data.Eastbrook });
        using var db = quorum.Open(Viewer.System);

        (await ApplicationCatalogue.WhoElseRunsAsync(db, mine)).Select(a => a.Organisation!.Name).ShouldBe(["Eastbrook", "Westvale"]);
    }

    [Fact]
    public async Task WhoElseRuns_ListsAnOrganisationsEntriesInSeveralCatalogues_InTheOrderTheyWereAdded()
    {
        var mine = await AddAsync(Entry());
        var inPanel = await AddAsync(Entry() with { BodyId = data.Panel, OrganisationId = data.Eastbrook });
        var inCouncil = await AddAsync(Entry() with { OrganisationId = data.Eastbrook });
        using var db = quorum.Open(Viewer.System);

        (await ApplicationCatalogue.WhoElseRunsAsync(db, mine)).Select(a => a.Id).ShouldBe([inPanel.Id, inCouncil.Id]);
    }

    [Fact]
    public async Task Filter_NarrowsByEachFieldGiven()
    {
        await AddAsync(Entry());
        await AddAsync(Entry("GeoView GIS") with { OrganisationId = data.Eastbrook, SupplierName = "Mapwright", Hosting = Hosting.OnPremises, OfferedAsSharedService = true });
        await AddAsync(Entry("Hearth Social Care") with { BodyId = data.Panel, OrganisationId = data.Westvale });
        using var db = quorum.Open(Viewer.System);

        string[] Products(ApplicationFilter filter) => [.. filter.Apply(db.Applications).Select(a => a.Product).AsEnumerable().Order(StringComparer.Ordinal)];

        Products(new ApplicationFilter()).ShouldBe(["GeoView GIS", "Hearth Social Care", "Ledgerline Revenues"]);
        Products(new ApplicationFilter(Body: "AP")).ShouldBe(["Hearth Social Care"]);
        Products(new ApplicationFilter(Body: " ")).Length.ShouldBe(3);
        Products(new ApplicationFilter(Organisation: data.Eastbrook)).ShouldBe(["GeoView GIS"]);
        Products(new ApplicationFilter(Product: "  GEOVIEW   gis ")).ShouldBe(["GeoView GIS"]);
        Products(new ApplicationFilter(Product: " ")).Length.ShouldBe(3);
        Products(new ApplicationFilter(Supplier: " MAPWRIGHT ")).ShouldBe(["GeoView GIS"]);
        Products(new ApplicationFilter(Supplier: " ")).Length.ShouldBe(3);
        Products(new ApplicationFilter(Hosting: Hosting.Cloud)).ShouldBe(["Hearth Social Care", "Ledgerline Revenues"]);
        Products(new ApplicationFilter(SharedServicesOnly: true)).ShouldBe(["GeoView GIS"]);
    }

    [Fact]
    public void FromAnEntry_GivesBackItsDetails()
    {
        var application = new Application
        {
            BodyId = 1,
            OrganisationId = 2,
            Product = "P",
            SupplierName = "S",
            ProductVersion = "V",
            Hosting = Hosting.OnPremises,
            ContractId = 3,
            RenewalDate = new DateOnly(2027, 1, 1),
            Users = 4,
            OfferedAsSharedService = true,
            Notes = "N",
            AppraisalRestricted = true,
            Appraisal = new ApplicationAppraisal { Satisfaction = 5, Comment = "C" },
        };

        ApplicationDetails.From(application).ShouldBe(new ApplicationDetails
        {
            BodyId = 1,
            OrganisationId = 2,
            Product = "P",
            SupplierName = "S",
            ProductVersion = "V",
            Hosting = Hosting.OnPremises,
            ContractId = 3,
            RenewalDate = new DateOnly(2027, 1, 1),
            Users = 4,
            OfferedAsSharedService = true,
            Notes = "N",
            Satisfaction = 5,
            SatisfactionComment = "C",
            AppraisalRestricted = true,
        });
    }

    [Fact]
    public void AnEntrysFields_HaveTheirLimits_EachSaidInItsOwnWords()
    {
        var valid = Entry();
        ApplicationCatalogue.Problems(valid with
        {
            Product = new string('p', 200),
            SupplierName = new string('s', 200),
            ProductVersion = new string('v', 50),
            Notes = new string('n', 2000),
            SatisfactionComment = new string('c', 2000),
            Users = ApplicationCatalogue.MaxUsers,
        }).ShouldBeEmpty();
        ApplicationCatalogue.Problems(valid with { Users = 0, Hosting = Hosting.OnPremises }).ShouldBeEmpty();

        ApplicationCatalogue.Problems(valid with
        {
            Product = new string('p', 201),
            SupplierName = new string('s', 201),
            ProductVersion = new string('v', 51),
            Notes = new string('n', 2001),
            SatisfactionComment = new string('c', 2001),
            Users = ApplicationCatalogue.MaxUsers + 1,
            Hosting = (Hosting)2,
        }).ShouldBe(new Dictionary<string, string>
        {
            ["product"] = "The product's name must be 200 characters or fewer",
            ["supplierName"] = "The supplier's name must be 200 characters or fewer",
            ["productVersion"] = "The version must be 50 characters or fewer",
            ["notes"] = "The notes must be 2,000 characters or fewer",
            ["satisfactionComment"] = "The comment must be 2,000 characters or fewer",
            ["users"] = "The number of users must be from 0 to 10,000,000",
            ["hosting"] = "Choose where the application runs: on premises or in the cloud",
        }, ignoreOrder: true);
        ApplicationCatalogue.Problems(valid with { Users = -1 }).Keys.ShouldBe(["users"]);
        ApplicationCatalogue.Problems(valid with { BodyId = null, OrganisationId = null }).ShouldBe(new Dictionary<string, string>
        {
            ["bodyId"] = "Choose the body whose catalogue keeps the application",
            ["organisationId"] = "Choose the organisation that runs the application",
        }, ignoreOrder: true);
    }
}
