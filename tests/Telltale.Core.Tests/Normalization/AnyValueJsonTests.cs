using Telltale.Core.Normalization;
using static Telltale.Core.Tests.Normalization.OtlpValues;

namespace Telltale.Core.Tests.Normalization;

public class AnyValueJsonTests
{
    [Fact]
    public void Writes_arrays_kvlists_bytes_and_ints_as_json()
    {
        var value = Map(("n", Int(42)), ("list", Array(Str("a"), Bool(true), Dbl(1.5))), ("raw", Bytes(1, 2, 3)), ("nan", Dbl(double.NaN)));

        Assert.Equal("{\"n\":42,\"list\":[\"a\",true,1.5],\"raw\":\"AQID\",\"nan\":\"NaN\"}", AnyValueJson.ToJson(value));
    }

    [Fact]
    public void Reads_an_int_sent_as_a_string_or_a_double()
    {
        Assert.Equal(12, AnyValueJson.ReadInt64(Str("12")));
        Assert.Equal(12, AnyValueJson.ReadInt64(Str("12.0")));
        Assert.Equal(12, AnyValueJson.ReadInt64(Dbl(12.0)));
        Assert.Null(AnyValueJson.ReadInt64(Str("twelve")));
        Assert.Equal(0.25, AnyValueJson.ReadDouble(Str("0.25")));
        Assert.Equal(3.0, AnyValueJson.ReadDouble(Int(3)));
        Assert.True(AnyValueJson.ReadBool(Str("True")));
    }

    [Fact]
    public void Parses_json_whether_sent_as_a_string_or_structured_and_rejects_plain_text()
    {
        using var fromString = AnyValueJson.ParseJson(Str("[1,2]"));
        using var fromArray = AnyValueJson.ParseJson(Array(Int(1), Int(2)));

        Assert.Equal(2, fromString!.RootElement.GetArrayLength());
        Assert.Equal(2, fromArray!.RootElement.GetArrayLength());
        Assert.Null(AnyValueJson.ParseJson(Str("[not json")));
        Assert.Null(AnyValueJson.ParseJson(Str("hello")));
    }
}
