namespace Quorum.Import.Text;

/// <summary>What a line of extracted text was in its document.</summary>
public enum LineKind
{
    Text,
    Blank,
    Heading,
    ListItem,
    TableRow,
    Quote,
    FrontMatter,
}
