using Quorum.Access;
using Quorum.Papers;

namespace Quorum.Tests.Papers;

/// <summary>A version made from an upload: the name the browser sent made safe, and what the record keeps.</summary>
public class PaperVersionTests
{
    private static readonly DateTime UploadedAt = new(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    private static PaperVersion Upload(string fileName, string? contentType = "application/pdf", string? uploadedBy = "Clara Clerk") =>
        PaperVersions.New(2, fileName, contentType, "sha-256", "sha-512", 1234, uploadedBy, UploadedAt);

    [Fact]
    public void AVersion_KeepsWhatTheUploadGave()
    {
        var version = Upload("budget.pdf");

        (version.Number, version.FileName, version.ContentType, version.Sha256, version.Sha512, version.Size, version.UploadedBy, version.UploadedAt)
            .ShouldBe((2, "budget.pdf", "application/pdf", "sha-256", "sha-512", 1234L, "Clara Clerk", UploadedAt));
    }

    [Fact]
    public void AnUploaderWithNoName_IsKeptAsUnknown() =>
        Upload("budget.pdf", uploadedBy: null).UploadedBy.ShouldBe("unknown");

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void AMissingContentType_IsPlainBytes(string? contentType) =>
        Upload("budget.pdf", contentType).ContentType.ShouldBe("application/octet-stream");

    [Fact]
    public void AContentTypeOver200Characters_IsPlainBytes_AndOneOf200IsKept()
    {
        var longest = "application/" + new string('x', 188);

        Upload("budget.pdf", longest).ContentType.ShouldBe(longest);
        Upload("budget.pdf", longest + "x").ContentType.ShouldBe("application/octet-stream");
    }

    [Theory]
    [InlineData(@"C:\Users\clerk\Documents\budget.pdf", "budget.pdf")]
    [InlineData("/home/clerk/budget.pdf", "budget.pdf")]
    [InlineData("bud\"get<1>|2:*?.pdf", "budget12.pdf")]
    [InlineData("budget\t\u0001.pdf", "budget.pdf")]
    [InlineData(@"C:\Users\clerk\", "paper")]
    [InlineData("\"?*", "paper")]
    [InlineData("  ", "paper")]
    public void TheFileName_IsAPlainNameWithoutThePathOrCharactersSystemsRefuse(string sent, string kept) =>
        Upload(sent).FileName.ShouldBe(kept);

    [Fact]
    public void AFileNameOver200Characters_KeepsItsLast200_SoItsExtensionSurvives()
    {
        var name = new string('a', 10) + new string('b', 190) + ".pdf";

        Upload(name).FileName.ShouldBe(new string('a', 6) + new string('b', 190) + ".pdf");
    }

    [Fact]
    public void TheUploader_IsShownOnlyToThoseSignedIn()
    {
        var version = Upload("budget.pdf");

        version.UploaderShownTo(new Viewer { UserId = "member" }).ShouldBe("Clara Clerk");
        version.UploaderShownTo(Viewer.Anonymous).ShouldBeNull();
    }
}
