using Telltale.Core.Datasets;

namespace Telltale.Core.Tests.Datasets;

public class DatasetImportTests
{
    [Fact]
    public void Json_lines_take_peer_vocabulary_and_keep_the_rest_as_metadata()
    {
        var items = DatasetImport.ParseJsonLines("""
            {"input": "How do I reset my password?", "expected_output": "Use the reset link.", "intent": "password", "locale": "en"}

            {"question": "Where is my parcel?", "expectedOutput": {"status": "shipped"}, "metadata": {"tier": "gold"}, "id": "q2"}
            """);

        Assert.Equal(2, items.Count);
        Assert.Equal("How do I reset my password?", items[0].Input);
        Assert.Equal("Use the reset link.", items[0].ReferenceOutput);
        Assert.Equal("password", items[0].Intent);
        Assert.Equal("en", items[0].Metadata!["locale"]);
        Assert.Equal("Where is my parcel?", items[1].Input);
        Assert.Equal("""{"status": "shipped"}""", items[1].ReferenceOutput);
        Assert.Equal("gold", items[1].Metadata!["tier"]);
        Assert.Equal("q2", items[1].Id);
    }

    [Fact]
    public void A_bad_json_line_is_named_by_its_number()
    {
        var ex = Assert.Throws<DatasetImport.ImportException>(() => DatasetImport.ParseJsonLines("{\"input\": \"a\"}\n{\"input\": \n"));
        Assert.Contains("Line 2", ex.Message);
        var missing = Assert.Throws<DatasetImport.ImportException>(() => DatasetImport.ParseJsonLines("{\"input\": \"a\"}\n{\"expected\": \"b\"}"));
        Assert.Contains("Line 2 has no input", missing.Message);
    }

    [Fact]
    public void Csv_with_quoted_commas_and_newlines_reads_each_row()
    {
        var items = DatasetImport.ParseCsv("input,expected_output,Intent,channel\n\"Hi, can I get a refund?\",\"Yes, within 30 days.\nSee policy.\",refund,web\nWhat is CSAT?,,faq,\n");

        Assert.Equal(2, items.Count);
        Assert.Equal("Hi, can I get a refund?", items[0].Input);
        Assert.Equal("Yes, within 30 days.\nSee policy.", items[0].ReferenceOutput);
        Assert.Equal("refund", items[0].Intent);
        Assert.Equal("web", items[0].Metadata!["channel"]);
        Assert.Equal("", items[1].ReferenceOutput ?? "");
        Assert.False(items[1].Metadata!.ContainsKey("channel"));
    }

    [Fact]
    public void Csv_without_an_input_column_is_refused()
    {
        var ex = Assert.Throws<DatasetImport.ImportException>(() => DatasetImport.ParseCsv("text,answer\nhello,world\n"));
        Assert.Contains("no input", ex.Message);
    }

    [Theory]
    [InlineData("golden-set", true)]
    [InlineData("v1.2_canary", true)]
    [InlineData("", false)]
    [InlineData("-leading", false)]
    [InlineData("has space", false)]
    public void Dataset_names_are_url_safe(string name, bool ok) => Assert.Equal(ok, DatasetRules.NameError(name) is null);
}
