using System.Text;

namespace Quorum.Import.Status;

/// <summary>
/// Rows of a CSV or TSV file. Quotes are honoured only where a field starts with one, as
/// spreadsheet exports write them; HTML attributes inside a cell keep their quotes.
/// </summary>
public static class DelimitedRows
{
    public static List<List<string>> Read(string text, char separator)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var atFieldStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && atFieldStart)
            {
                quoted = true;
                atFieldStart = false;
                continue;
            }

            if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                continue;
            }

            if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                atFieldStart = true;
                if (rows.Count >= ImportLimits.MaxLines)
                    return rows;
                continue;
            }

            atFieldStart = false;
            if (field.Length < ImportLimits.MaxLineChars)
                field.Append(c);
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
