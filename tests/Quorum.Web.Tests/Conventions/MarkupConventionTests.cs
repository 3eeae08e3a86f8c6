using System.Text.RegularExpressions;

namespace Quorum.Web.Tests.Conventions;

/// <summary>Markup the GOV.UK Frontend styles only when it is written the way the design system sets it out.</summary>
public sealed partial class MarkupConventionTests
{
    // GOV.UK Frontend draws a checkbox's box and tick, and a radio's circle and dot, on the label that directly follows
    // the input (`input:checked + label::after`). Anything between the two (the hidden "false" a bool needs, say) leaves a
    // ticked box looking empty: a clerk would see nothing kept on the import review page.
    [GeneratedRegex(@"<input\b[^>]*\bgovuk-(?<kind>checkboxes|radios)__input\b[^>]*>(?<next>\s*<[^>]*>)", RegexOptions.Singleline)]
    private static partial Regex InputAndNextTag();

    [Fact]
    public void EveryCheckboxAndRadio_IsFollowedDirectlyByItsLabel()
    {
        var root = RepositoryRoot();
        var misplaced = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src", "Quorum.Web"), "*.cshtml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (Match match in InputAndNextTag().Matches(text))
            {
                var next = match.Groups["next"].Value.Trim();
                if (!next.StartsWith("<label", StringComparison.Ordinal) || !next.Contains($"govuk-{match.Groups["kind"].Value}__label", StringComparison.Ordinal))
                {
                    var line = text[..match.Index].Count(c => c == '\n') + 1;
                    misplaced.Add($"{Path.GetRelativePath(root, file)}:{line}: {next}");
                }
            }
        }

        misplaced.ShouldBeEmpty();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Quorum.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Quorum.slnx not found above the test assembly");
    }
}
