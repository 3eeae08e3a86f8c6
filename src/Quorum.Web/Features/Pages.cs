using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Access;

namespace Quorum.Web.Features;

/// <summary>Razor Pages live beside their feature under <c>Features/</c>; every form is protected against forgery.</summary>
public static class Pages
{
    public static WebApplicationBuilder AddQuorumPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";

                // Pages that both add and edit: their own route adds, this one edits.
                options.Conventions.AddPageRoute("/People/Edit", "people/{id:int}/edit");
                options.Conventions.AddPageRoute("/Programmes/EditWorkstream", "workstreams/{id:int}/edit");
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add(new EditRefusal());
                options.Filters.Add(new InputRefusal());
            });
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "quorum-antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    public static WebApplication MapQuorumPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }

    /// <summary>Serves on http://localhost:5080 unless told otherwise (--urls, ASPNETCORE_URLS, Urls setting).</summary>
    public static WebApplicationBuilder UseQuorumDefaultUrl(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"])
            && string.IsNullOrEmpty(builder.Configuration["HTTP_PORTS"]))
        {
            builder.WebHost.UseUrls("http://localhost:5080");
        }

        return builder;
    }
}

/// <summary>An operation refused because the viewer may not edit the record answers 403, on every page alike.</summary>
internal sealed class EditRefusal : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is EditNotAllowedException)
        {
            executed.Result = new ForbidResult();
            executed.ExceptionHandled = true;
        }
    }
}

/// <summary>
/// Input an operation refuses (an over-long field, an id that names nothing) is shown on the form
/// beside the field it names, on every page alike, rather than failing the request.
/// </summary>
internal sealed class InputRefusal : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is InvalidInputException refused && !executed.ExceptionHandled && executed.HandlerInstance is PageModel page)
        {
            foreach (var (field, message) in refused.Problems)
                page.ModelState.AddModelError(FieldOf(page.ModelState, field), message);
            executed.Result = page.Page();
            executed.ExceptionHandled = true;
        }
    }

    /// <summary>The form's field for an input's name (<c>actionPrefix</c> is <c>Input.ActionPrefix</c>); the summary when the form has none.</summary>
    private static string FieldOf(ModelStateDictionary modelState, string field) =>
        modelState.Keys.FirstOrDefault(k => k.Equals(field, StringComparison.OrdinalIgnoreCase) || k.EndsWith("." + field, StringComparison.OrdinalIgnoreCase)) ?? "";
}
