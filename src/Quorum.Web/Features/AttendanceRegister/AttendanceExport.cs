using Quorum.Data;

namespace Quorum.Web.Features.AttendanceRegister;

/// <summary>A body's attendance register as CSV: one row per person, one column per held meeting.</summary>
public static class AttendanceExport
{
    public static IEndpointRouteBuilder MapAttendanceExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/bodies/{shortName}/attendance.csv", async Task<IResult> (QuorumDb db, string shortName) =>
            await AttendanceGrid.LoadAsync(db, shortName, DateOnly.FromDateTime(DateTime.Today)) is { } grid
                ? grid.ToExport().Csv()
                : Results.NotFound())
            .AllowAnonymous()
            .WithTags("Bodies");
        return app;
    }
}
