namespace Quorum.Migrations.Postgres;
/// <summary>Marker used to locate this migrations assembly.</summary>
public static class MigrationsAssembly;
