using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpImprovement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Improvement",
                table: "FollowUps",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Improvement",
                table: "FollowUps");
        }
    }
}
