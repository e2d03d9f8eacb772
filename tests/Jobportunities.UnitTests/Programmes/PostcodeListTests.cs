using System.Text;
using Jobportunities.Core.Programmes;

namespace Jobportunities.UnitTests.Programmes;

public class PostcodeListTests
{
    [Fact]
    public void Split_ReadsSpacesCommasSemicolonsAndLines_AndRemovesDuplicates()
    {
        Assert.Equal(["7811", "7812", "7813", "7814", "49716"], PostcodeList.Split("7811, 7812;7813\n7814\r\n49716 7811"));
    }

    [Fact]
    public void ReadCsv_SkipsHeader_AndBom()
    {
        var (codes, problem) = PostcodeList.ReadCsv(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("PLZ\r\n48527\r\n48529\r\n48527\r\n")).ToArray());

        Assert.Equal(PostcodeFileProblem.None, problem);
        Assert.Equal(["48527", "48529"], codes);
    }

    [Fact]
    public void ReadCsv_ReadsFileWithoutHeader()
    {
        Assert.Equal(["7071", "7081"], PostcodeList.ReadCsv(Encoding.UTF8.GetBytes("7071\n7081")).Codes);
    }

    [Fact]
    public void ReadCsv_RefusesNonUtf8()
    {
        Assert.Equal(PostcodeFileProblem.NotUtf8, PostcodeList.ReadCsv([0x50, 0x4C, 0x5A, 0xFC, 0x0A]).Problem);
    }

    [Fact]
    public void ReadCsv_RefusesTooLarge_AndEmpty()
    {
        Assert.Equal(PostcodeFileProblem.TooLarge, PostcodeList.ReadCsv(new byte[PostcodeList.MaxFileBytes + 1]).Problem);
        Assert.Equal(PostcodeFileProblem.Empty, PostcodeList.ReadCsv(Encoding.UTF8.GetBytes("postcode\n")).Problem);
    }
}
