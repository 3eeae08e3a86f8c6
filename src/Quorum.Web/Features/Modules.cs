namespace Quorum.Web.Features;

/// <summary>
/// A module of Quorum: the services it adds and the endpoints it maps. Its pages are found in its
/// feature folder; Program.cs registers the module with one line, <c>builder.AddModule&lt;T&gt;()</c>.
/// </summary>
public interface IQuorumModule
{
    static virtual void Add(WebApplicationBuilder builder)
    {
    }

    static abstract void Map(IEndpointRouteBuilder app);
}

/// <summary>Registers modules and maps them, in the order they were registered.</summary>
public static class Modules
{
    public static WebApplicationBuilder AddModule<TModule>(this WebApplicationBuilder builder) where TModule : IQuorumModule
    {
        TModule.Add(builder);
        builder.Services.AddSingleton(new RegisteredModule(typeof(TModule).Name, TModule.Map));
        return builder;
    }

    public static WebApplication MapModules(this WebApplication app)
    {
        foreach (var module in app.Services.GetServices<RegisteredModule>())
            module.Map(app);
        return app;
    }

    private sealed record RegisteredModule(string Name, Action<IEndpointRouteBuilder> Map);
}
