using Telltale.Web.Services;

namespace Telltale.Web.Tests.Services;

public sealed class DatasetFileImportTests
{
    [Fact]
    public void A_file_is_read_by_its_ending_and_every_item_gets_an_id()
    {
        var (jsonl, noError) = DatasetFileImport.Read("golden.JSONL", """
            {"input": "Return window?", "expected_output": "30 days", "intent": "returns"}
            {"id": "q2", "question": "Warranty?"}
            """);
        var (csv, _) = DatasetFileImport.Read("golden.csv", "input,reference\nReturn window?,30 days\n");

        Assert.Null(noError);
        Assert.Equal(["Return window?", "Warranty?"], jsonl.Select(i => i.Input));
        Assert.Equal("q2", jsonl[1].Id);
        Assert.False(string.IsNullOrEmpty(jsonl[0].Id));
        Assert.Equal("30 days", Assert.Single(csv).ReferenceOutput);
    }

    [Theory]
    [InlineData("golden.txt", "input\nx", "neither JSON Lines")]
    [InlineData("golden.jsonl", "{\"input\": \"a\"}\n{\"input\": ", "Line 2 is not valid JSON")]
    [InlineData("golden.jsonl", "{\"id\": \"a\", \"input\": \"x\"}\n{\"id\": \"a\", \"input\": \"y\"}", "id 'a' appears more than once")]
    [InlineData("golden.csv", "input,reference\n,30 days\n", "has no input")]
    public void A_file_with_any_bad_item_imports_nothing_and_says_why(string name, string text, string error)
    {
        var (items, message) = DatasetFileImport.Read(name, text);

        Assert.Empty(items);
        Assert.Contains(error, message);
    }
}
