using System.Security.Cryptography;
using System.Text;
using Quorum.Papers;

namespace Quorum.Tests.Papers;

/// <summary>Paper files kept on disk by their content hash: what is stored, what is refused, and what is left behind.</summary>
public sealed class PaperStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Directory.CreateTempSubdirectory("quorum-store-").FullName, "papers");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);

    private static MemoryStream Content(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task AFile_IsStoredUnderItsHash_InAFolderNamedForItsFirstTwoCharacters()
    {
        var store = new DiskPaperStore(folder);

        var (sha, size) = await store.SaveAsync(Content("minutes"), 100);

        sha.ShouldBe(Sha256Of("minutes"));
        size.ShouldBe(7);
        File.ReadAllText(Path.Combine(folder, sha[..2], sha)).ShouldBe("minutes");
        using var read = new StreamReader(store.OpenRead(sha));
        (await read.ReadToEndAsync()).ShouldBe("minutes");
    }

    [Fact]
    public async Task TheSameContent_IsStoredOnce_AndNoUploadIsLeftBehind()
    {
        var store = new DiskPaperStore(folder);

        var first = await store.SaveAsync(Content("minutes"), 100);
        var second = await store.SaveAsync(Content("minutes"), 100);

        second.ShouldBe(first);
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ShouldBe([Path.Combine(folder, first.Sha256[..2], first.Sha256)]);
    }

    [Fact]
    public async Task AFileOfExactlyTheLimit_IsStored()
    {
        var (_, size) = await new DiskPaperStore(folder).SaveAsync(Content("12345"), 5);

        size.ShouldBe(5);
    }

    [Fact]
    public async Task AFileOverTheLimit_IsRefusedInMegabytes_AndNothingIsKept()
    {
        var store = new DiskPaperStore(folder);

        var refused = await Should.ThrowAsync<DomainException>(() => store.SaveAsync(new MemoryStream(new byte[(2 * 1024 * 1024) + 1]), 2 * 1024 * 1024));

        refused.Message.ShouldBe("The file is too big: a paper can be up to 2 MB.");
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnEmptyFile_IsRefused_AndNothingIsKept()
    {
        var store = new DiskPaperStore(folder);

        (await Should.ThrowAsync<DomainException>(() => store.SaveAsync(Content(""), 100))).Message.ShouldBe("The file is empty.");
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task AFileLongerThanOneRead_IsHashedWhole()
    {
        var text = new string('x', 200_000) + "end";

        var (sha, size) = await new DiskPaperStore(folder).SaveAsync(Content(text), 1_000_000);

        (sha, size).ShouldBe((Sha256Of(text), 200_003L));
    }

    [Fact]
    public async Task TheSha512_IsOfTheStoredContent()
    {
        IPaperStore store = new DiskPaperStore(folder);
        var (sha, _) = await store.SaveAsync(Content("minutes"), 100);

        (await store.Sha512Async(sha)).ShouldBe(Convert.ToHexStringLower(SHA512.HashData(Encoding.UTF8.GetBytes("minutes"))));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("abc")]
    [InlineData("zz0a8ef3d1c6f2b1a4e5d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8")]
    [InlineData("0a8ef3d1c6f2b1a4e5d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f70")]
    public void ANameThatIsNotASha256_IsNotOpened(string name) =>
        Should.Throw<ArgumentException>(() => new DiskPaperStore(folder).OpenRead(name)).Message.ShouldStartWith("Not a SHA-256.");
}
