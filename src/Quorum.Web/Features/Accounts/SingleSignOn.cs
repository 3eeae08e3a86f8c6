using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Quorum.Web.Features.Accounts;

/// <summary>
/// Optional sign-in through an OpenID Connect provider (Microsoft Entra ID, Google Workspace, Keycloak…),
/// on when <c>Authentication:OpenIdConnect:ClientId</c> is set. The provider proves who someone is;
/// Quorum still decides what they may do, through the account with the same e-mail address.
/// </summary>
public sealed class SingleSignOn
{
    public const string Scheme = "oidc";

    public string? DisplayName { get; init; }

    public bool IsOn => DisplayName is not null;

    public static void Add(WebApplicationBuilder builder, Microsoft.AspNetCore.Authentication.AuthenticationBuilder authentication)
    {
        var settings = builder.Configuration.GetSection("Authentication:OpenIdConnect");
        var clientId = settings["ClientId"];
        if (string.IsNullOrWhiteSpace(clientId))
        {
            builder.Services.AddSingleton(new SingleSignOn());
            return;
        }

        builder.Services.AddSingleton(new SingleSignOn { DisplayName = settings["DisplayName"] ?? "your organisation's sign-in" });
        authentication.AddOpenIdConnect(Scheme, options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = settings["Authority"];
            options.ClientId = clientId;
            options.ClientSecret = settings["ClientSecret"];
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.CallbackPath = "/signin-oidc";
            options.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "email" })
                options.Scope.Add(scope);
            options.MapInboundClaims = false;
            options.SaveTokens = false;

            // A provider without a discovery document can be described by its endpoints.
            if (settings["AuthorizationEndpoint"] is { } authorize)
            {
                options.Configuration = new OpenIdConnectConfiguration
                {
                    Issuer = settings["Issuer"] ?? settings["Authority"],
                    AuthorizationEndpoint = authorize,
                    TokenEndpoint = settings["TokenEndpoint"],
                };
            }
        });
    }
}
