using Microsoft.Extensions.DependencyInjection;
using Quorum.Access;
using Quorum.Data;

namespace Quorum.Web.Tests.Conventions;

/// <summary>Every record states what it belongs to, so edit rights and audit access follow for it without a list of its own.</summary>
public sealed class OwnershipConventionTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    /// <summary>Records that belong to no body, and why.</summary>
    private static readonly Dictionary<string, string> Unowned = new()
    {
        ["AuditEvent"] = "the history itself, read through the record it describes",
        ["ApiToken"] = "a credential of one account",
        ["Setting"] = "Quorum's own settings",
        ["QuorumUser"] = "an account, kept by administrators",
        ["SearchDocument"] = "the search index, written by Quorum at every save from the records it describes; nobody edits it",
        ["WithdrawnRecord"] = "open data's note that a record was withdrawn, written by Quorum at save time; nobody edits it",
    };

    [Fact]
    public async Task EveryEntity_StatesItsOwner()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuorumDb>();
        var entities = db.Model.GetEntityTypes()
            .Where(t => !t.IsPropertyBag && !t.IsOwned() && t.ClrType.Namespace?.StartsWith("Quorum", StringComparison.Ordinal) == true)
            .Select(t => t.ClrType)
            .ToList();
        entities.Count.ShouldBeGreaterThan(20);

        var ownerless = entities.Where(t => !typeof(IOwned).IsAssignableFrom(t) && !Unowned.ContainsKey(t.Name)).Select(t => t.Name).ToList();

        ownerless.ShouldBeEmpty("Implement IOwned (what the record belongs to) on: " + string.Join(", ", ownerless));
    }
}
