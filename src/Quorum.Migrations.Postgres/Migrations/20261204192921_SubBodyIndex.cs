using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SubBodyIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bodies_ParentBodyId",
                table: "Bodies");

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_ParentBodyId",
                table: "Bodies",
                column: "ParentBodyId",
                filter: "\"ParentBodyId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bodies_ParentBodyId",
                table: "Bodies");

            migrationBuilder.CreateIndex(
                name: "IX_Bodies_ParentBodyId",
                table: "Bodies",
                column: "ParentBodyId");
        }
    }
}
