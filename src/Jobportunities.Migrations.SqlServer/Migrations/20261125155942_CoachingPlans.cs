using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CoachingPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
