using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EvidenceDocumentId",
                table: "WorkBasedLearningCertificates",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EvidenceDocumentId",
                table: "DurableChecks",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DocumentContents",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Bytes = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentContents", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ContentKey = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkBasedLearningCertificates_EvidenceDocumentId",
                table: "WorkBasedLearningCertificates",
                column: "EvidenceDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DurableChecks_EvidenceDocumentId",
                table: "DurableChecks",
                column: "EvidenceDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_ContentKey",
                table: "Documents",
                column: "ContentKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_ParticipantId_UploadedUtc",
                table: "Documents",
                columns: new[] { "ParticipantId", "UploadedUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_DurableChecks_Documents_EvidenceDocumentId",
                table: "DurableChecks",
                column: "EvidenceDocumentId",
                principalTable: "Documents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkBasedLearningCertificates_Documents_EvidenceDocumentId",
                table: "WorkBasedLearningCertificates",
                column: "EvidenceDocumentId",
                principalTable: "Documents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DurableChecks_Documents_EvidenceDocumentId",
                table: "DurableChecks");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkBasedLearningCertificates_Documents_EvidenceDocumentId",
                table: "WorkBasedLearningCertificates");

            migrationBuilder.DropTable(
                name: "DocumentContents");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_WorkBasedLearningCertificates_EvidenceDocumentId",
                table: "WorkBasedLearningCertificates");

            migrationBuilder.DropIndex(
                name: "IX_DurableChecks_EvidenceDocumentId",
                table: "DurableChecks");

            migrationBuilder.DropColumn(
                name: "EvidenceDocumentId",
                table: "WorkBasedLearningCertificates");

            migrationBuilder.DropColumn(
                name: "EvidenceDocumentId",
                table: "DurableChecks");
        }
    }
}
