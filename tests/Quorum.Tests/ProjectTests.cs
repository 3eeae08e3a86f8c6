using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Programmes;
using Quorum.Projects;

namespace Quorum.Tests;

public class ProjectTests
{
    private static ProjectDetails Valid => new()
    {
        BodyId = 1,
        OrganisationId = 2,
        Name = "Data centre consolidation",
        Stage = ProjectStage.Delivery,
        Budget = 450_000m,
        Rag = Rag.Amber,
    };

    [Fact]
    public void Problems_AcceptAValidProject() => ProjectListing.Problems(Valid).ShouldBeEmpty();

    [Fact]
    public void Problems_NameEachFieldInError()
    {
        var problems = ProjectListing.Problems(Valid with { BodyId = null, OrganisationId = null, Name = " ", Stage = (ProjectStage)9, Rag = (Rag)9, Budget = -1m });
        problems.Keys.Order().ShouldBe(["bodyId", "budget", "name", "organisationId", "rag", "stage"]);
        problems["budget"].ShouldBe("The budget must be £0 or more");
    }

    [Theory]
    [InlineData(ProjectStage.Idea, "Idea")]
    [InlineData(ProjectStage.BusinessCase, "Business case")]
    [InlineData(ProjectStage.Delivery, "Delivery")]
    [InlineData(ProjectStage.Closed, "Closed")]
    public void Stage_ReadsAsWords(ProjectStage stage, string label) => ProjectListing.StageLabel(stage).ShouldBe(label);

    [Fact]
    public async Task Updating_SavesTheNewDetails_AndRefusesInvalidOnesLeavingTheProjectAsItWas()
    {
        using var store = new InMemoryQuorum();
        var (council, orgs) = await ApplicationTests.CatalogueAsync(store);
        var clerk = new Viewer { UserId = "c", ClerkOf = [council] };
        using (var db = store.Open(clerk))
        {
            var project = await ProjectListing.AddAsync(db, Valid with { BodyId = council, OrganisationId = orgs[0] });
            await ProjectListing.UpdateAsync(db, project, Valid with { BodyId = council, OrganisationId = orgs[0], Name = "Data centre exit", Stage = ProjectStage.Closed });
        }

        using (var db = store.Open(clerk))
        {
            var project = await db.Projects.SingleAsync();
            (project.Name, project.Stage).ShouldBe(("Data centre exit", ProjectStage.Closed));
            var refused = await Should.ThrowAsync<InvalidInputException>(() => ProjectListing.UpdateAsync(db, project, Valid with { BodyId = council, OrganisationId = orgs[0], Name = " " }));
            refused.Problems.ShouldBe(new Dictionary<string, string> { ["name"] = "Enter the project's name" });
        }

        using var reader = store.Open(clerk);
        (await reader.Projects.SingleAsync()).Name.ShouldBe("Data centre exit");
    }

    [Fact]
    public async Task AWorkstream_CanBeLinkedOnlyWhenTheViewerSeesIt_AndTheLinkIsHiddenFromThoseWhoDoNot()
    {
        using var store = new InMemoryQuorum();
        var (council, orgs) = await ApplicationTests.CatalogueAsync(store);
        int board, workstream;
        using (var db = store.Open(Viewer.System))
        {
            var privateBoard = new Body { Name = "Programme Board", ShortName = "PB", IsPublic = false };
            var programme = new Programme { Body = privateBoard, Name = "Partnership" };
            var ict = new Workstream { Name = "ICT" };
            programme.Workstreams.Add(ict);
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            (board, workstream) = (privateBoard.Id, ict.Id);
        }

        // The council's clerk does not sit on the board: its workstreams are not theirs to name.
        using var clerk = store.Open(new Viewer { UserId = "c", ClerkOf = [council] });
        var refused = await Should.ThrowAsync<InvalidInputException>(() => ProjectListing.AddAsync(clerk, Valid with { BodyId = council, OrganisationId = orgs[0], WorkstreamId = workstream }));
        refused.Problems.Keys.ShouldBe(["workstreamId"]);

        using var clerkOnBoard = store.Open(new Viewer { UserId = "cb", ClerkOf = [council], MemberOf = [board] });
        var project = await ProjectListing.AddAsync(clerkOnBoard, Valid with { BodyId = council, OrganisationId = orgs[0], WorkstreamId = workstream, Budget = 1234.567m });
        project.Budget.ShouldBe(1234.57m);

        using var anonymous = store.Open(Viewer.Anonymous);
        var seen = await anonymous.Projects.Include(p => p.Workstream).SingleAsync();
        seen.Name.ShouldBe("Data centre consolidation");
        seen.Workstream.ShouldBeNull();
    }
}
