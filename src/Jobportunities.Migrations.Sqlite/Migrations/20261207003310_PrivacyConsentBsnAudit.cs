using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyConsentBsnAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "GivenOn",
                table: "ConsentRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BsnHash",
                table: "Applications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BsnProtected",
                table: "Applications",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProtectedSecrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProtectedValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectedSecrets", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ProgrammeId_BsnHash",
                table: "Applications",
                columns: new[] { "ProgrammeId", "BsnHash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProtectedSecrets");

            migrationBuilder.DropIndex(
                name: "IX_Applications_ProgrammeId_BsnHash",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "GivenOn",
                table: "ConsentRecords");

            migrationBuilder.DropColumn(
                name: "BsnHash",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "BsnProtected",
                table: "Applications");
        }
    }
}
