using System.Net;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Quorum.Web.Tests.OParl;

/// <summary>The OParl 1.1 schemas (copied unchanged into OParl/schema), with their raw text for the specification's own keywords.</summary>
public sealed class Schemas
{
    public required Dictionary<string, JsonSchema> ByType { get; init; }

    public required Dictionary<string, JsonObject> Raw { get; init; }

    public static async Task<Schemas> LoadAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "OParl", "schema");
        var byType = new Dictionary<string, JsonSchema>();
        var raw = new Dictionary<string, JsonObject>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json"))
        {
            var type = Path.GetFileNameWithoutExtension(path);
            var text = await File.ReadAllTextAsync(path);
            byType[type] = await JsonSchema.FromJsonAsync(text);
            raw[type] = JsonNode.Parse(text)!.AsObject();
        }

        byType.Count.ShouldBeGreaterThanOrEqualTo(12, "the OParl schemas are copied beside the tests");
        return new Schemas { ByType = byType, Raw = raw };
    }
}

/// <summary>
/// Walks OParl from the system object: every object (listed, embedded or fetched) is validated
/// against its type's schema, and every URL it names is fetched and must answer 200 with what the
/// schema says is there (an object of the referenced type, or a list of them); file URLs must answer 200.
/// </summary>
public sealed class Crawler(HttpClient client, Schemas schemas)
{
    private const string Root = "http://localhost/oparl/v1/";
    private const int MaxRequests = 3000;

    private readonly Queue<(string Url, string Kind, string Type)> queue = new();
    private readonly HashSet<string> queued = [];

    public Dictionary<string, string> Responses { get; } = [];

    public Dictionary<string, JsonNode> Objects { get; } = [];

    public HashSet<string> TypesSeen { get; } = [];

    public List<string> Failures { get; } = [];

    public int ObjectsValidated { get; private set; }

    public int ListPages { get; private set; }

    public async Task RunAsync()
    {
        Enqueue($"{Root}system", "object", "System");
        while (queue.Count > 0 && Responses.Count < MaxRequests)
        {
            var (url, kind, type) = queue.Dequeue();
            using var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            Responses[url] = text;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Failures.Add($"{url} answered {(int)response.StatusCode} (expected {kind} {type})");
                continue;
            }

            if (kind == "content")
                continue;
            if (response.Content.Headers.ContentType?.MediaType != "application/json")
                Failures.Add($"{url} is {response.Content.Headers.ContentType}, not application/json");
            var node = JsonNode.Parse(text)!;
            if (kind == "list")
                VisitList(url, node, type);
            else
                Visit(url, node, type, fetched: true);
        }

        if (queue.Count > 0)
            Failures.Add($"crawl stopped after {MaxRequests} requests with {queue.Count} left");
    }

    private void Enqueue(string url, string kind, string type)
    {
        if (queued.Add(url))
            queue.Enqueue((url, kind, type));
    }

    private void VisitList(string url, JsonNode list, string type)
    {
        ListPages++;
        if (list["data"] is not JsonArray data || list["links"] is not JsonObject links || list["pagination"] is not JsonObject)
        {
            Failures.Add($"{url} is not an object list (data, pagination, links)");
            return;
        }

        foreach (var item in data)
            Visit(url, item!, type, fetched: false);
        if (links["next"]?.GetValue<string>() is { } next)
            Enqueue(next, "list", type);
        if (links["first"] is null || links["self"] is null)
            Failures.Add($"{url}: links without first and self");
    }

    private void Visit(string where, JsonNode node, string type, bool fetched)
    {
        var id = node["id"]?.GetValue<string>() ?? "";
        var actual = node["type"]?.GetValue<string>() ?? "";
        if (actual != $"https://schema.oparl.org/1.1/{type}")
        {
            Failures.Add($"{where}: {id} has type {actual}, expected {type}");
            return;
        }

        TypesSeen.Add(type);
        ObjectsValidated++;
        foreach (var error in schemas.ByType[type].Validate(node.ToJsonString()))
            Failures.Add($"{where}: {id} breaks the {type} schema: {error}");
        if (fetched && where != id && node["deleted"] is null)
            Failures.Add($"{where} answered with the object {id}");
        if (fetched)
            Objects[id] = node;
        else
            Enqueue(id, "object", type);

        var properties = schemas.Raw[type]["properties"]!.AsObject();
        foreach (var (name, value) in node.AsObject())
        {
            if (name is "id" or "type" || value is null || properties[name] is not JsonObject definition)
                continue;
            var references = definition["references"]?.GetValue<string>();
            var embedded = (definition["schema"] ?? definition["items"]?["schema"])?.GetValue<string>()?.Replace(".json", "", StringComparison.Ordinal);
            foreach (var element in value is JsonArray array ? [.. array] : new JsonNode?[] { value })
            {
                if (element is JsonObject child)
                    Visit($"{id} {name}", child, embedded ?? "?", fetched: false);
                else if (element is JsonValue v && v.TryGetValue<string>(out var link) && link.StartsWith("http://localhost/", StringComparison.Ordinal))
                {
                    if (references == "externalList" && embedded is not null)
                        Enqueue(link, "list", embedded);
                    else if (references is not null && references != "externalList")
                        Enqueue(link, "object", references);
                    else
                        Enqueue(link, "content", name);
                }
            }
        }
    }
}
