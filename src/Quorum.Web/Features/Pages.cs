using Microsoft.AspNetCore.Mvc;

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
            .AddMvcOptions(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
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
