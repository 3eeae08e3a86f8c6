namespace Quorum.Web.Features.Programmes;

/// <summary>Routes the programme pages need beyond their own: the workstream form also edits.</summary>
public static class ProgrammesSetup
{
    public static WebApplicationBuilder AddQuorumProgrammes(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(options =>
            options.Conventions.AddPageRoute("/Programmes/EditWorkstream", "workstreams/{id:int}/edit"));
        return builder;
    }
}
