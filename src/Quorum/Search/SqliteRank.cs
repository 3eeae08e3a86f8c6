using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Quorum.Search;

/// <summary>
/// FTS5's bm25, with each word's document frequency given by the caller instead of counted by the
/// index. FTS5's own bm25 counts every document holding each word on every query to weigh the words
/// against each other: 2.4 million documents for a common word in a national archive, some 100 ms.
/// Here the frequencies come from <see cref="DocumentFrequencies"/>, which counts a word once and
/// remembers it for a while; everything else is computed exactly as FTS5's bm25 does (same k1, b,
/// column weights, average length, clamping), from the positions the match already holds.
/// </summary>
internal static unsafe partial class SqliteRank
{
    /// <summary>The SQL function: <c>quorum_bm25("SearchIndex", weight per column..., frequency per word...)</c>; a column weighing 0 is left out of the lengths too.</summary>
    public const string Function = "quorum_bm25";

    private const double K1 = 1.2;
    private const double B = 0.75;

    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Registered = [];

    /// <summary>Makes the function known to this connection's FTS5, once per underlying connection.</summary>
    public static void EnsureRegistered(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        lock (Registered)
        {
            if (Registered.TryGetValue(handle, out _))
                return;
            Register(handle.DangerousGetHandle());
            Registered.Add(handle, new object());
        }
    }

    private static void Register(IntPtr db)
    {
        // FTS5 hands out its API through a pointer bound to "SELECT fts5(?)"; there is no other door.
        IntPtr statement = 0;
        Check(Prepare(db, "SELECT fts5(?1)\0"u8, &statement));
        IntPtr api = 0;
        try
        {
            fixed (byte* type = "fts5_api_ptr\0"u8)
                Check(BindPointer(statement, 1, (IntPtr)(&api), type, 0));
            _ = Step(statement);
        }
        finally
        {
            _ = Finalize(statement);
        }

        if (api == 0)
            throw new InvalidOperationException("This SQLite has no FTS5.");
        var createFunction = (delegate* unmanaged[Cdecl]<IntPtr, byte*, IntPtr, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, int, IntPtr*, void>, IntPtr, int>)((IntPtr*)api)[3];
        fixed (byte* name = "quorum_bm25\0"u8)
            Check(createFunction(api, name, 0, &Bm25, 0));
    }

    private static int Prepare(IntPtr db, ReadOnlySpan<byte> sql, IntPtr* statement)
    {
        fixed (byte* text = sql)
            return PrepareV2(db, text, -1, statement, 0);
    }

    private static void Check(int code)
    {
        if (code != 0)
            throw new InvalidOperationException($"SQLite refused the search ranking function (code {code}).");
    }

    // Fts5ExtensionApi: an int version (padded to a pointer), then function pointers in this order.
    private const int ColumnCount = 2, RowCount = 3, ColumnTotalSize = 4, PhraseCount = 6, InstCount = 8, Inst = 9, ColumnSize = 12;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Bm25(IntPtr api, IntPtr fts, IntPtr context, int count, IntPtr* values)
    {
        var f = (IntPtr*)api;
        var columns = ((delegate* unmanaged[Cdecl]<IntPtr, int>)f[ColumnCount])(fts);
        var phrases = ((delegate* unmanaged[Cdecl]<IntPtr, int>)f[PhraseCount])(fts);
        long rows = 0, tokens = 0;
        int instances = 0, size = 0;
        var rc = ((delegate* unmanaged[Cdecl]<IntPtr, long*, int>)f[RowCount])(fts, &rows);
        rc |= ((delegate* unmanaged[Cdecl]<IntPtr, int*, int>)f[InstCount])(fts, &instances);

        // A document's length, and the average, count the columns that weigh something: the facets
        // (a weight of 0) are not text, and FTS5's bm25 over the text alone is what is computed.
        for (var c = 0; c < columns && rc == 0; c++)
        {
            if (c < count && ValueDouble(values[c]) == 0.0)
                continue;
            long columnTokens = 0;
            int columnSize = 0;
            rc |= ((delegate* unmanaged[Cdecl]<IntPtr, int, long*, int>)f[ColumnTotalSize])(fts, c, &columnTokens);
            rc |= ((delegate* unmanaged[Cdecl]<IntPtr, int, int*, int>)f[ColumnSize])(fts, c, &columnSize);
            tokens += columnTokens;
            size += columnSize;
        }

        if (rc != 0 || phrases > 128)
        {
            ResultErrorCode(context, rc != 0 ? rc : 1);
            return;
        }

        var frequency = stackalloc double[phrases];
        for (var p = 0; p < phrases; p++)
            frequency[p] = 0;
        var inst = (delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int*, int>)f[Inst];
        for (var i = 0; i < instances; i++)
        {
            int phrase, column, offset;
            if (inst(fts, i, &phrase, &column, &offset) != 0)
                continue;
            frequency[phrase] += column < count ? ValueDouble(values[column]) : 1.0;
        }

        var averageLength = rows > 0 ? (double)tokens / rows : 1.0;
        var score = 0.0;
        for (var p = 0; p < phrases; p++)
        {
            // A word's frequency not given (one-word searches): its weight is the same for every row, so any will do.
            var idf = 1.0;
            if (columns + p < count)
            {
                var hits = ValueDouble(values[columns + p]);
                idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
                if (idf <= 0.0)
                    idf = 1e-6;
            }

            score += idf * (frequency[p] * (K1 + 1.0) / (frequency[p] + (K1 * (1 - B + (B * size / averageLength)))));
        }

        ResultDouble(context, -1.0 * score);
    }

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_prepare_v2")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int PrepareV2(IntPtr db, byte* sql, int length, IntPtr* statement, IntPtr tail);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_bind_pointer")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int BindPointer(IntPtr statement, int index, IntPtr pointer, byte* type, IntPtr destructor);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_step")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int Step(IntPtr statement);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_finalize")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int Finalize(IntPtr statement);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_value_double")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial double ValueDouble(IntPtr value);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_result_double")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial void ResultDouble(IntPtr context, double value);

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_result_error_code")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial void ResultErrorCode(IntPtr context, int code);
}

/// <summary>
/// How many documents hold a word (or a word's start), per database, counted once and kept for a
/// few minutes: the count only weighs words against each other in the ranking, a few new documents
/// hardly move it, and counting a common word reads its whole list of documents.
/// </summary>
internal static class DocumentFrequencies
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(5);
    private static readonly ConcurrentDictionary<(string Database, string Phrase), (long Count, DateTime At)> Counted = new();

    public static async Task<long> CountAsync(SqliteConnection connection, SqliteTransaction? transaction, string phrase, CancellationToken cancellationToken)
    {
        var key = (connection.DataSource, phrase);
        var now = DateTime.UtcNow;
        if (Counted.TryGetValue(key, out var known) && now - known.At < Kept)
            return known.Count;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """SELECT count(*) FROM "SearchIndex" WHERE "SearchIndex" MATCH @phrase""";
        command.Parameters.AddWithValue("@phrase", phrase);
        var count = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (Counted.Count > 10_000)
            Counted.Clear();
        Counted[key] = (count, now);
        return count;
    }
}
