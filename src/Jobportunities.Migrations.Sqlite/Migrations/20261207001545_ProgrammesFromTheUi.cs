using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammesFromTheUi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedUtc",
                table: "Programmes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TargetEmployers",
                table: "Programmes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TargetWorkplaces",
                table: "Programmes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WwEndWithinMonths",
                table: "Programmes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WwEndDate",
                table: "Applications",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosedUtc",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "TargetEmployers",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "TargetWorkplaces",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "WwEndWithinMonths",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "WwEndDate",
                table: "Applications");
        }
    }
}
