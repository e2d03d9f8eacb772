using System.Text.RegularExpressions;
using Jobportunities.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Jobportunities.IntegrationTests.Foundation;

/// <summary>
/// SQL Server cannot run on the build machines, so this keeps its path honest: the idempotent
/// script of every SQL Server migration (as `dotnet ef migrations script --idempotent` makes it)
/// parses as T-SQL without a single error, including the statements EF wraps in EXEC(N'…').
/// </summary>
public partial class SqlServerMigrationScriptTests
{
    private static string GenerateScript()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlServer("Server=none;Database=none", o => o.MigrationsAssembly("Jobportunities.Migrations.SqlServer"))
            .Options;
        using var db = new AppDbContext(options);
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    [Fact]
    public void IdempotentScript_ParsesAsTSql_WithoutErrors()
    {
        var script = GenerateScript();
        Assert.Contains("CREATE TABLE [Programmes]", script);

        var errors = Parse(script);
        Assert.Empty(errors);

        foreach (Match exec in ExecBlock().Matches(script))
        {
            var inner = exec.Groups[1].Value.Replace("''", "'");
            Assert.Empty(Parse(inner));
        }
    }

    [Fact]
    public void SqlServerMigrations_CoverTheSameMigrationsAsSqlite()
    {
        static IEnumerable<string> Names(string assembly) =>
            System.Reflection.Assembly.Load(assembly).GetTypes()
                .Where(t => t.GetCustomAttributes(typeof(MigrationAttribute), false).Length > 0)
                .Select(t => t.Name)
                .Order();

        Assert.Equal(Names("Jobportunities.Migrations.Sqlite"), Names("Jobportunities.Migrations.SqlServer"));
    }

    [Fact]
    public void SqlServerModel_HasNoPendingChanges()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlServer("Server=none;Database=none", o => o.MigrationsAssembly("Jobportunities.Migrations.SqlServer"))
            .Options;
        using var db = new AppDbContext(options);
        Assert.False(db.Database.HasPendingModelChanges(), "Run tools/add-migration.sh: the model changed without a SQL Server migration.");
    }

    [Fact]
    public void SqliteModel_HasNoPendingChanges()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly("Jobportunities.Migrations.Sqlite"))
            .Options;
        using var db = new AppDbContext(options);
        Assert.False(db.Database.HasPendingModelChanges(), "Run tools/add-migration.sh: the model changed without a SQLite migration.");
    }

    private static IList<ParseError> Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors;
    }

    [GeneratedRegex(@"EXEC\(N'((?:[^']|'')*)'\)", RegexOptions.Singleline)]
    private static partial Regex ExecBlock();
}
