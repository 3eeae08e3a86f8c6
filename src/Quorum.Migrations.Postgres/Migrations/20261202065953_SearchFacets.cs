using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The filters become words (Quorum.Search.SearchFacets) that the document derives, indexed
            // together with its text in one GIN index, so that a word and a body (kind, months) are met
            // inside the index instead of every document with the word being read and filtered.
            migrationBuilder.Sql("""
                ALTER TABLE "SearchDocuments" ADD "FacetVector" tsvector GENERATED ALWAYS AS (array_to_tsvector(array_remove(ARRAY[
                  'k' || "Kind",
                  'b' || "BodyId"::text,
                  'c' || (extract(year from "Date")::int / 100)::text,
                  'e' || (extract(year from "Date")::int / 10)::text,
                  'y' || extract(year from "Date")::int::text,
                  'm' || (extract(year from "Date")::int * 100 + extract(month from "Date")::int)::text], NULL))) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchDocuments_SearchVector_FacetVector" ON "SearchDocuments" USING GIN ("SearchVector", "FacetVector");""");
            migrationBuilder.Sql("""DROP INDEX "IX_SearchDocuments_SearchVector";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchDocuments_SearchVector" ON "SearchDocuments" USING GIN ("SearchVector");""");
            migrationBuilder.Sql("""DROP INDEX "IX_SearchDocuments_SearchVector_FacetVector";""");
            migrationBuilder.Sql("""ALTER TABLE "SearchDocuments" DROP COLUMN "FacetVector";""");
        }
    }
}
