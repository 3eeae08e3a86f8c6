using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Programmes;

namespace Quorum.Web.Features.Programmes;

/// <summary>The shapes in which programme pages load their records, through the visibility filter.</summary>
public static class ProgrammeQueries
{
    public static Task<Programme?> LoadDashboardAsync(this QuorumDb db, int id) =>
        db.Programmes
            .Include(p => p.Body)
            .Include(p => p.Workstreams).ThenInclude(w => w.Reports)
            .Include(p => p.Workstreams).ThenInclude(w => w.Milestones)
            .Include(p => p.Workstreams).ThenInclude(w => w.Raid).ThenInclude(r => r.Owner)
            .Include(p => p.Workstreams).ThenInclude(w => w.Sponsors)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id);

    public static Task<Workstream?> LoadWorkstreamAsync(this QuorumDb db, int id) =>
        db.Workstreams
            .Include(w => w.Programme!).ThenInclude(p => p.Body)
            .Include(w => w.LeadBody)
            .Include(w => w.Sponsors)
            .Include(w => w.Raid).ThenInclude(r => r.Owner)
            .Include(w => w.Milestones)
            .Include(w => w.Reports).ThenInclude(r => r.AgendaItem!).ThenInclude(i => i.Meeting)
            .AsSplitQuery()
            .SingleOrDefaultAsync(w => w.Id == id);
}
