using TriviaBot.Knowledge.Ingestion;

namespace TriviaBot.Knowledge.Tests.Ingestion;

public sealed class HeadlineSplitterTests
{
    [Theory]
    [InlineData("De Niro film leads US box office Film star Robert De Niro has returned to the top of the North American box office with his film Hide and Seek.", "De Niro film leads US box office")]
    [InlineData("Ray DVD beats box office takings Oliver Stone's epic Alexander and Ray have done better on DVD than at the cinema, figures show.", "Ray DVD beats box office takings")]
    [InlineData("Bell set for England debut Bath prop Duncan Bell has been added to England's 30-man squad to face Ireland in the RBS Six Nations.", "Bell set for England debut")]
    [InlineData("Volcano drama erupts on BBC One Supervolcano, a docu-drama about a volcanic eruption in Yellowstone National Park in the US, is among the highlights.", "Volcano drama erupts on BBC One")]
    [InlineData("Ireland v USA (Sat) Saturday 20 November Lansdowne Road, Dublin 1300 GMT The Irish coach knows a repeat of the record victory is not on the agenda.", "Ireland v USA (Sat) Saturday 20 November")]
    [InlineData("Uganda bans Vagina Monologues Uganda's authorities have banned the play The Vagina Monologues, due to open in the capital, Kampala this weekend.", "Uganda bans Vagina Monologues")]
    [InlineData("Police praise 'courageous' Ozzy Rock star Ozzy Osbourne has been praised by police for \"very courageously\" tackling a burglar.", "Police praise 'courageous' Ozzy")]
    [InlineData("Swap offer for pirated Windows XP Computer giant Microsoft is giving people who bought pirated copies of Windows XP the chance to swap them.", "Swap offer for pirated Windows XP")]
    [InlineData("Scrum-half Williams rejoins Bath Bath have signed their former scrum-half Andy Williams on a short-term deal from the Neath-Swansea Ospreys.", "Scrum-half Williams rejoins Bath")]
    [InlineData("Have hackers recruited your PC? More than one million computers on the net have been hijacked to attack websites.", "Have hackers recruited your PC?")]
    [InlineData("Minister hits out at Yukos sale Russia's renationalisation of its energy industry needs to be reversed, a senior figure has warned.", "Minister hits out at Yukos sale")]
    [InlineData("Sayeed to stand down as Tory MP Tory MP Jonathan Sayeed is to stand down on the grounds of ill health. The decision came late.", "Sayeed to stand down as Tory MP")]
    [InlineData("Injury sidelines Philippoussis Mark Philippoussis withdrew from the Sydney International tennis tournament as expected on Sunday.", "Injury sidelines Philippoussis")]
    [InlineData("The comic book genius of Stan Lee Stan Lee, the creator of Spider-Man, has been honoured by his peers.", "The comic book genius of Stan Lee")]
    [InlineData("Top of the Pops leaves BBC One The BBC's flagship pop music programme Top of the Pops is to move from BBC One on Fridays to Sundays on BBC Two.", "Top of the Pops leaves BBC One")]
    [InlineData("U2 stars enter rock Hall of Fame Singer Bruce Springsteen has inducted Irish rock band U2 into the Rock and Roll Hall of Fame, in New York.", "U2 stars enter rock Hall of Fame")]
    [InlineData("Springer criticises Opera musical Talk show host Jerry Springer, whose programme inspired the controversial opera shown by the BBC, has said he would not have written it himself.", "Springer criticises Opera musical")]
    [InlineData("Belle named 'best Scottish band' Belle & Sebastian have been named the best Scottish band of all time after a three month-long public poll.", "Belle named 'best Scottish band'")]
    [InlineData("Rap feud in 50 Cent's G-Unit crew US rap star 50 Cent has said he has thrown protege The Game out of his G-Unit gang in a feud that has apparently involved two shootings.", "Rap feud in 50 Cent's G-Unit crew")]
    [InlineData("All Black magic: New Zealand rugby Playing colours: All black The Haka and more! The All Blacks are the most famous rugby team in the world.", "All Black magic: New Zealand rugby")]
    [InlineData("Dawson wins England squad recall Wasps scrum-half Matt Dawson has been recalled to England's training squad ahead of the RBS Six Nations.", "Dawson wins England squad recall")]
    [InlineData("Moya suffers shock loss Fifth seed Carlos Moya was the first big name to fall at the Australian Open as he went down to fellow Spaniard Guillermo Garcia-Lopez.", "Moya suffers shock loss")]
    [InlineData("Duran Duran show set for US TV Chart stars Duran Duran are to appear in a VH1 special in the US including interviews and concert footage.", "Duran Duran show set for US TV")]
    [InlineData("Big guns ease through in San Jose Top-seeded Americans Andy Roddick and Andre Agassi survived minor scares to reach the last eight of the SAP Open. And world number three Roddick dropped a set before pulling out a 6-3 3-6 6-2 win in San Jose, California.", "Big guns ease through in San Jose")]
    [InlineData("Top stars join US tsunami TV show Brad Pitt, Robert De Niro and Hugh Grant have been added to the line-up for a two-hour US TV special.", "Top stars join US tsunami TV show")]
    [InlineData("Indian oil firm eyes Yukos assets India's biggest oil exploration firm, Oil & Natural Gas Corp (ONGC), says it is in talks to buy the former assets of troubled Russian crude producer Yukos.", "Indian oil firm eyes Yukos assets")]
    [InlineData("Visa row mandarin made Sir John The top civil servant at the centre of the row over David Blunkett's visa has been knighted in the New Year honours.", "Visa row mandarin made Sir John")]
    [InlineData("Owen determined to stay in Madrid England forward Michael Owen has told the BBC he is happy in Spain and has no plans to quit Real Madrid.", "Owen determined to stay in Madrid")]
    [InlineData("Qantas considers offshore option Australian airline Qantas could transfer as many as 7,000 jobs out of its home country as it seeks to save costs.", "Qantas considers offshore option")]
    [InlineData("Cult band Kasabian surge forward Leicester rock band Kasabian have seen their debut album climb the charts after a string of sell-out shows.", "Cult band Kasabian surge forward")]
    [InlineData("Hewitt overcomes wobble in Sydney Lleyton Hewitt gave himself the perfect preparation for next week's Australian Open with victory over Ivo Minar.", "Hewitt overcomes wobble in Sydney")]
    [InlineData("Baywatch dubbed 'worst TV import' Surf show Baywatch has won the title of worst TV import of all time in a poll of UK television executives.", "Baywatch dubbed 'worst TV import'")]
    [InlineData("Hearts 2-1 Livingston Hearts wrapped up their Scottish Cup quarter-final tie against Livingston with two goals in the first 10 minutes.", "Hearts 2-1 Livingston")]
    [InlineData("Clyde 0-5 Celtic Celtic brushed aside Clyde to secure their place in the Scottish Cup semi-final, but only after a nervy and testing first half.", "Clyde 0-5 Celtic")]
    [InlineData("Dundee Utd 4-1 Aberdeen Dundee United eased into the semi-finals of the Scottish Cup with an emphatic win over Aberdeen.", "Dundee Utd 4-1 Aberdeen")]
    [InlineData("Wilkinson to lead England Fly-half Jonny Wilkinson has been named as England's new rugby union captain for the three November Tests.", "Wilkinson to lead England")]
    [InlineData("BMW cash to fuel Mini production Less than four years after the new Mini was launched, German car maker BMW has announced £100m of new investment.", "BMW cash to fuel Mini production")]
    [InlineData("Kewell waits as injury drags on Liverpool winger Harry Kewell has not played since December 19 and misses out on international duty.", "Kewell waits as injury drags on")]
    [InlineData("Crude oil prices back above $50 Cold weather across parts of the United States and much of Europe has pushed US crude oil prices above $50 a barrel for the first time in almost three months.", "Crude oil prices back above $50")]
    [InlineData("Pernod takeover talk lifts Domecq Shares in UK drinks and food firm Allied Domecq have risen on speculation that it could be the target of a takeover by France's Pernod Ricard.", "Pernod takeover talk lifts Domecq")]
    [InlineData("Reliance unit loses Anil Ambani Anil Ambani, the younger of the two brothers in charge of India's largest private company, has resigned from running its petrochemicals subsidiary.", "Reliance unit loses Anil Ambani")]
    [InlineData("Brazil buy boosts Belgium's Inbev Belgian brewing giant Inbev has seen its profits soar thanks to its acquisition of Brazil's biggest beer firm Ambev last year.", "Brazil buy boosts Belgium's Inbev")]
    [InlineData("Liverpool pledge to keep Gerrard Liverpool chief executive Rick Parry insists the club will never sell Steven Gerrard amid reports Chelsea will renew their bid to lure him from Anfield.", "Liverpool pledge to keep Gerrard")]
    [InlineData("Robben and Cole earn Chelsea win Cheslea salvaged a win against a battling Portsmouth side just as it looked like the Premiership leaders would have to settle for a point.", "Robben and Cole earn Chelsea win")]
    [InlineData("Fear will help France - Laporte France coach Bernard Laporte believes his team will be scared going into their game with England on Sunday, but claims it will work in their favour.", "Fear will help France - Laporte")]
    [InlineData("Telewest to challenge Sky Plus Cable firm Telewest is to offer a personal video recorder (PVR) in a set -top box to challenge Sky Plus. Sky Plus is the market leader in the field of digital video recorders in the UK, with 474,000 subscribers.", "Telewest to challenge Sky Plus")]
    [InlineData("Show over for MTV's The Osbournes Rock star Ozzy Osbourne has said his family will not make any more episodes of reality TV show The Osbournes.", "Show over for MTV's The Osbournes")]
    [InlineData("Creator of first Apple Mac dies Jef Raskin, head of the team behind the first Macintosh computer, has died.", "Creator of first Apple Mac dies")]
    [InlineData("Rapper 50 Cent scores chart first Rapper 50 Cent has become the first act to have three singles in the US top five.", "Rapper 50 Cent scores chart first")]
    [InlineData("Gardener wins double in Glasgow Britain's Jason Gardener enjoyed a double 60m success in Glasgow in his first competitive outing since the Olympics.", "Gardener wins double in Glasgow")]
    [InlineData("Laura Ashley chief stepping down Laura Ashley is parting company with its chief executive Ainum Mohd-Saaid.", "Laura Ashley chief stepping down")]
    [InlineData("Blair 'said he would stand down' Tony Blair promised Gordon Brown he would stand down before the next election, a new book about the chancellor claims.", "Blair 'said he would stand down'")]
    [InlineData("Nat Insurance to rise, say Tories National Insurance will be raised if Labour wins the next election, Tory leader Michael Howard has claimed.", "Nat Insurance to rise, say Tories")]
    [InlineData("Ireland 19-13 England Ireland consigned England to their third straight Six Nations defeat with a stirring victory at Lansdowne Road.", "Ireland 19-13 England")]
    [InlineData("Chelsea hold Arsenal A gripping game between Arsenal and Chelsea ended with the honours finishing even at Highbury.", "Chelsea hold Arsenal")]
    [InlineData("Souness backs Smith for Scotland Graeme Souness believes Walter Smith would be the perfect choice to succeed Berti Vogts as Scotland manager.", "Souness backs Smith for Scotland")]
    [InlineData("Lufthansa flies back to profit German airline Lufthansa has returned to profit in 2004 after posting huge losses in 2003.", "Lufthansa flies back to profit")]
    [InlineData("Saudi investor picks up the Savoy London's famous Savoy hotel has been sold to a group combining Saudi billionaire investor Prince Alwaleed bin Talal and a unit of HBOS.", "Saudi investor picks up the Savoy")]
    [InlineData("Tsunami slows Sri Lanka's growth Sri Lanka's president has launched a reconstruction drive worth $3.5bn (£1.8bn) by appealing for peace and national unity.", "Tsunami slows Sri Lanka's growth")]
    [InlineData("Serena ends Sania Mirza's dream Sania Mirza, the first Indian woman to reach the third round of a Grand Slam, lost to Serena Williams.", "Serena ends Sania Mirza's dream")]
    [InlineData("Belle named 'best Scottish band' Belle & Sebastian have been named the greatest Scottish band of all time in a poll by music magazine The List.", "Belle named 'best Scottish band'")]
    [InlineData("Hewitt falls to Dent in Adelaide Lleyton Hewitt suffered a shock defeat to Taylor Dent in the quarter-finals of the Australian Hardcourt Championships.", "Hewitt falls to Dent in Adelaide")]
    [InlineData("UK Athletics agrees new kit deal UK Athletics has agreed a new deal with adidas to supply Great Britain squads of all ages.", "UK Athletics agrees new kit deal")]
    [InlineData("White admits to Balco drugs link Banned American sprinter Kelli White says she knowingly took steroids given to her by Balco president Victor Conte.", "White admits to Balco drugs link")]
    [InlineData("Finnan says Irish can win group Steve Finnan believes the Republic of Ireland can qualify directly for the World Cup finals.", "Finnan says Irish can win group")]
    [InlineData("Parry relishes Anfield challenge BBC Sport reflects on the future for Liverpool after our exclusive interview with chief executive Rick Parry.", "Parry relishes Anfield challenge")]
    [InlineData("Hewitt falls to Dent Lleyton Hewitt suffered a shock defeat to Taylor Dent in the quarter-finals of the Australian Hardcourt Championships.", "Hewitt falls to Dent")]
    [InlineData("McClaren targets Champions League Middlesbrough boss Steve McClaren believes his side can clinch a top-four spot in the Premiership and secure qualification for the Champions League.", "McClaren targets Champions League")]
    [InlineData("Gamers snap up new Sony PSP Gamers have bought almost all of the first batch of Sony's new PlayStation Portable (PSP) games console.", "Gamers snap up new Sony PSP")]
    [InlineData("Man City 0-2 Man Utd Manchester United reduced Chelsea's Premiership lead to nine points after a scrappy victory over Manchester City.", "Man City 0-2 Man Utd")]
    [InlineData("Newcastle 2-1 Bolton Kieron Dyer smashed home the winner to end Bolton's 10-game unbeaten run.", "Newcastle 2-1 Bolton")]
    [InlineData("Bristol City 2-1 Milton Keynes Leroy Lita took his goal tally to 13 for the season as his double earned City an LDV Vans Trophy win.", "Bristol City 2-1 Milton Keynes")]
    [InlineData("Wilkinson to miss Ireland match England will have to take on Ireland in the Six Nations without captain and goal-kicker Jonny Wilkinson.", "Wilkinson to miss Ireland match")]
    [InlineData("Clijsters could play Aussie Open Kim Clijsters has denied reports that she has pulled out of January's Australian Open because of a wrist injury.", "Clijsters could play Aussie Open")]
    [InlineData("England given tough Sevens draw England will have to negotiate their way through a tough draw if they are to win the Rugby World Cup Sevens.", "England given tough Sevens draw")]
    [InlineData("Reds sink 10-man Magpies Titus Bramble's own goal put Liverpool on the comeback trail as injury-hit Newcastle were well beaten at Anfield.", "Reds sink 10-man Magpies")]
    [InlineData("Rovers reject third Ferguson bid Blackburn have rejected a third bid from Rangers for Scotland captain Barry Ferguson, BBC Sport has learnt.", "Rovers reject third Ferguson bid")]
    [InlineData("Executive trio leave Aer Lingus Three senior executives of Ireland's state-owned airline, Aer Lingus, are set to leave early next year.", "Executive trio leave Aer Lingus")]
    [InlineData("Dominici backs lacklustre France Wing Christophe Dominici says France can claim another Six Nations Grand Slam despite two lacklustre wins.", "Dominici backs lacklustre France")]
    [InlineData("Humanoid robot learns how to run Car-maker Honda's humanoid robot Asimo has just got faster and smarter.", "Humanoid robot learns how to run")]
    [InlineData("US state acts to stop 'spammers' US state Texas has filed a lawsuit against two men believed to be among the world's top five spammers.", "US state acts to stop 'spammers'")]
    [InlineData("Ireland call up uncapped Campbell Ulster scrum-half Kieran Campbell is one of five uncapped players included in Ireland's RBS Six Nations squad.", "Ireland call up uncapped Campbell")]
    [InlineData("Greer attacks 'bully' Big Brother Germaine Greer has criticised Celebrity Big Brother's bullying of housemates after quitting the reality TV show.", "Greer attacks 'bully' Big Brother")]
    [InlineData("Deutsche Boerse set to 'woo' LSE Bosses of Deutsche Boerse and the London Stock Exchange are to meet amid talk that a takeover bid for the LSE will be raised to £1.5bn ($2.9bn).", "Deutsche Boerse set to 'woo' LSE")]
    [InlineData("Fry set for role in Hitchhiker's Actor Stephen Fry is joining the cast of the forthcoming film adaptation of The Hitchhiker's Guide To The Galaxy.", "Fry set for role in Hitchhiker's")]
    [InlineData("Alicia Keys to open US Super Bowl R&B star Alicia Keys is to open February's Super Bowl singing a song only previously performed there by Ray Charles and Vicki Carr.", "Alicia Keys to open US Super Bowl")]
    [InlineData("India to deport Bollywood actress India has ordered the deportation of Iranian-born model and actress Negar Khan to Norway after saying she was working illegally on her visa.", "India to deport Bollywood actress")]
    [InlineData("Thomas out of Six Nations Wales captain Gareth Thomas has been ruled out of the rest of the Six Nations with a broken thumb.", "Thomas out of Six Nations")]
    [InlineData("Hitzlsperger waiting on O'Leary Aston Villa's Thomas Hitzlsperger is waiting to learn the future of manager David O'Leary before committing himself to a new contract with the club.", "Hitzlsperger waiting on O'Leary")]
    [InlineData("Vickery out of Six Nations England tight-head prop Phil Vickery has been ruled out of the rest of the 2005 RBS Six Nations after breaking a bone in his right forearm.", "Vickery out of Six Nations")]
    [InlineData("Virgin Radio offers 3G broadcast UK broadcaster Virgin Radio says it will become the first station in the world to offer radio via 3G mobiles.", "Virgin Radio offers 3G broadcast")]
    [InlineData("Broadband set to revolutionise TV BT is starting its push into television with plans to offer TV over broadband.", "Broadband set to revolutionise TV")]
    [InlineData("Keegan hails comeback king Fowler Manchester City boss Kevin Keegan has praised striker Robbie Fowler for his landmark return to form.", "Keegan hails comeback king Fowler")]
    [InlineData("Tories attack burglar 'U-turns' Tory leader Michael Howard has accused Tony Blair of performing U-turns over rules on using force against burglars.", "Tories attack burglar 'U-turns'")]
    [InlineData("QPR keeper Day heads for Preston Queens Park Rangers keeper Chris Day is set to join Preston on a month's loan.", "QPR keeper Day heads for Preston")]
    [InlineData("Bush website blocked outside US Surfers outside the US have been unable to visit President Bush's re-election website.", "Bush website blocked outside US")]
    // The body's description of the act the headline names, glued on the headline's end.
    [InlineData("Beastie Boys win sampling battle US rappers Beastie Boys have won their long-running battle over the use of a sample in their song Pass the Mic.", "Beastie Boys win sampling battle")]
    public void TrySplit_BbcStyleLine_FindsHeadline(string line, string expected)
    {
        Assert.True(HeadlineSplitter.TrySplit(line, out var headline, out _));
        Assert.Equal(expected, headline);
    }

    [Fact]
    public void TrySplit_BbcStyleLine_BodyExcludesHeadline()
    {
        HeadlineSplitter.TrySplit("Bank voted 8-1 for no rate change The decision to keep interest rates on hold at 4.75% was passed 8-1 by the Bank of England, minutes have shown.", out _, out var body);

        Assert.StartsWith("The decision to keep interest rates", body, StringComparison.Ordinal);
    }

    [Fact]
    public void TrySplit_PlainSentence_DoesNotSplitInsideFirstSentence()
    {
        var found = HeadlineSplitter.TrySplit("It rained. Then it stopped and everyone went home for tea and cake and a very long nap afterwards.", out _, out _);

        Assert.False(found);
    }

    [Theory]
    [InlineData("Berlin honours S Korean director South Korean film director Im Kwon-Taek has received an honorary Golden Bear at the Berlin Film Festival.")]
    [InlineData("Alicia Keys to open US Super Bowl R&B star Alicia Keys is to open February's Super Bowl singing a song only previously performed there by Ray Charles.")]
    public void TrySplit_CutHeadlineWhoseNameRunsOn_NotEndedInsideTheName(string line)
    {
        Assert.True(HeadlineSplitter.TrySplit(line, out var headline, out _));
        Assert.False(headline.EndsWith(" South", StringComparison.Ordinal) || headline.EndsWith(" US", StringComparison.Ordinal) || headline.EndsWith(" Super", StringComparison.Ordinal), headline);
    }

    [Theory]
    [InlineData("Blair quits ’")]
    [InlineData("Blair speaks ''")]
    [InlineData("Thomas out of Six Nations ”")]
    public void WhyNotWhole_HeadlineEndingOnAStrayQuote_SaysSoWithoutThrowing(string title)
    {
        Assert.Equal("ends on a stray quote", HeadlineSplitter.WhyNotWhole(title, "Gareth Thomas has been ruled out of the rest of the Six Nations."));
    }

    [Theory]
    // A headline's own object or a describing word is no description of the body's subject.
    [InlineData("Snow Patrol bassist exits group", "Snow Patrol bassist Mark McClelland has left the band.")]
    [InlineData("Vodafone appoints new Japan boss", "Vodafone has drafted in its UK chief executive to run its Japanese operations.")]
    [InlineData("Keane win over US rock fans", "Keane have sold out their first US tour.")]
    public void Repair_HeadlineEndingOnItsObject_KeptWhole(string headline, string body)
    {
        Assert.Equal((headline, body), HeadlineSplitter.Repair(headline, body));
    }

    [Fact]
    public void Repair_TwoLetterAcronymSpelledByChance_NotMoved()
    {
        // "US" would be spelled by "Uganda" and "Secretary": an acronym of three letters or more only.
        Assert.Equal(
            ("US envoy visits Uganda", "Secretary of State Colin Powell has sent an envoy."),
            HeadlineSplitter.Repair("US envoy visits Uganda", "Secretary of State Colin Powell has sent an envoy."));
    }
}
