namespace Quorum.Web.Tests;

/// <summary>One throwaway PostgreSQL cluster for the whole test process, started on first use.</summary>
public static class SharedPostgres
{
    private static readonly Lazy<(PostgresCluster? Cluster, string? Reason)> Started = new(() =>
    {
        var cluster = PostgresCluster.TryStart(out var reason);
        if (cluster is not null)
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return (cluster, reason);
    });

    public static PostgresCluster? Cluster => Started.Value.Cluster;

    public static string SkipReason => Started.Value.Reason ?? "";
}
