using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ActionMeetingDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "MeetingDate",
                table: "Actions",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Every action takes its meeting's date before the indexes are built over it.
            migrationBuilder.Sql("""
                UPDATE "Actions" AS a SET "MeetingDate" = m."Date" FROM "Meetings" AS m WHERE m."Id" = a."MeetingId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Actions_MeetingDate_MeetingId_Sequence",
                table: "Actions",
                columns: new[] { "MeetingDate", "MeetingId", "Sequence" },
                descending: new[] { true, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_Status_MeetingDate_MeetingId_Sequence",
                table: "Actions",
                columns: new[] { "Status", "MeetingDate", "MeetingId", "Sequence" },
                descending: new[] { false, true, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Actions_MeetingDate_MeetingId_Sequence",
                table: "Actions");

            migrationBuilder.DropIndex(
                name: "IX_Actions_Status_MeetingDate_MeetingId_Sequence",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "MeetingDate",
                table: "Actions");
        }
    }
}
