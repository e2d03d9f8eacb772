using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jobportunities.Core.Data;

/// <summary>
/// Inserts many new entities of one type with one prepared INSERT, executed once per entity on the
/// context's connection and current transaction, instead of EF Core's change tracker (whose
/// per-row command preparation costs about five times the insert itself: ADR 0028). Columns, value
/// conversions and parameter types come from the EF Core model, so the rows are the ones
/// SaveChanges would write (a test compares them column by column); the generated key is read back
/// into the entity. Entities are not tracked afterwards. Only for plain inserts: no owned entities,
/// no shadow properties, no store-generated values other than the key and plain column defaults.
/// </summary>
public sealed class BulkInsert<T>
    where T : class
{
    private readonly AppDbContext _db;
    private readonly IReadOnlyList<IProperty> _columns;
    private readonly IProperty _key;
    private readonly string _sql;

    public BulkInsert(AppDbContext db)
    {
        _db = db;
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new NotSupportedException($"{typeof(T).Name} is not in the model.");
        _key = entityType.FindPrimaryKey()?.Properties.SingleOrDefault(p => p.ValueGenerated == ValueGenerated.OnAdd)
            ?? throw new NotSupportedException($"{typeof(T).Name} needs a single store-generated key.");
        if (entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            throw new NotSupportedException($"{typeof(T).Name} has owned entities.");
        }

        _columns = Columns(entityType).Where(p => p != _key).ToList();
        var unsupported = _columns.FirstOrDefault(p => p.IsShadowProperty() || p.GetComputedColumnSql() is not null || p.GetDefaultValueSql() is not null
            || p.ValueGenerated is not (ValueGenerated.Never or ValueGenerated.OnAdd) || (p.ValueGenerated == ValueGenerated.OnAdd && !p.TryGetDefaultValue(out _)));
        if (unsupported is not null)
        {
            throw new NotSupportedException($"{typeof(T).Name}.{unsupported.Name} is a shadow or store-generated property.");
        }

        _sql = InsertSql(db, entityType);
    }

    /// <summary>Inserts the entities in order; each gets its key before the next is inserted.</summary>
    public async Task InsertAsync(IEnumerable<T> entities, CancellationToken ct = default)
    {
        var connection = _db.Database.GetDbConnection();
        // Microsoft.Data.Sqlite runs its async methods synchronously: the plain call saves a task per row.
        var sqlite = _db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
        await _db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _sql;
            command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var entity in entities)
            {
                if (entity is IVersioned versioned)
                {
                    versioned.NewVersion();
                }

                for (var i = 0; i < _columns.Count; i++)
                {
                    var column = _columns[i];
                    var value = column.GetGetter().GetClrValueUsingContainingEntity(entity);
                    if (column.ValueGenerated == ValueGenerated.OnAdd && column.GetGetter().HasSentinelValueUsingContainingEntity(entity))
                    {
                        value = column.GetDefaultValue(); // what SaveChanges leaves to the column's default
                    }

                    // On SQLite the parameters are made once, by the column's type mapping; after that only the
                    // value changes, converted as the mapping converts it. SQL Server's mapping sizes a string
                    // parameter by its first value, so there each row gets parameters of its own.
                    if (!sqlite || command.Parameters.Count == i)
                    {
                        var parameter = column.GetRelationalTypeMapping().CreateParameter(command, "@p" + i, value, column.IsNullable);
                        if (command.Parameters.Count == i)
                        {
                            command.Parameters.Add(parameter);
                        }
                        else
                        {
                            command.Parameters[i] = parameter;
                        }
                    }
                    else
                    {
                        command.Parameters[i].Value = ProviderValue(column, value);
                    }
                }

                var id = (sqlite ? command.ExecuteScalar() : await command.ExecuteScalarAsync(ct)) ?? throw new InvalidOperationException("The insert returned no key.");
                var key = Convert.ChangeType(id, _key.ClrType, System.Globalization.CultureInfo.InvariantCulture);
                if (_key.FieldInfo is { } field)
                {
                    field.SetValue(entity, key);
                }
                else
                {
                    _key.PropertyInfo!.SetValue(entity, key);
                }
            }
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The value as <see cref="RelationalTypeMapping.CreateParameter"/> sets it: an enum without a converter as its number, then the mapping's converter.</summary>
    private static object ProviderValue(IProperty column, object? value)
    {
        var mapping = column.GetRelationalTypeMapping();
        if (value is not null && mapping.Converter is null && value.GetType().IsEnum)
        {
            value = Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture);
        }

        return (mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
    }

    /// <summary>The entity's own properties and those of its complex properties, nested ones included.</summary>
    private static IEnumerable<IProperty> Columns(ITypeBase type) =>
        type.GetProperties().Concat(type.GetComplexProperties().SelectMany(c => Columns(c.ComplexType)));

    private string InsertSql(AppDbContext db, IEntityType entityType)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var names = _columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)).ToList();
        var key = sql.DelimitIdentifier(_key.GetColumnName(table)!);
        var values = string.Join(", ", _columns.Select((_, i) => "@p" + i));
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema))
            .Append(" (").Append(string.Join(", ", names)).Append(')');
        return db.Database.ProviderName == "Microsoft.EntityFrameworkCore.SqlServer"
            ? text.Append(" OUTPUT INSERTED.").Append(key).Append(" VALUES (").Append(values).Append(')').ToString()
            : text.Append(" VALUES (").Append(values).Append(") RETURNING ").Append(key).Append(';').ToString();
    }
}
