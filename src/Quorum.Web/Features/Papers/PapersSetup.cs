using Microsoft.AspNetCore.Http.Features;
using Quorum.Data;
using Quorum.Papers;

namespace Quorum.Web.Features.Papers;

/// <summary>The paper store (files under the data folder by content hash) and the upload size limit.</summary>
public static class PapersSetup
{
    /// <summary>The largest paper Quorum accepts.</summary>
    public const long MaxPaperBytes = PaperRegister.MaxPaperBytes;

    // Room for the form's other fields around the file.
    private const long MaxRequestBytes = MaxPaperBytes + (1024 * 1024);

    public static WebApplicationBuilder AddQuorumPapers(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPaperStore>(services =>
            new DiskPaperStore(Path.Combine(services.GetRequiredService<DatabaseSettings>().DataDirectory, "papers")));
        builder.Services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = MaxRequestBytes);
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = MaxRequestBytes);
        return builder;
    }

    /// <summary>Refuses an oversized upload before reading it, with the "too big" page rather than a broken connection.</summary>
    public static WebApplication UseQuorumUploadLimit(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // The re-executed request that renders the "too big" page carries the same headers.
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.ContentLength > MaxRequestBytes
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.Headers.Connection = "close";
                return;
            }

            await next(context);
        });
        return app;
    }
}
