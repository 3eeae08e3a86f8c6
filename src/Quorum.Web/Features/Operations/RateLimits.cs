using System.Threading.RateLimiting;
using Quorum.Web.Features.Accounts;

namespace Quorum.Web.Features.Operations;

/// <summary>
/// Limits per client address: sign-in attempts (<c>Quorum:RateLimits:SignInPerMinute</c>, default 20)
/// and API requests (<c>Quorum:RateLimits:ApiPerMinute</c>, default 600, counted per token when one is
/// sent). Past a limit the answer is 429 with <c>Retry-After</c>. A limit of 0 turns that limit off (the load
/// harness measures the API from one address).
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public static WebApplicationBuilder AddQuorumRateLimits(this WebApplicationBuilder builder)
    {
        var signInPerMinute = builder.Configuration.GetValue("Quorum:RateLimits:SignInPerMinute", 20);
        var apiPerMinute = builder.Configuration.GetValue("Quorum:RateLimits:ApiPerMinute", 600);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (IsSignInAttempt(context.Request) && signInPerMinute > 0)
                    return RateLimitPartition.GetFixedWindowLimiter("sign-in " + ClientOf(context), _ => Window(signInPerMinute));
                if (context.Request.Path.StartsWithSegments("/api") && apiPerMinute > 0)
                {
                    var who = ApiTokenHandler.HasBearer(context.Request)
                        ? "token " + Quorum.Accounts.ApiToken.HashOf(context.Request.Headers.Authorization.ToString())
                        : "api " + ClientOf(context);
                    return RateLimitPartition.GetFixedWindowLimiter(who, _ => Window(apiPerMinute));
                }

                return RateLimitPartition.GetNoLimiter("");
            });
        });
        return builder;
    }

    private static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/account/sign-in");

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions Window(int perMinute) => new()
    {
        PermitLimit = perMinute,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
