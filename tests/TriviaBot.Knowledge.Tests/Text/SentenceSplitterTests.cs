using TriviaBot.Knowledge.Text;

namespace TriviaBot.Knowledge.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Mr. Smith went to Washington. He stayed a week.", "Mr. Smith went to Washington.")]
    [InlineData("Dr. Jones operated on the patient. It went well.", "Dr. Jones operated on the patient.")]
    [InlineData("The U.S. Senate passed the bill on Friday. It was close.", "The U.S. Senate passed the bill on Friday.")]
    [InlineData("He played Messenger No. 3 in Taxi. It was a small part.", "He played Messenger No. 3 in Taxi.")]
    [InlineData("The photo was taken by M. Tran at the event. It ran on Monday.", "The photo was taken by M. Tran at the event.")]
    public void Split_AbbreviationOrInitial_DoesNotSplitInside(string paragraph, string first)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(first, sentences[0]);
    }

    [Fact]
    public void Split_NormalSentences_SplitsEach()
    {
        var sentences = SentenceSplitter.Split("The show began in 2005. It ran for nine seasons! Did it end well? Most fans think so.");

        Assert.Equal(["The show began in 2005.", "It ran for nine seasons!", "Did it end well?", "Most fans think so."], sentences);
    }

    [Fact]
    public void Split_MultiSentenceQuote_StaysOneUnit()
    {
        const string quote = "She later added, \u201cPeople always ask about the kiss. And it makes sense to me. It was the hardest scene.\u201d";

        var sentences = SentenceSplitter.Split(quote + " The interview ended there.");

        Assert.Equal([quote, "The interview ended there."], sentences);
    }

    [Fact]
    public void Split_QuoteEndingInCommaThenSheSaid_KeepsAttribution()
    {
        const string first = "\"It was the best day of my life. I will never forget it,\" she said.";

        var sentences = SentenceSplitter.Split(first + " Then she left.");

        Assert.Equal([first, "Then she left."], sentences);
    }

    [Fact]
    public void Split_QuoteEndingInPeriodThenNameSaid_KeepsAttribution()
    {
        const string first = "\u201cWhat if you walked into a room? That's what it was like auditioning with you.\u201d Krasinski said, adding, \u201cI felt like I could see the future.\u201d";

        var sentences = SentenceSplitter.Split(first + " Cover your ears, Emily Blunt!");

        Assert.Equal([first, "Cover your ears, Emily Blunt!"], sentences);
    }

    [Theory]
    [InlineData("\u201cWhere were you?\u201d she asked. He shrugged.", "\u201cWhere were you?\u201d she asked.")]
    [InlineData("\u201cWe did it!\u201d he shouted. The crowd cheered.", "\u201cWe did it!\u201d he shouted.")]
    public void Split_QuestionOrExclamationQuoteBeforeLowercaseCue_DoesNotSplit(string paragraph, string first)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(first, sentences[0]);
    }

    [Fact]
    public void Split_ParentheticalSentence_SplitsAfterClosingBracket()
    {
        var sentences = SentenceSplitter.Split("His roles included a messenger in Taxi. (Yes, seriously.) And neither role involved any kissing.");

        Assert.Equal(["His roles included a messenger in Taxi.", "(Yes, seriously.)", "And neither role involved any kissing."], sentences);
    }

    [Fact]
    public void Split_UnbalancedQuote_DoesNotSwallowParagraph()
    {
        var sentences = SentenceSplitter.Split("He called it \u201cthe best show ever. Critics disagreed. Ratings fell in the second year. The network cancelled it.");

        Assert.Equal(4, sentences.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Split_Blank_ReturnsNoSentences(string paragraph)
    {
        Assert.Empty(SentenceSplitter.Split(paragraph));
    }
}
