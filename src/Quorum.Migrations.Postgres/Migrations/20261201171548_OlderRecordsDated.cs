using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OlderRecordsDated : Migration
    {
        private static readonly string[] DatedTables =
        [
            "Actions",
            "AgendaItems",
            "Attendance",
            "Bodies",
            "Decisions",
            "HighlightReports",
            "Locations",
            "Meetings",
            "Memberships",
            "Milestones",
            "Minutes",
            "Organisations",
            "Papers",
            "People",
            "Programmes",
            "RaidEntries",
            "Workstreams",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Records saved before Quorum dated them read 0001-01-01 (the columns' default when they
            // were added); open data would publish that. They are dated now, as first seen.
            foreach (var table in DatedTables)
            {
                migrationBuilder.Sql($"""UPDATE "{table}" SET "Created" = now() WHERE "Created" < '0002-01-01'""");
                migrationBuilder.Sql($"""UPDATE "{table}" SET "Modified" = "Created" WHERE "Modified" < '0002-01-01'""");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
