namespace Quorum.Web.Tests;

/// <summary>One throwaway PostgreSQL cluster for the whole test process.</summary>
public static class SharedPostgres
{
    public static IPostgresCluster? Cluster => null;

    public static string SkipReason => "PostgreSQL test cluster is not available";
}

public interface IPostgresCluster
{
    void CreateDatabase(string name);

    string ConnectionString(string database);
}
