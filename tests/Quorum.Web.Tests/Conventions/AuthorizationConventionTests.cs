using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Quorum.Web.Tests.Conventions;

/// <summary>The rules about rules: every endpoint states who may call it, and the visibility bypass stays rare.</summary>
public sealed partial class AuthorizationConventionTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    /// <summary>The only files that may read past the visibility rule, and why.</summary>
    private static readonly Dictionary<string, string> BypassAllowList = new()
    {
        ["src/Quorum/Access/VisibilityRule.cs"] = "defines the bypass",
        ["src/Quorum/Access/ViewerLookup.cs"] = "works out the viewer the filter is built from",
        ["src/Quorum/Access/WithheldItems.cs"] = "part of the rule: tells the public the number and ground of a withheld item, nothing else",
        ["src/Quorum/Access/WithheldInterests.cs"] = "part of the rule: tells others the category of a sensitive interest, nothing else",
        ["src/Quorum/Access/OpenData.cs"] = "part of the rule: open data lists a withheld item by its number and place, nothing else",
        ["src/Quorum/Access/PublicationWatch.cs"] = "part of the rule: marks as modified a record the rule has just made public again",
        ["src/Quorum/Demo/DemoData.cs"] = "--demo refuses a database holding any body, seen or not",
        ["src/Quorum/Actions/ActionRegister.cs"] = "action references count every action of the body, so none is issued twice",
        ["src/Quorum/Decisions/DecisionRegister.cs"] = "decision numbers count every decision of the body",
        ["src/Quorum/Data/QuorumDb.cs"] = "meeting numbers count every meeting of the body",
        ["src/Quorum/Data/References.cs"] = "a reference is checked against every record, as the database's foreign key would, reading only whether it exists",
        ["src/Quorum/Bodies/BodyRegister.cs"] = "short names are unique across bodies the viewer cannot see",
        ["src/Quorum/Notifications/Outbox.cs"] = "an unsubscribe link reads the address and kind it stands for, nothing of the message",
        ["src/Quorum/Search/SearchIndex.cs"] = "the index holds every record's words; search reads the records it finds back through the rule",
    };

    /// <summary>The only files that check an edit right by a body's id rather than by the record's owner, and why.</summary>
    private static readonly Dictionary<string, string> BodyRightAllowList = new()
    {
        ["src/Quorum/Access/Viewer.cs"] = "defines the right on a body",
        ["src/Quorum/Access/Ownership.cs"] = "resolves a record's owner to its body",
        ["src/Quorum.Web/Features/Exemptions/Index.cshtml.cs"] = "lists exempt items of the bodies the viewer keeps",
        ["src/Quorum.Web/Features/Programmes/Index.cshtml.cs"] = "offers the boards the viewer keeps",
        ["src/Quorum.Web/Features/Meetings/Create.cshtml.cs"] = "offers the bodies the viewer keeps",
    };

    [Fact]
    public void EditRights_FollowTheRecordsOwner()
    {
        var root = RepositoryRoot();
        var uses = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => BodyRight().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToList();

        uses.Except(BodyRightAllowList.Keys).ShouldBeEmpty("Check edit rights with db.MayEditAsync(record), which follows the record's owner");
    }

    [Fact]
    public void EveryEndpoint_StatesWhoMayCallIt()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(40);

        var undecided = endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        undecided.ShouldBeEmpty("Add RequireAuthorization() / [Authorize] or AllowAnonymous() / [AllowAnonymous] to: " + string.Join(", ", undecided));
    }

    [Fact]
    public void VisibilityBypass_IsUsedOnlyWhereAllowed()
    {
        var root = RepositoryRoot();
        var uses = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Bypass().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToList();

        uses.Except(BypassAllowList.Keys).ShouldBeEmpty("IncludingWithheld() or IgnoreQueryFilters() used outside the allow-list");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Quorum.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Quorum.slnx not found above the test assembly");
    }

    [GeneratedRegex(@"\bMayEdit\(")]
    private static partial Regex BodyRight();

    [GeneratedRegex(@"IncludingWithheld\(|IgnoreQueryFilters\(")]
    private static partial Regex Bypass();
}
