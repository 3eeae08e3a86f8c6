using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Quorum.Data;

#nullable disable

namespace Quorum.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Quorum's database plans each query for the page it serves: a few rows read by key through
    /// the visibility rule. PostgreSQL's defaults are made for reports over whole tables, and cost
    /// such queries more than they save: compiling a query (JIT) took a third of the slowest
    /// pages' time, and starting a parallel worker took 40 ms of a decisions list that then ran in
    /// 3 ms. Both are turned off for this database's sessions. Only the database's owner may do
    /// so; where Quorum's role is not the owner, the migration passes and says so, and the README
    /// tells the administrator the two settings.
    /// </summary>
    [DbContext(typeof(QuorumDb))]
    [Migration("20261204191500_PageQueryPlanning")]
    public partial class PageQueryPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Set(migrationBuilder, "off", "0");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Set(migrationBuilder, "DEFAULT", "DEFAULT");

        private static void Set(MigrationBuilder migrationBuilder, string jit, string parallelWorkers) =>
            migrationBuilder.Sql($"""
                DO $$
                BEGIN
                    EXECUTE format('ALTER DATABASE %I SET jit TO {jit}', current_database());
                    EXECUTE format('ALTER DATABASE %I SET max_parallel_workers_per_gather TO {parallelWorkers}', current_database());
                EXCEPTION WHEN insufficient_privilege THEN
                    RAISE NOTICE 'Quorum could not change its database''s query planning settings (only its owner may): set jit = off and max_parallel_workers_per_gather = 0 for it.';
                END
                $$;
                """);
    }
}
