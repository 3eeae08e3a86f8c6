using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VisibleBodyCountIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bodies_IsPublic",
                table: "Bodies");

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_IsPublic_Id",
                table: "Bodies",
                columns: new[] { "IsPublic", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bodies_IsPublic_Id",
                table: "Bodies");

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_IsPublic",
                table: "Bodies",
                column: "IsPublic");
        }
    }
}
