using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Programmes;

namespace Quorum.Projects;

/// <summary>What a project is to be, from a form or the API. Every field is set as given.</summary>
public sealed record ProjectDetails
{
    public int? BodyId { get; init; }

    public int? OrganisationId { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public ProjectStage Stage { get; init; }

    public decimal? Budget { get; init; }

    public Rag Rag { get; init; }

    public int? WorkstreamId { get; init; }

    public static ProjectDetails From(Project p) => new()
    {
        BodyId = p.BodyId,
        OrganisationId = p.OrganisationId,
        Name = p.Name,
        Description = p.Description,
        Stage = p.Stage,
        Budget = p.Budget,
        Rag = p.Rag,
        WorkstreamId = p.WorkstreamId,
    };
}

/// <summary>Which projects a list shows: every filter is optional.</summary>
public sealed record ProjectFilter(string? Body = null, int? Organisation = null, ProjectStage? Stage = null, Rag? Rag = null, int? Workstream = null, string? Text = null)
{
    public IQueryable<Project> Apply(IQueryable<Project> projects)
    {
        if (!string.IsNullOrWhiteSpace(Body))
            projects = projects.Where(p => p.Body!.ShortName == Body);
        if (Organisation is { } organisation)
            projects = projects.Where(p => p.OrganisationId == organisation);
        if (Stage is { } stage)
            projects = projects.Where(p => p.Stage == stage);
        if (Rag is { } rag)
            projects = projects.Where(p => p.Rag == rag);
        if (Workstream is { } workstream)
            projects = projects.Where(p => p.WorkstreamId == workstream);
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim().ToLower();
            projects = projects.Where(p => p.Name.ToLower().Contains(text));
        }

        return projects;
    }
}

/// <summary>
/// Keeps the ICT projects listing: one set of rules for the pages and the API. Each change checks
/// its input and the right to edit the listing's body, and saves in one transaction.
/// </summary>
public static class ProjectListing
{
    public static string StageLabel(ProjectStage stage) => stage switch
    {
        ProjectStage.Idea => "Idea",
        ProjectStage.BusinessCase => "Business case",
        ProjectStage.Delivery => "Delivery",
        ProjectStage.Closed => "Closed",
        _ => stage.ToString(),
    };

    public static async Task<Project> AddAsync(QuorumDb db, ProjectDetails details, CancellationToken cancellationToken = default)
    {
        await EnsureMayKeepListingOfAsync(db, details.BodyId, cancellationToken);
        InvalidInputException.ThrowIfAny(await ProblemsAsync(db, details, cancellationToken));
        var project = new Project { Name = "" };
        Apply(project, details);
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return project;
    }

    public static async Task UpdateAsync(QuorumDb db, Project project, ProjectDetails details, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(project, cancellationToken);
        if (details.BodyId != project.BodyId)
            await EnsureMayKeepListingOfAsync(db, details.BodyId, cancellationToken);
        InvalidInputException.ThrowIfAny(await ProblemsAsync(db, details, cancellationToken));
        Apply(project, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task DeleteAsync(QuorumDb db, Project project, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(project, cancellationToken);
        db.Projects.Remove(project);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Refuses unless the viewer keeps the listing of body <paramref name="bodyId"/> (its clerks and administrators).</summary>
    public static async Task EnsureMayKeepListingOfAsync(QuorumDb db, int? bodyId, CancellationToken cancellationToken = default)
    {
        if (bodyId is null)
            throw new InvalidInputException(new Dictionary<string, string> { ["bodyId"] = "Choose the body whose listing keeps the project" });
        if (!await db.MayEditAsync(Owner.Of<Body>(bodyId.Value), cancellationToken))
            throw new EditNotAllowedException();
    }

    /// <summary>What is wrong with <paramref name="details"/>, by field; empty when nothing is.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ProblemsAsync(QuorumDb db, ProjectDetails details, CancellationToken cancellationToken = default)
    {
        var problems = new Dictionary<string, string>(Problems(details));
        if (details.BodyId is { } bodyId && !await db.Bodies.AnyAsync(b => b.Id == bodyId, cancellationToken))
            problems["bodyId"] = "Choose the body whose listing keeps the project";
        if (details.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
            problems["organisationId"] = "Choose the organisation whose project it is";
        // Read through the visibility rule: a workstream the viewer cannot see cannot be linked.
        if (details.WorkstreamId is { } workstreamId && !await db.Workstreams.AnyAsync(w => w.Id == workstreamId, cancellationToken))
            problems["workstreamId"] = "Choose a workstream of a programme";
        return problems;
    }

    /// <summary>The rules a project's fields must meet on their own, without the database.</summary>
    public static IReadOnlyDictionary<string, string> Problems(ProjectDetails d)
    {
        var problems = new Dictionary<string, string>();
        if (d.BodyId is null)
            problems["bodyId"] = "Choose the body whose listing keeps the project";
        if (d.OrganisationId is null)
            problems["organisationId"] = "Choose the organisation whose project it is";
        if (string.IsNullOrWhiteSpace(d.Name))
            problems["name"] = "Enter the project's name";
        else if (d.Name.Trim().Length > 300)
            problems["name"] = "The name must be 300 characters or fewer";
        if (d.Description?.Trim().Length > 4000)
            problems["description"] = "The description must be 4,000 characters or fewer";
        if (!Enum.IsDefined(d.Stage))
            problems["stage"] = "Choose the stage: idea, business case, delivery or closed";
        if (!Enum.IsDefined(d.Rag))
            problems["rag"] = "Choose the status: red, amber or green";
        if (d.Budget is < 0)
            problems["budget"] = "The budget must be £0 or more";
        else if (d.Budget > 100_000_000_000m)
            problems["budget"] = "The budget must be less than £100 billion";
        return problems;
    }

    private static void Apply(Project p, ProjectDetails d)
    {
        p.BodyId = d.BodyId!.Value;
        p.OrganisationId = d.OrganisationId!.Value;
        p.Name = d.Name!.Trim();
        p.Description = string.IsNullOrWhiteSpace(d.Description) ? null : d.Description.Trim();
        p.Stage = d.Stage;
        // Kept to the penny, on SQLite as on PostgreSQL.
        p.Budget = d.Budget is { } budget ? decimal.Round(budget, 2, MidpointRounding.AwayFromZero) : null;
        p.Rag = d.Rag;
        p.WorkstreamId = d.WorkstreamId;
    }
}
