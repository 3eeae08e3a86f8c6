using Quorum.Bodies;

namespace Quorum.Tests;

public class BodyTests
{
    [Fact]
    public void Rename_KeepsEachFormerNameWithItsDates()
    {
        var body = new Body { Name = "Local CIO Forum", ShortName = "LCIOC" };
        body.Rename("Local CIO Council", new DateOnly(2009, 7, 1));
        body.Rename("Local Digital Council", new DateOnly(2015, 4, 1));

        body.Name.ShouldBe("Local Digital Council");
        body.FormerNames.Select(n => (n.Name, n.From, n.Until)).ShouldBe(
        [
            ("Local CIO Forum", (DateOnly?)null, new DateOnly(2009, 7, 1)),
            ("Local CIO Council", new DateOnly(2009, 7, 1), new DateOnly(2015, 4, 1)),
        ]);
    }

    [Fact]
    public void RenameToTheSameName_IsRefused()
    {
        Should.Throw<DomainException>(() => new Body { Name = "X", ShortName = "X" }.Rename("X", new DateOnly(2020, 1, 1)));
    }
}
