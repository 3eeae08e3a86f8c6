namespace Quorum.Import.Text;

/// <summary>
/// Groups the lines every extractor produces into blocks: consecutive table rows make one table,
/// consecutive plain lines one paragraph; headings and list items stand alone. The section readers
/// work on these, so one set of readers serves text, Markdown, HTML, Word and PDF alike.
/// </summary>
public static class DocumentStructure
{
    public static List<ExtractedBlock> Blocks(IReadOnlyList<TextLine> lines)
    {
        var blocks = new List<ExtractedBlock>();
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (line.IsBlank && line.Kind != LineKind.TableRow)
            {
                i++;
                continue;
            }

            var kind = KindOf(line.Kind);
            var j = i + 1;
            if (kind is BlockKind.Table or BlockKind.Paragraph or BlockKind.FrontMatter)
            {
                while (j < lines.Count && KindOf(lines[j].Kind) == kind && !(lines[j].IsBlank && kind != BlockKind.Table))
                    j++;
            }

            blocks.Add(new ExtractedBlock(kind, line.Level, i, j - 1, lines.Skip(i).Take(j - i).ToList()));
            i = j;
        }

        return blocks;
    }

    private static BlockKind KindOf(LineKind kind) => kind switch
    {
        LineKind.Heading => BlockKind.Heading,
        LineKind.ListItem => BlockKind.ListItem,
        LineKind.TableRow => BlockKind.Table,
        LineKind.FrontMatter => BlockKind.FrontMatter,
        _ => BlockKind.Paragraph,
    };
}
