using Microsoft.AspNetCore.Http;
using Quorum.Web.Features.Operations;

namespace Quorum.Web.Tests.Reliability;

public sealed class WorkLimitTests
{
    [Fact]
    public async Task ReadsBeyondTheLimit_WaitTheirTurn_AndBeyondTheQueueAreTurnedAway()
    {
        using var gate = new WorkLimit(permits: 1, queue: 1);
        var release = new TaskCompletionSource();
        var started = 0;
        RequestDelegate page = async context =>
        {
            Interlocked.Increment(ref started);
            await release.Task;
            context.Response.StatusCode = StatusCodes.Status200OK;
        };

        var first = Get("/meetings");
        var running = gate.InvokeAsync(first, page);
        var second = Get("/actions");
        var waiting = gate.InvokeAsync(second, page);
        var third = Get("/search");
        await gate.InvokeAsync(third, page);

        third.Response.StatusCode.ShouldBe(StatusCodes.Status503ServiceUnavailable);
        third.Response.Headers.RetryAfter.ToString().ShouldBe("1");
        started.ShouldBe(1);
        waiting.IsCompleted.ShouldBeFalse();

        release.SetResult();
        await Task.WhenAll(running, waiting).WaitAsync(TimeSpan.FromSeconds(10));
        started.ShouldBe(2);
        second.Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
    }

    [Theory]
    [InlineData("POST", "/account/sign-in")]
    [InlineData("GET", "/health/live")]
    public async Task WritesAndHealth_NeverWait(string method, string path)
    {
        using var gate = new WorkLimit(permits: 1, queue: 0);
        var release = new TaskCompletionSource();
        var holding = gate.InvokeAsync(Get("/meetings"), async _ => await release.Task);

        var context = Get(path);
        context.Request.Method = method;
        var served = false;
        await gate.InvokeAsync(context, _ => { served = true; return Task.CompletedTask; }).WaitAsync(TimeSpan.FromSeconds(10));

        served.ShouldBeTrue();
        release.SetResult();
        await holding;
    }

    [Fact]
    public async Task AVisitorWhoLeavesWhileWaiting_CostsNothing()
    {
        using var gate = new WorkLimit(permits: 1, queue: 5);
        var release = new TaskCompletionSource();
        var holding = gate.InvokeAsync(Get("/meetings"), async _ => await release.Task);

        using var gone = new CancellationTokenSource();
        var leaving = Get("/actions");
        leaving.RequestAborted = gone.Token;
        var rendered = false;
        var waiting = gate.InvokeAsync(leaving, _ => { rendered = true; return Task.CompletedTask; });
        await gone.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(waiting);
        rendered.ShouldBeFalse();
        release.SetResult();
        await holding;
    }

    private static DefaultHttpContext Get(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }
}
