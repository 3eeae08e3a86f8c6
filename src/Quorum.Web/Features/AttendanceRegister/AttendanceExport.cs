using Quorum.Data;

using Quorum.Web.Features.Api;

namespace Quorum.Web.Features.AttendanceRegister;

/// <summary>A body's attendance register as CSV: one row per person, one column per held meeting.</summary>
public static class AttendanceExport
{
    public static RouteGroupBuilder MapAttendanceExport(this RouteGroupBuilder api)
    {
        api.MapCollection("bodies").MapGet("/{shortName}/attendance.csv", async Task<IResult> (QuorumDb db, string shortName) =>
            await AttendanceGrid.LoadAsync(db, shortName, db.Today) is { } grid
                ? grid.ToExport().Csv()
                : Results.NotFound());
        return api;
    }
}
