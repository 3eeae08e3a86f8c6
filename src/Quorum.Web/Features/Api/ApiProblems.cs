namespace Quorum.Web.Features.Api;

/// <summary>
/// Every answer under <c>/api</c> and <c>/oparl</c> that is not a success is <c>application/problem+json</c>:
/// unreadable JSON, a bad date or enum, a missing route or method, an unsupported media type, a refusal
/// or a crash. Pages keep their own error pages.
/// </summary>
public static class ApiProblems
{
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/oparl");

    public static WebApplicationBuilder AddQuorumApiProblems(this WebApplicationBuilder builder)
    {
        // A request the binder cannot read becomes an exception, answered below with what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException bad)
                context.ProblemDetails.Detail = bad.InnerException is System.Text.Json.JsonException json
                    ? $"{bad.Message} {json.Message}"
                    : bad.Message;
            if (context.HttpContext.Response.StatusCode == StatusCodes.Status401Unauthorized
                && !context.HttpContext.Response.Headers.ContainsKey("WWW-Authenticate"))
                context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        });
        return builder;
    }

    /// <summary>Problem details for the API; the friendly status pages for everything else.</summary>
    public static WebApplication UseQuorumErrorAnswers(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        return app;
    }
}
