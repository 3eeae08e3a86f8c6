using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.Consultations;

/// <summary>Consultations from outside bodies: the list by deadline, each one's decision, lead and response, and the API.</summary>
public sealed class ConsultationsModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapApiModule("Consultations");
        var consultations = api.MapCollection("consultations");   // listed in /api/v1
        consultations.MapGet("/", ConsultationsApi.ListAsync);      // reads are open, filtered by the visibility rule
        consultations.MapGet("/{id:int}", ConsultationsApi.GetAsync);
        consultations.MapPost("/", ConsultationsApi.RecordAsync);   // writes need a bearer token
    }
}
