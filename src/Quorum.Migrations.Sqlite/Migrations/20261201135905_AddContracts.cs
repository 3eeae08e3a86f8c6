using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SupplierCompanyNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    SupplierIsSme = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupplierIsVcse = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    ManagedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProcurementRoute = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NoticeUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ValueBand = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommercialDetailsRestricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Modified = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Contracts_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractTerms",
                columns: table => new
                {
                    ContractId = table.Column<int>(type: "INTEGER", nullable: false),
                    WholeLifeValue = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    AnnualValue = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    IrrecoverableVat = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractTerms", x => x.ContractId);
                    table.ForeignKey(
                        name: "FK_ContractTerms_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_BodyId_OrganisationId_Reference",
                table: "Contracts",
                columns: new[] { "BodyId", "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Category_EndDate",
                table: "Contracts",
                columns: new[] { "Category", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_OrganisationId",
                table: "Contracts",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractTerms");

            migrationBuilder.DropTable(
                name: "Contracts");
        }
    }
}
