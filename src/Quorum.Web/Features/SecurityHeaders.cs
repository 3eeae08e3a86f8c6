using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Quorum.Web.Features;

/// <summary>
/// A strict Content-Security-Policy and the usual protective headers on every response; nothing
/// shown to a signed-in person is kept by caches; behind a TLS-terminating proxy, the scheme it
/// forwards makes cookies Secure and turns on HSTS.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Trusts X-Forwarded-For and X-Forwarded-Proto from the loopback proxy and from the addresses or
    /// networks listed in <c>Quorum:TrustedProxies</c> (comma-separated, e.g. <c>10.0.0.5,10.1.0.0/16</c>).
    /// </summary>
    public static WebApplicationBuilder AddQuorumProxySupport(this WebApplicationBuilder builder)
    {
        var trusted = (builder.Configuration["Quorum:TrustedProxies"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var entry in trusted)
            {
                if (entry.Contains('/', StringComparison.Ordinal))
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                else
                    options.KnownProxies.Add(IPAddress.Parse(entry));
            }
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });
        return builder;
    }

    public static WebApplication UseQuorumSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            context.Response.OnStarting(() =>
            {
                // What a signed-in person is shown may be theirs alone; anonymous answers are public by the visibility rule.
                if (context.User.Identity?.IsAuthenticated == true)
                    context.Response.Headers.CacheControl = "private, no-store";
                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }
}
