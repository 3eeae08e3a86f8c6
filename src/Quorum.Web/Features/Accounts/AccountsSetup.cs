using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Quorum.Access;
using Quorum.Accounts;
using Quorum.Data;

namespace Quorum.Web.Features.Accounts;

/// <summary>
/// Sign-in with ASP.NET Core Identity (cookies for people, bearer tokens for API clients), and the
/// step that turns the signed-in user into the <see cref="Viewer"/> every query is filtered for.
/// </summary>
public static class AccountsSetup
{
    public const string Scheme = "Quorum";

    public static WebApplicationBuilder AddQuorumAccounts(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentityCore<QuorumUser>(SignInRules.Apply)
            .AddEntityFrameworkStores<QuorumDb>()
            .AddUserManager<QuorumAccounts>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<MustChangePasswordClaims>()
            .AddDefaultTokenProviders();

        var authentication = builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    ApiTokenHandler.HasBearer(context.Request) || IsApiWrite(context.Request)
                        ? ApiTokenHandler.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        authentication.AddIdentityCookies();
        SingleSignOn.Add(builder, authentication);

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "quorum";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);

            // API clients get a status code, not a sign-in page.
            options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });

        // Every request checks the cookie's security stamp, so that signing out, changing the
        // password or being locked out ends the account's other sessions at once.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>Sets the request's <see cref="Viewer"/> and sends users with a one-time password to choose a new one.</summary>
    public static WebApplication UseQuorumViewer(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Items.ContainsKey(ApiTokenHandler.RefusedItem))
            {
                // A client that sent a bad token is told so, even where reading is open to all.
                await context.ChallengeAsync(ApiTokenHandler.SchemeName);
                return;
            }

            var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (userId is not null)
            {
                var db = context.RequestServices.GetRequiredService<QuorumDb>();
                db.Viewer = await ViewerLookup.ForUserAsync(db, userId, db.Today, context.RequestAborted);
                if (db.Viewer.UserId is null)
                {
                    // The account was removed while its cookie lived on.
                    await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                    context.User = new ClaimsPrincipal(new ClaimsIdentity());
                }
                else if (context.User.HasClaim(MustChangePasswordClaims.Type, "true")
                    && !context.Request.Path.StartsWithSegments("/account")
                    && !context.Request.Path.StartsWithSegments("/css")
                    && !context.Request.Path.StartsWithSegments("/js")
                    && !context.Request.Path.StartsWithSegments("/lib")
                    && !context.Request.Path.StartsWithSegments("/assets"))
                {
                    context.Response.Redirect("/account/change-password");
                    return;
                }
            }

            await next(context);
        });
        return app;
    }

    /// <summary>
    /// API writes take bearer tokens only: a browser's cookie never authorizes them, so another
    /// site cannot make a signed-in visitor's browser write through the API.
    /// </summary>
    public static bool IsApiWrite(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/oparl"))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
                context.Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
