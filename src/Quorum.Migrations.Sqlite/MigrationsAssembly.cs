namespace Quorum.Migrations.Sqlite;
/// <summary>Marker used to locate this migrations assembly.</summary>
public static class MigrationsAssembly;
