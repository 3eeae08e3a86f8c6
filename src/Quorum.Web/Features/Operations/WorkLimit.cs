using System.Threading.RateLimiting;

namespace Quorum.Web.Features.Operations;

/// <summary>
/// At most <c>Quorum:Limits:ConcurrentRequests</c> reads (GET and HEAD; default four per core) query
/// the database and render at once; the rest wait their turn, oldest first, up to
/// <c>Quorum:Limits:QueuedRequests</c> (default 1,000), and past that are answered 503 with
/// <c>Retry-After</c>. On two cores, sixty-four pages rendered side by side finish no sooner than
/// eight at a time, but each holds its rows, its page and its database connection meanwhile:
/// bounding them bounds the server's memory under load, and a request whose visitor has gone
/// while it waited is dropped before it costs anything. Answers kept for visitors (the output
/// cache) and static files are served before this gate and never wait; nor does <c>/health</c>.
/// Writes never wait either: they are few, and an upload arriving slowly must not hold a place
/// that readers need. A limit of 0 turns the gate off.
/// </summary>
public sealed class WorkLimit(int permits, int queue) : IDisposable
{
    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = permits,
        QueueLimit = Math.Max(queue, 0),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        using var lease = await limiter.AcquireAsync(1, context.RequestAborted);
        if (!lease.IsAcquired)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            await context.Response.WriteAsync("Quorum is busy. Please try again in a moment.", context.RequestAborted);
            return;
        }

        await next(context);
    }

    public void Dispose() => limiter.Dispose();
}

public static class WorkLimitSetup
{
    public static WebApplication UseQuorumWorkLimit(this WebApplication app)
    {
        var permits = app.Configuration.GetValue("Quorum:Limits:ConcurrentRequests", 4 * Environment.ProcessorCount);
        if (permits <= 0)
            return app;
        var gate = new WorkLimit(permits, app.Configuration.GetValue("Quorum:Limits:QueuedRequests", 1000));
        app.Lifetime.ApplicationStopped.Register(gate.Dispose);
        app.Use(gate.InvokeAsync);
        return app;
    }
}
