using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;

namespace Quorum.Web.Features;

/// <summary>
/// The newest audit event's id, read once for the request. Every save writes one in its own
/// transaction, whichever node or command made it, so anything kept under an older id (a kept
/// answer, the tracker's figures) is never served again.
/// </summary>
public sealed class LastChange(LastChangeQuery query)
{
    private string? read;

    /// <summary>
    /// Read at the first call and not again: what the request shows was read after it, so a change
    /// made meanwhile files it under the older id, which the next request no longer asks for.
    /// </summary>
    public async Task<string> ReadAsync(CancellationToken cancellationToken) =>
        read ??= await query.ReadAsync().WaitAsync(cancellationToken);
}

/// <summary>
/// Asks the database for its newest audit event once for all the requests waiting at the same
/// time. Each request gets the answer of a query that began after it asked, so it still sees
/// every change saved before it came; but a burst of visitors served from kept answers costs one
/// query at a time and one connection, not one of each per visitor. (On PostgreSQL each visitor's
/// own query made the pool open a new server process per concurrent visitor: a quarter of a
/// second of stalls at every burst.)
/// </summary>
public sealed class LastChangeQuery(IServiceScopeFactory scopes)
{
    private readonly Lock gate = new();
    private bool running;
    private TaskCompletionSource<string>? next;

    public Task<string> ReadAsync()
    {
        lock (gate)
        {
            // A query under way began before this request asked: it waits for the next one.
            if (running)
                return (next ??= new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            running = true;
        }

        var first = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The queries run on their own, not in the first request's context (its services and cancellation).
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(() => AnswerAllAsync(first));
        return first.Task;
    }

    /// <summary>Answers one waiting group, then the group that gathered meanwhile, until none is left.</summary>
    private async Task AnswerAllAsync(TaskCompletionSource<string> group)
    {
        for (TaskCompletionSource<string>? waiting = group; waiting is not null;)
        {
            try
            {
                waiting.SetResult(await QueryAsync());
            }
            catch (Exception e)
            {
                waiting.SetException(e);
            }

            lock (gate)
            {
                waiting = next;
                next = null;
                running = waiting is not null;
            }
        }
    }

    private async Task<string> QueryAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuorumDb>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT MAX("Id") FROM "AuditEvents" """;
            return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
