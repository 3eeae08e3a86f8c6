using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Quorum.Import;

/// <summary>The JSON shape of drafts: snake_case names as in import-schema.json.</summary>
public static class DraftJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // Minutes are full of quotes, ampersands and accents; keep them readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize<T>(T draft) => JsonSerializer.Serialize(draft, Options);
}
