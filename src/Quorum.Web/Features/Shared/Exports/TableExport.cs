using System.Text;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Quorum.Web.Features.Shared.Exports;

/// <summary>
/// A register as a download: CSV (RFC 4180, UTF-8 with BOM so Excel reads accents) or XLSX
/// (written by MiniExcel). Cells that a spreadsheet would run as a formula are defused.
/// </summary>
public sealed record TableExport(string FileName, IReadOnlyList<string> Columns, IEnumerable<IReadOnlyList<object?>> Rows)
{
    public IResult Csv()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Columns.Select(Quote)).Append("\r\n");
        foreach (var row in Rows)
            text.AppendJoin(',', row.Select(cell => Quote(Format(cell)))).Append("\r\n");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"{FileName}.csv");
    }

    public IResult Xlsx()
    {
        var sheet = Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>();
            for (var i = 0; i < Columns.Count; i++)
                record[Columns[i]] = row[i] switch
                {
                    DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                    string s => Defuse(s),
                    var other => other,
                };
            return record;
        }).ToList();
        var stream = new MemoryStream();
        if (sheet.Count == 0)
            sheet.Add(Columns.ToDictionary(c => c, _ => (object?)null));
        MiniExcel.SaveAs(stream, sheet, sheetName: FileName.Length > 31 ? FileName[..31] : FileName);
        stream.Position = 0;
        return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{FileName}.xlsx");
    }

    private static string Format(object? cell) => cell switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd"),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    private static string Quote(string value)
    {
        value = Defuse(value);
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    // A cell starting =, +, - or @ is a formula to a spreadsheet: a leading apostrophe keeps it text (OWASP CSV injection).
    private static string Defuse(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
