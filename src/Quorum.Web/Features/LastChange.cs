using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;

namespace Quorum.Web.Features;

/// <summary>
/// The newest audit event's id, read once for the request. Every save writes one in its own
/// transaction, whichever node or command made it, so anything kept under an older id (a kept
/// answer, the tracker's figures) is never served again.
/// </summary>
public sealed class LastChange(QuorumDb db)
{
    private string? read;

    /// <summary>
    /// Read at the first call and not again: what the request shows was read after it, so a change
    /// made meanwhile files it under the older id, which the next request no longer asks for.
    /// </summary>
    public async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        if (read is not null)
            return read;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT MAX("Id") FROM "AuditEvents" """;
            read = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
            return read;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
