using System.Text;

namespace Quorum.Import.Tests;

/// <summary>Uploads Quorum refuses, each with a message a clerk can act on.</summary>
public class BadInputTests
{
    [Fact]
    public void EmptyFile_IsRefused()
    {
        Should.Throw<ImportException>(() => DocumentImporter.ReadMinutes(new MemoryStream(), "minutes.txt")).Message.ShouldContain("empty");
    }

    [Fact]
    public void WhitespaceOnlyFile_IsRefused()
    {
        Should.Throw<ImportException>(() => DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("  \n\n\t "), "minutes.txt")).Message.ShouldContain("no text");
    }

    [Fact]
    public void BinaryJunkNamedTxt_IsRefusedNotParsed()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        Should.Throw<ImportException>(() => DocumentImporter.ReadMinutes(junk, "minutes.txt")).Message.ShouldContain("binary");
    }

    [Fact]
    public void CorruptDocx_IsRefused()
    {
        var docx = SampleDocuments.Docx();
        var damaged = docx[..(docx.Length / 2)];
        Should.Throw<ImportException>(() => DocumentImporter.ReadMinutes(damaged, "minutes.docx")).Message.ShouldContain("damaged");
    }

    [Fact]
    public void TextRenamedDocx_IsRefused()
    {
        Should.Throw<ImportException>(() => DocumentImporter.ReadMinutes(SampleDocuments.PlainText(), "minutes.docx")).Message.ShouldContain("not a valid Word");
    }

    [Fact]
    public void ZipBombDocx_IsRefusedBeforeUnpacking()
    {
        var bomb = SampleDocuments.ZipBombDocx(8);
        bomb.Length.ShouldBeLessThan(200_000);
        Should.Throw<ImportException>(() => DocumentImporter.ReadMinutes(bomb, "minutes.docx")).Message.ShouldContain("zip bomb");
    }

    [Fact]
    public void PasswordProtectedDocx_IsRefused()
    {
        // Encrypted Office files are OLE compound files, not zips.
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]];
        Should.Throw<ImportException>(() => DocumentImporter.ReadMinutes(ole, "minutes.docx")).Message.ShouldContain("password-protected");
    }

    [Fact]
    public void CorruptPdf_IsRefused()
    {
        var pdf = SampleDocuments.Pdf();
        Should.Throw<ImportException>(() => DocumentImporter.ReadMinutes(pdf[..200], "minutes.pdf")).Message.ShouldContain("PDF");
    }

    [Fact]
    public void StreamOverFiftyMegabytes_IsRefusedWithoutReadingItAll()
    {
        var stream = new EndlessStream(ImportLimits.MaxFileBytes + 10);
        Should.Throw<ImportException>(() => DocumentImporter.ReadMinutes(stream, "minutes.txt")).Message.ShouldContain("50 MB");
        stream.BytesRead.ShouldBeLessThanOrEqualTo(ImportLimits.MaxFileBytes + 81920);
    }

    [Fact]
    public void SpreadsheetImportedAsMinutes_IsRefusedWithAHint()
    {
        Should.Throw<ImportException>(() => DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("a\tb\n"), "status.xlsx"));
    }

    /// <summary>A non-seekable stream of 'a' characters, so the size limit is met by reading, not by Length.</summary>
    private sealed class EndlessStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Fill(buffer, (byte)'a', offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
