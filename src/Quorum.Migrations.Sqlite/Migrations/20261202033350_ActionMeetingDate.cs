using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Every action takes its meeting's date before the indexes are built over it.
            migrationBuilder.Sql("""
                UPDATE "Actions" SET "MeetingDate" = (SELECT m."Date" FROM "Meetings" AS m WHERE m."Id" = "Actions"."MeetingId");
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
