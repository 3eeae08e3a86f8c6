using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Quorum.Data;

namespace Quorum.Cli.Generate;

/// <summary>
/// Writes many records at once, past the change tracker: prepared inserts in one transaction on
/// SQLite, binary <c>COPY</c> on PostgreSQL. Tables and columns come from the EF Core model, so the
/// rows land exactly where the context would have put them.
/// </summary>
public sealed class BulkWriter(QuorumDb db)
{
    private readonly List<string> tablesWithIdentity = [];

    private bool cacheEnlarged;

    private string? searchIndexTrigger;

    public bool IsPostgres => db.Database.IsNpgsql();

    /// <summary>The highest id of each table, so new rows can be numbered beyond it.</summary>
    public async Task<Dictionary<string, int>> HighestIdsAsync(IEnumerable<string> entityNames, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        var highest = new Dictionary<string, int>();
        foreach (var name in entityNames)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{TableOf(name)}\"";
            highest[name] = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        return highest;
    }

    /// <summary>Writes <paramref name="records"/> of an entity type as rows of its table.</summary>
    public Task WriteAsync<T>(IEnumerable<T> records, CancellationToken cancellationToken) where T : class
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = new List<(string Name, Func<object, object?> Value)>();
        foreach (var property in type.GetProperties())
            columns.Add((property.GetColumnName(table)!, ValueOf(type, property)));
        foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
        {
            var owner = navigation.GetGetter();
            foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => !p.IsPrimaryKey()))
            {
                var inner = ValueOf(navigation.TargetEntityType, property);
                columns.Add((property.GetColumnName(table)!, e => owner.GetClrValue(e) is { } owned ? inner(owned) : null));
            }
        }

        if (type.FindPrimaryKey()?.Properties is [{ Name: "Id" }])
            tablesWithIdentity.Add(table.Name);
        return WriteRowsAsync(table.Name, [.. columns.Select(c => c.Name)], records.Select(r => columns.Select(c => c.Value(r)).ToArray()), cancellationToken);
    }

    /// <summary>Writes the rows of a many-to-many table (e.g. ActionOwners), naming its two key columns.</summary>
    public Task WriteLinksAsync(string table, string leftColumn, string rightColumn, IEnumerable<(int Left, int Right)> links, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(table) ?? throw new InvalidOperationException($"{table} is not in the model.");
        if (type.FindProperty(leftColumn) is null || type.FindProperty(rightColumn) is null)
            throw new InvalidOperationException($"{table} has no columns {leftColumn}, {rightColumn}.");
        return WriteRowsAsync(type.GetTableName()!, [leftColumn, rightColumn], links.Select(l => new object?[] { l.Left, l.Right }), cancellationToken);
    }

    /// <summary>
    /// On SQLite, stops the full-text index from being fed one document at a time by its insert
    /// trigger: fed row by row inside one long transaction it took most of the generation (36 of 52
    /// minutes at 100,000 meetings), while one statement over the same documents takes seconds.
    /// <see cref="IndexSearchDocumentsAsync"/> indexes what was written and puts the trigger back.
    /// The trigger's own definition is kept, so the migration that made it stays its only author.
    /// </summary>
    public async Task DeferSearchIndexingAsync(CancellationToken cancellationToken)
    {
        if (IsPostgres)
            return;
        var connection = await OpenAsync(cancellationToken);
        await using var read = connection.CreateCommand();
        read.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        read.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'SearchDocuments_Index'";
        searchIndexTrigger = await read.ExecuteScalarAsync(cancellationToken) as string
            ?? throw new InvalidOperationException("The search index's insert trigger is missing: is the database migrated?");
        await using var drop = connection.CreateCommand();
        drop.Transaction = read.Transaction;
        drop.CommandText = "DROP TRIGGER \"SearchDocuments_Index\"";
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Indexes the search documents numbered after <paramref name="highestBefore"/> in one statement and restores the insert trigger.</summary>
    public async Task IndexSearchDocumentsAsync(int highestBefore, CancellationToken cancellationToken)
    {
        if (searchIndexTrigger is null)
            return;
        var clock = Stopwatch.StartNew();
        var connection = await OpenAsync(cancellationToken);
        await using var index = connection.CreateCommand();
        index.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        index.CommandText = """
            INSERT INTO "SearchIndex"(rowid, "Title", "Text", "Facets")
            SELECT "Id", "Title", "Text", "Facets" FROM "SearchDocuments" WHERE "Id" > $highest ORDER BY "Id"
            """;
        var highest = index.CreateParameter();
        highest.ParameterName = "$highest";
        highest.Value = highestBefore;
        index.Parameters.Add(highest);
        var count = await index.ExecuteNonQueryAsync(cancellationToken);
        await using var restore = connection.CreateCommand();
        restore.Transaction = index.Transaction;
        restore.CommandText = searchIndexTrigger;
        await restore.ExecuteNonQueryAsync(cancellationToken);
        searchIndexTrigger = null;
        Written["SearchIndex"] = (count, clock.Elapsed);
    }

    /// <summary>Lets PostgreSQL's identity columns continue after the ids written here.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (!IsPostgres)
            return;
        var connection = await OpenAsync(cancellationToken);
        foreach (var table in tablesWithIdentity.Distinct())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM \"{table}\"), 1))";
            await command.ExecuteScalarAsync(cancellationToken);
        }
    }

    private string TableOf(string entityName) =>
        db.Model.GetEntityTypes().First(t => t.ClrType.Name == entityName || t.Name == entityName).GetTableName()!;

    /// <summary>
    /// A property's value as stored: foreign keys are taken from the navigation when only the
    /// navigation was set (as the model's operations do), and value converters are applied.
    /// </summary>
    private static Func<object, object?> ValueOf(IEntityType type, IProperty property)
    {
        var converter = property.GetTypeMapping().Converter;
        var getter = property.IsShadowProperty() ? null : property.GetGetter();
        var navigation = type.GetForeignKeys()
            .Where(fk => fk.Properties.Count == 1 && fk.Properties[0] == property && fk.DependentToPrincipal is { } nav && !nav.IsShadowProperty())
            .Select(fk => (Getter: fk.DependentToPrincipal!.GetGetter(), Key: fk.PrincipalKey.Properties[0].GetGetter()))
            .FirstOrDefault();
        return entity =>
        {
            var value = getter?.GetClrValue(entity);
            if ((value is null || value is 0) && navigation.Getter?.GetClrValue(entity) is { } principal)
                value = navigation.Key.GetClrValue(principal);
            return value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
        };
    }

    private async Task WriteRowsAsync(string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var count = 0;
        var connection = await OpenAsync(cancellationToken);
        var quoted = string.Join(", ", columns.Select(c => $"\"{c}\""));
        if (connection is NpgsqlConnection npgsql)
        {
            await using var importer = await npgsql.BeginBinaryImportAsync($"COPY \"{table}\" ({quoted}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var value in row)
                {
                    if (value is null)
                        await importer.WriteNullAsync(cancellationToken);
                    else
                        await importer.WriteAsync(value, PostgresTypeOf(value), cancellationToken);
                }

                count++;
            }

            await importer.CompleteAsync(cancellationToken);
        }
        else
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"INSERT INTO \"{table}\" ({quoted}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            var parameters = columns.Select((_, i) =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"$p{i}";
                command.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            await command.PrepareAsync(cancellationToken);
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                    parameters[i].Value = row[i] ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(cancellationToken);
                count++;
            }
        }

        var (before, spent) = Written.GetValueOrDefault(table);
        Written[table] = (before + count, spent + clock.Elapsed);
    }

    /// <summary>The rows written to each table so far, and the time it took, in the order first written.</summary>
    public OrderedDictionary<string, (int Rows, TimeSpan Time)> Written { get; } = [];

    private static NpgsqlDbType PostgresTypeOf(object value) => value switch
    {
        int => NpgsqlDbType.Integer,
        long => NpgsqlDbType.Bigint,
        short => NpgsqlDbType.Smallint,
        bool => NpgsqlDbType.Boolean,
        string => NpgsqlDbType.Text,
        DateOnly => NpgsqlDbType.Date,
        TimeOnly => NpgsqlDbType.Time,
        DateTime => NpgsqlDbType.TimestampTz,
        decimal => NpgsqlDbType.Numeric,
        double => NpgsqlDbType.Double,
        _ => throw new InvalidOperationException($"No PostgreSQL type for {value.GetType().Name}."),
    };

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(cancellationToken);
        if (!IsPostgres && !cacheEnlarged)
        {
            // SQLite's default 2 MB page cache makes every insert into a large table's indexes a
            // disk read once the tables outgrow it; a million meetings write tens of millions of rows.
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA cache_size = -262144";
            await command.ExecuteNonQueryAsync(cancellationToken);
            cacheEnlarged = true;
        }

        return connection;
    }
}
