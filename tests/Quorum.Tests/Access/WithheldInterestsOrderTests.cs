using Quorum.Access;
using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.People;

namespace Quorum.Tests.Access;

public sealed class WithheldInterestsOrderTests : IDisposable
{
    private readonly InMemoryQuorum quorum = InMemoryQuorum.CompilingEveryQuery();

    public void Dispose() => quorum.Dispose();

    [Fact]
    public async Task WithheldInterests_AreListedInTheOrderTheyWereRegistered()
    {
        int version;
        using (var db = quorum.Open(Viewer.System))
        {
            var register = new InterestRegisterVersion
            {
                Body = new Body { Name = "Council", ShortName = "C" },
                Person = new Person { FullName = "Ada Member" },
                EffectiveFrom = new DateOnly(2026, 5, 1),
                PublishedOn = new DateOnly(2026, 5, 2),
            };
            register.Interests.Add(new RegisteredInterest { Category = InterestCategory.Land, Description = "Home address", IsSensitive = true });
            register.Interests.Add(new RegisteredInterest { Category = InterestCategory.Employment, Description = "Employer", IsSensitive = false });
            register.Interests.Add(new RegisteredInterest { Category = InterestCategory.Securities, Description = "Shares", IsSensitive = true });
            db.InterestRegisterVersions.Add(register);
            await db.SaveChangesAsync();
            version = register.Id;
        }

        using var reader = quorum.Open(Viewer.Anonymous);

        (await WithheldInterests.ForVersionsAsync(reader, [version]))
            .ShouldBe([new WithheldInterest(version, InterestCategory.Land), new WithheldInterest(version, InterestCategory.Securities)]);
    }
}
