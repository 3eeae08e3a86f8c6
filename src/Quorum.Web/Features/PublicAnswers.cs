using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;
using Quorum.Data;

namespace Quorum.Web.Features;

/// <summary>
/// What anonymous visitors are shown is the same for all of them (the visibility rule decides it
/// from nothing but the records), so the busiest public pages and API reads are rendered once and
/// served again until anything changes; and answers are compressed for clients that ask.
/// </summary>
public static class PublicAnswers
{
    /// <summary>The output cache policy of pages and endpoints whose anonymous answers may be kept.</summary>
    public const string Policy = "PublicAnswers";

    public static WebApplicationBuilder AddQuorumPublicAnswers(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, new KeptWhileUnchanged());
            // "/bodies/ABC" and "/bodies/abc" are different addresses (short names are matched exactly).
            options.UseCaseSensitivePaths = true;
            options.SizeLimit = 32 * 1024 * 1024;
            options.MaximumBodySize = 1024 * 1024;
        });
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "text/calendar", "image/svg+xml"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.AddSingleton<IResponseCompressionProvider, AnonymousOverHttps>();
        builder.Services.AddScoped<LastChange>();
        builder.Services.AddSingleton<LastChangeQuery>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<VisitorFigures>();
        return builder;
    }

    /// <summary>Compression, outermost so that static files and kept answers are compressed too.</summary>
    public static WebApplication UseQuorumCompression(this WebApplication app)
    {
        app.UseResponseCompression();
        return app;
    }

    /// <summary>The output cache: after authentication, so it knows who is asking.</summary>
    public static WebApplication UseQuorumPublicAnswers(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }

    /// <summary>
    /// The visitor brings a message left for their next page (TempData, e.g. "The minutes have
    /// been published"). Pages read TempData only then: reading it otherwise answers with a cookie
    /// that deletes it, and an answer that sets a cookie is not kept.
    /// </summary>
    public static bool CarriesMessage(HttpRequest request) =>
        request.Cookies.Keys.Any(k => k.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider", StringComparison.Ordinal));

    /// <summary>
    /// Keeps an answer only when nobody is signed in and no credentials were sent, the answer is a
    /// 200 that sets no cookie and does not forbid storing (an anti-forgery token does), under the
    /// full URL, today's date and the database's last change, for at most a minute.
    /// </summary>
    private sealed class KeptWhileUnchanged : IOutputCachePolicy
    {
        private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

        async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var request = http.Request;
            // A message carried to the next page (TempData) is that visitor's own.
            var anonymous = http.User.Identity?.IsAuthenticated != true
                && StringValues.IsNullOrEmpty(request.Headers.Authorization)
                && !http.Items.ContainsKey(Accounts.ApiTokenHandler.RefusedItem)
                && !CarriesMessage(request);
            var kept = anonymous && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = kept;
            context.AllowCacheStorage = kept;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Lifetime;
            // Every query value is part of the key: without this, a policy of one's own keys by path alone.
            context.CacheVaryByRules.QueryKeys = "*";
            if (!kept)
                return;
            var db = http.RequestServices.GetRequiredService<QuorumDb>();
            context.CacheVaryByRules.VaryByValues["change"] = await http.RequestServices.GetRequiredService<LastChange>().ReadAsync(cancellation);
            context.CacheVaryByRules.VaryByValues["today"] = db.Today.ToString("O", CultureInfo.InvariantCulture);
        }

        ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            var cacheControl = response.Headers.CacheControl.ToString();
            if (response.StatusCode != StatusCodes.Status200OK
                || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
                || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
                || cacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase)
                || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
                || context.HttpContext.User.Identity?.IsAuthenticated == true)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// Over HTTPS, compresses only what is shown to nobody in particular: a signed-in person's page
    /// holds tokens that compression could let an eavesdropper guess (BREACH).
    /// </summary>
    private sealed class AnonymousOverHttps(IServiceProvider services, Microsoft.Extensions.Options.IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            (!context.Request.IsHttps || context.User.Identity?.IsAuthenticated != true) && base.ShouldCompressResponse(context);
    }
}
