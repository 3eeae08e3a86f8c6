using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ActionStatusIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Actions_Status_DueDate",
                table: "Actions",
                columns: new[] { "Status", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Actions_Status_DueDate",
                table: "Actions");
        }
    }
}
