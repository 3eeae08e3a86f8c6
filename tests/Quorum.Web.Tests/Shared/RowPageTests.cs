using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.People;
using Quorum.Web.Features.Shared;

namespace Quorum.Web.Tests.Shared;

/// <summary>
/// The page of rows every HTML list reads, on a database held in memory (no host needed): the
/// number a visitor asks for is brought within reach, and a page knows whether another follows.
/// </summary>
public sealed class RowPageTests : IDisposable
{
    private const int Size = 10;

    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public RowPageTests() => connection.Open();

    public void Dispose() => connection.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(int.MinValue)]
    public async Task NoNumber_OrOneBelowOne_IsTheFirstPage(int? asked)
    {
        using var db = WithOrganisations(25);

        var page = await Listed(db).ReadPageAsync(asked, Size);

        page.Number.ShouldBe(1);
        page.Rows.ShouldBe(Names(0, 10));
        page.HasPrevious.ShouldBeFalse();
        page.HasMore.ShouldBeTrue();
    }

    [Fact]
    public async Task AMiddlePage_HasPagesEitherSide()
    {
        using var db = WithOrganisations(25);

        var page = await Listed(db).ReadPageAsync(2, Size);

        page.Number.ShouldBe(2);
        page.Rows.ShouldBe(Names(10, 10));
        page.HasPrevious.ShouldBeTrue();
        page.HasMore.ShouldBeTrue();
    }

    [Fact]
    public async Task TheLastPage_HoldsWhatIsLeft_AndHasNoMore()
    {
        using var db = WithOrganisations(25);

        var page = await Listed(db).ReadPageAsync(3, Size);

        page.Rows.ShouldBe(Names(20, 5));
        page.HasPrevious.ShouldBeTrue();
        page.HasMore.ShouldBeFalse();
    }

    [Fact]
    public async Task AListOfWholePages_EndsOnAFullPage_WithNoEmptyPageAfter()
    {
        using var db = WithOrganisations(20);

        var last = await Listed(db).ReadPageAsync(2, Size);

        last.Rows.ShouldBe(Names(10, 10));
        last.HasMore.ShouldBeFalse();
    }

    [Fact]
    public async Task AnEmptyList_IsOneEmptyPage()
    {
        using var db = WithOrganisations(0);

        var page = await Listed(db).ReadPageAsync(null, Size);

        page.Number.ShouldBe(1);
        page.Rows.ShouldBeEmpty();
        page.HasPrevious.ShouldBeFalse();
        page.HasMore.ShouldBeFalse();
    }

    [Fact]
    public async Task APagePastTheEnd_IsEmpty_WithALinkBack()
    {
        using var db = WithOrganisations(25);

        var page = await Listed(db).ReadPageAsync(7, Size);

        page.Number.ShouldBe(7);
        page.Rows.ShouldBeEmpty();
        page.PreviousNext("Pages", n => $"?page={n}").ShouldBe(("Pages", "?page=6", null));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData((int.MaxValue / Size) + 2)]
    public async Task AHugeNumber_IsTheDeepestPageTheRowsBeforeItCanBeCountedTo(int asked)
    {
        using var db = WithOrganisations(25);

        var page = await Listed(db).ReadPageAsync(asked, Size);

        page.Number.ShouldBe((int.MaxValue / Size) + 1);
        page.Rows.ShouldBeEmpty();
        page.HasPrevious.ShouldBeTrue();
    }

    [Theory]
    [InlineData(1, int.MaxValue)]
    [InlineData(2, (int.MaxValue / 2) + 1)]
    [InlineData(50, 42_949_673)]
    [InlineData(100, 21_474_837)]
    [InlineData(int.MaxValue, 2)]
    public void TheDeepestPage_SkipsNoMoreRowsThanAnIntCounts(int size, int deepest)
    {
        RowPage.Deepest(size).ShouldBe(deepest);
        ((deepest - 1L) * size).ShouldBeLessThanOrEqualTo(int.MaxValue);
        // A page of one row reaches int.MaxValue itself; any larger page one deeper would overflow.
        if (size > 1)
            (deepest * (long)size).ShouldBeGreaterThan(int.MaxValue);
    }

    [Fact]
    public void PreviousNext_LinksOnlyThePagesThatExist()
    {
        static string Url(int n) => $"/organisations?pageNumber={n}";

        new RowPage<int>([1], 1, HasMore: false).PreviousNext("Pages of organisations", Url).ShouldBe(("Pages of organisations", null, null));
        new RowPage<int>([1], 1, HasMore: true).PreviousNext("Pages of organisations", Url).ShouldBe(("Pages of organisations", null, "/organisations?pageNumber=2"));
        new RowPage<int>([1], 3, HasMore: true).PreviousNext("Pages of organisations", Url)
            .ShouldBe(("Pages of organisations", "/organisations?pageNumber=2", "/organisations?pageNumber=4"));
    }

    private QuorumDb WithOrganisations(int count)
    {
        var db = new QuorumDb(new DbContextOptionsBuilder<QuorumDb>().UseSqlite(connection).Options) { Viewer = Viewer.System };
        db.Database.EnsureCreated();
        // Added in reverse, so that only the list's order puts them in order.
        db.Organisations.AddRange(Enumerable.Range(0, count).Reverse().Select(i => new Organisation { Name = Name(i) }));
        db.SaveChanges();
        return db;
    }

    private static IQueryable<string> Listed(QuorumDb db) =>
        db.Organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => o.Name);

    private static string Name(int i) => $"Organisation {i:000}";

    private static List<string> Names(int from, int count) => [.. Enumerable.Range(from, count).Select(Name)];
}
