using MiniExcelLibs;
using Quorum.Import.Text;

namespace Quorum.Import.Status;

/// <summary>Rows of the first sheet of an .xlsx file, read with MiniExcel after the zip has been checked.</summary>
public static class SpreadsheetRows
{
    public static List<List<string>> Read(byte[] content, string fileName)
    {
        PackageGuard.Check(content, fileName);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var rows = new List<List<string>>();
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                rows.Add(row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToList());
                if (rows.Count >= ImportLimits.MaxLines)
                    break;
            }

            return rows;
        }
        catch (Exception ex) when (ex is not ImportException and not OutOfMemoryException)
        {
            throw new ImportException($"'{fileName}' is a damaged Excel file and cannot be read.", ex);
        }
    }
}
