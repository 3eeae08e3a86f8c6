using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Applications;
using Quorum.Bodies;
using Quorum.Contracts;
using Quorum.People;

namespace Quorum.Tests;

public class ApplicationTests
{
    private static ApplicationDetails Valid => new()
    {
        BodyId = 1,
        OrganisationId = 2,
        Product = "Ledgerline Revenues",
        SupplierName = "Ledgerline Systems Ltd",
        Hosting = Hosting.Cloud,
    };

    [Theory]
    [InlineData("Ledgerline Revenues", "ledgerline revenues")]
    [InlineData("  LEDGERLINE   revenues ", "ledgerline revenues")]
    [InlineData("Ledgerline\tRevenues", "ledgerline revenues")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void ProductKey_IgnoresCaseAndSpacing(string? product, string key)
    {
        ApplicationCatalogue.ProductKey(product).ShouldBe(key);
    }

    [Fact]
    public void ProductKey_TellsDifferentProductsApart()
    {
        ApplicationCatalogue.ProductKey("Ledgerline Revenues").ShouldNotBe(ApplicationCatalogue.ProductKey("Ledgerline Revenue"));
    }

    [Fact]
    public void Problems_AcceptAValidEntry() => ApplicationCatalogue.Problems(Valid).ShouldBeEmpty();

    [Fact]
    public void Problems_NameEachFieldInError()
    {
        var problems = ApplicationCatalogue.Problems(Valid with
        {
            BodyId = null,
            OrganisationId = null,
            Product = "  ",
            SupplierName = null,
            ProductVersion = new string('9', 51),
            Hosting = (Hosting)7,
            Users = -1,
            Satisfaction = 6,
        });
        problems.Keys.Order().ShouldBe(["bodyId", "hosting", "organisationId", "product", "productVersion", "satisfaction", "supplierName", "users"]);
        problems["satisfaction"].ShouldBe("Satisfaction is from 1 (poor) to 5 (excellent)");
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Satisfaction_IsFromOneToFive(int score, bool valid)
    {
        ApplicationCatalogue.Problems(Valid with { Satisfaction = score }).ContainsKey("satisfaction").ShouldBe(!valid);
    }

    [Fact]
    public void Matrix_PutsOneProductInOneRow_WhateverItsSpelling_AndTheMostSharedFirst()
    {
        var (a, b, c) = (new Organisation { Id = 1, Name = "Eastbrook" }, new Organisation { Id = 2, Name = "Anvil" }, new Organisation { Id = 3, Name = "Westvale" });
        Application Entry(int id, Organisation o, string product, bool shared = false) => new()
        {
            Id = id,
            Organisation = o,
            OrganisationId = o.Id,
            Product = product,
            ProductKey = ApplicationCatalogue.ProductKey(product),
            SupplierName = "S",
            OfferedAsSharedService = shared,
        };

        var matrix = ApplicationMatrix.Of([Entry(1, a, "GeoView GIS"), Entry(2, b, "geoview  gis", shared: true), Entry(3, c, "GeoView GIS"), Entry(4, a, "Hearth Social Care")]);

        matrix.Organisations.Select(o => o.Name).ShouldBe(["Anvil", "Eastbrook", "Westvale"]);
        matrix.Rows.Select(r => r.Product).ShouldBe(["GeoView GIS", "Hearth Social Care"]);
        matrix.Rows[0].Organisations.ShouldBe(3);
        matrix.Rows[0].OfferedAsSharedService.ShouldBeTrue();
        matrix.Rows[0].ByOrganisation[2].Id.ShouldBe(2);
        matrix.Rows[1].ByOrganisation.Keys.ShouldBe([1]);
    }

    [Fact]
    public async Task WhoElseRuns_FindsTheSameProductAtOtherOrganisations_SharedServicesFirst()
    {
        using var store = new InMemoryQuorum();
        var (body, orgs) = await CatalogueAsync(store);
        using var db = store.Open(Viewer.System);
        var mine = await ApplicationCatalogue.AddAsync(db, Valid with { BodyId = body, OrganisationId = orgs[0] });
        await ApplicationCatalogue.AddAsync(db, Valid with { BodyId = body, OrganisationId = orgs[1], Product = "LEDGERLINE  revenues", ProductVersion = "6.9" });
        await ApplicationCatalogue.AddAsync(db, Valid with { BodyId = body, OrganisationId = orgs[2], Product = "Ledgerline Revenues", OfferedAsSharedService = true });
        await ApplicationCatalogue.AddAsync(db, Valid with { BodyId = body, OrganisationId = orgs[1], Product = "GeoView GIS" });

        var others = await ApplicationCatalogue.WhoElseRunsAsync(db, mine);

        others.Select(o => o.OrganisationId).ShouldBe([orgs[2], orgs[1]]);
        others[1].Product.ShouldBe("LEDGERLINE revenues");
    }

    [Fact]
    public async Task AnOrganisation_RunsAProductOnceInACatalogue_HoweverItIsSpelt()
    {
        using var store = new InMemoryQuorum();
        var (body, orgs) = await CatalogueAsync(store);
        using var db = store.Open(Viewer.System);
        await ApplicationCatalogue.AddAsync(db, Valid with { BodyId = body, OrganisationId = orgs[0] });

        var refused = await Should.ThrowAsync<InvalidInputException>(() => ApplicationCatalogue.AddAsync(db, Valid with { BodyId = body, OrganisationId = orgs[0], Product = " ledgerline REVENUES" }));
        refused.Problems["product"].ShouldContain("already has");
    }

    [Fact]
    public async Task ALinkedContract_MustBeTheOrganisationsOwn()
    {
        using var store = new InMemoryQuorum();
        var (body, orgs) = await CatalogueAsync(store);
        using var db = store.Open(Viewer.System);
        var contract = new Contract { BodyId = body, OrganisationId = orgs[1], Title = "Revenues", Category = "Revenues", SupplierName = "Ledgerline", StartDate = new(2025, 1, 1), EndDate = new(2028, 1, 1) };
        db.Contracts.Add(contract);
        await db.SaveChangesAsync();

        var problems = await ApplicationCatalogue.ProblemsAsync(db, Valid with { BodyId = body, OrganisationId = orgs[0], ContractId = contract.Id }, null);
        problems["contractId"].ShouldBe("Choose one of the organisation's own contracts");
        (await ApplicationCatalogue.ProblemsAsync(db, Valid with { BodyId = body, OrganisationId = orgs[1], ContractId = contract.Id }, null)).ShouldBeEmpty();
        (await ApplicationCatalogue.ProblemsAsync(db, Valid with { BodyId = body, OrganisationId = orgs[1], ContractId = contract.Id + 100 }, null)).ShouldContainKey("contractId");
    }

    [Fact]
    public async Task ARestrictedAppraisal_ReachesOnlyTheCataloguesMembers_TheEntryStaysPublic()
    {
        using var store = new InMemoryQuorum();
        var (body, orgs) = await CatalogueAsync(store);
        using (var db = store.Open(Viewer.System))
        {
            await ApplicationCatalogue.AddAsync(db, Valid with { BodyId = body, OrganisationId = orgs[0], Satisfaction = 2, AppraisalRestricted = true });
            await ApplicationCatalogue.AddAsync(db, Valid with { BodyId = body, OrganisationId = orgs[1], Satisfaction = 4 });
        }

        using var anonymous = store.Open(Viewer.Anonymous);
        (await anonymous.Applications.CountAsync()).ShouldBe(2);
        (await anonymous.Applications.Include(a => a.Appraisal).Where(a => a.Appraisal != null).Select(a => a.OrganisationId).ToListAsync()).ShouldBe([orgs[1]]);
        (await anonymous.ApplicationAppraisals.Select(x => x.Satisfaction).ToListAsync()).ShouldBe([4]);

        using var member = store.Open(new Viewer { UserId = "m", MemberOf = [body] });
        (await member.ApplicationAppraisals.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task OnlyTheCataloguesClerks_AddToIt()
    {
        using var store = new InMemoryQuorum();
        var (body, orgs) = await CatalogueAsync(store);
        using var member = store.Open(new Viewer { UserId = "m", MemberOf = [body] });
        await Should.ThrowAsync<EditNotAllowedException>(() => ApplicationCatalogue.AddAsync(member, Valid with { BodyId = body, OrganisationId = orgs[0] }));
        using var clerk = store.Open(new Viewer { UserId = "c", ClerkOf = [body] });
        (await ApplicationCatalogue.AddAsync(clerk, Valid with { BodyId = body, OrganisationId = orgs[0] })).Id.ShouldBeGreaterThan(0);
    }

    internal static async Task<(int Body, int[] Organisations)> CatalogueAsync(InMemoryQuorum store)
    {
        using var db = store.Open(Viewer.System);
        var body = new Body { Name = "CIO Council", ShortName = "CIO" };
        Organisation[] orgs = [new() { Name = "Northshire" }, new() { Name = "Eastbrook" }, new() { Name = "Westvale" }];
        db.AddRange(body);
        db.Organisations.AddRange(orgs);
        await db.SaveChangesAsync();
        return (body.Id, [.. orgs.Select(o => o.Id)]);
    }
}
