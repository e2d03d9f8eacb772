using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveAll : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedUtc",
                table: "TrainingProviders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawReason",
                table: "PlanInstruments",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnByUserId",
                table: "PlanInstruments",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnUtc",
                table: "PlanInstruments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedUtc",
                table: "MatchingEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedUtc",
                table: "Courses",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ArchivedUtc",
                table: "TrainingProviders");

            migrationBuilder.DropColumn(
                name: "WithdrawReason",
                table: "PlanInstruments");

            migrationBuilder.DropColumn(
                name: "WithdrawnByUserId",
                table: "PlanInstruments");

            migrationBuilder.DropColumn(
                name: "WithdrawnUtc",
                table: "PlanInstruments");

            migrationBuilder.DropColumn(
                name: "ArchivedUtc",
                table: "MatchingEvents");

            migrationBuilder.DropColumn(
                name: "ArchivedUtc",
                table: "Courses");
        }
    }
}
