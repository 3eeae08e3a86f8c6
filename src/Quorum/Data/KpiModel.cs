using Microsoft.EntityFrameworkCore;

namespace Quorum.Data;

/// <summary>The strategic KPIs register's tables.</summary>
internal static class KpiModel
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<Kpis.Kpi>(e =>
        {
            e.Property(k => k.Name).HasMaxLength(200);
            e.Property(k => k.Definition).HasMaxLength(4000);
            e.Property(k => k.Unit).HasMaxLength(40);
            e.Property(k => k.Direction).HasConversion<string>().HasMaxLength(16);
            e.Property(k => k.Target).HasPrecision(18, 4);
            e.Property(k => k.Tolerance).HasPrecision(18, 4);
            e.HasOne(k => k.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
            // A measure's name is unique in its register.
            e.HasIndex(k => new { k.BodyId, k.Name }).IsUnique();
        });

        model.Entity<Kpis.KpiValue>(e =>
        {
            e.Property(v => v.Period).HasMaxLength(7);
            e.Property(v => v.Value).HasPrecision(18, 4);
            e.Property(v => v.Note).HasMaxLength(1000);
            e.HasOne(v => v.Kpi).WithMany(k => k.Values).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(v => v.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
            // One figure per organisation and quarter: a second is a correction of the first.
            e.HasIndex(v => new { v.KpiId, v.OrganisationId, v.Period }).IsUnique();
        });
    }
}
