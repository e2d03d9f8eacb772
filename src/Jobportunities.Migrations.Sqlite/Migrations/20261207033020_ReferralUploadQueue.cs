using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralUploadQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedUtc",
                table: "ReferralUploads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "ReferralUploads",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<byte[]>(
                name: "PendingContent",
                table: "ReferralUploads",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Processed",
                table: "ReferralUploads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "ReferralUploads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Total",
                table: "ReferralUploads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralUploads_Status_UploadedUtc",
                table: "ReferralUploads",
                columns: new[] { "Status", "UploadedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReferralUploads_Status_UploadedUtc",
                table: "ReferralUploads");

            migrationBuilder.DropColumn(
                name: "ClaimedUtc",
                table: "ReferralUploads");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "ReferralUploads");

            migrationBuilder.DropColumn(
                name: "PendingContent",
                table: "ReferralUploads");

            migrationBuilder.DropColumn(
                name: "Processed",
                table: "ReferralUploads");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ReferralUploads");

            migrationBuilder.DropColumn(
                name: "Total",
                table: "ReferralUploads");
        }
    }
}
