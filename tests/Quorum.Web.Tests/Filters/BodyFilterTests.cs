using Quorum.Bodies;

namespace Quorum.Web.Tests.Filters;

/// <summary>A filter lists the bodies to choose from, until there are too many to list: then the short name is typed.</summary>
public sealed class BodyFilterTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private static readonly string[] FilteredPages = ["/actions", "/search?q=budget", "/meetings", "/decisions"];

    [Fact]
    public async Task BeyondThreeHundredBodies_EveryFilterAsksForTheShortName_InsteadOfListingThemAll()
    {
        var client = app.CreateClient();
        foreach (var page in FilteredPages)
            (await client.GetStringAsync(page)).ShouldContain("<select class=\"govuk-select", customMessage: $"{page} lists the bodies");

        await app.WithDbAsync(async db =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            db.Bodies.AddRange(Enumerable.Range(0, 301).Select(i => new Body { Name = $"Parish Council {suffix} {i:000}", ShortName = $"PC{suffix}{i:000}", ActionPrefix = "PC", IsPublic = true }));
            await db.SaveChangesAsync();
        });
        foreach (var page in FilteredPages)
        {
            var html = await client.GetStringAsync(page + (page.Contains('?') ? "&" : "?") + "after-bodies=1");
            html.ShouldContain("<input class=\"govuk-input govuk-input--width-10\" id=\"Body\" name=\"Body\"", customMessage: $"{page} asks for the short name");
            html.ShouldNotContain("Parish Council", customMessage: $"{page} no longer lists every body");
        }
    }
}
