package org.safeguardingkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnalysedTextTest {

    private static List<String> quoted(String text) {
        AnalysedText t = AnalysedText.of(text);
        return t.quotedSpans().stream().map(q -> q.content(text)).toList();
    }

    @Nested
    class Tokens {
        @Test
        void offsetsAreUtf16IndicesIntoTheOriginalText() {
            String text = "\uD83D\uDE00 Mia didn't come";
            AnalysedText t = AnalysedText.of(text);
            Token didnt = t.tokens().stream().filter(k -> k.text().equals("didn't")).findFirst().orElseThrow();
            assertThat(text.substring(didnt.start(), didnt.end())).isEqualTo("didn't");
            assertThat(didnt.start()).isEqualTo(7);
            assertThat(t.tokens().get(0).kind()).isEqualTo(TokenKind.SYMBOL);
            assertThat(t.tokens().get(0).text()).isEqualTo("\uD83D\uDE00");
        }

        @Test
        void apostrophesInsideWordsStayInTheWordAndCurlyOnesNormalise() {
            AnalysedText t = AnalysedText.of("She doesn\u2019t know O'Neil");
            assertThat(t.tokens()).extracting(Token::text).containsExactly("She", "doesn\u2019t", "know", "O'Neil");
            assertThat(t.tokens().get(1).normal()).isEqualTo("doesn't");
            assertThat(t.tokens().get(1).key()).isEqualTo("doesnt");
            assertThat(t.key(1)).isEqualTo("doesnt");
            assertThat(t.key(0)).isEqualTo("she");
        }

        @Test
        void numbersTimesAndHyphenatedWords() {
            AnalysedText t = AnalysedText.of("At 12:40 he had a 4cm cut; attention-seeking.");
            assertThat(t.tokens()).extracting(Token::text)
                    .containsExactly("At", "12:40", "he", "had", "a", "4cm", "cut", ";", "attention", "-", "seeking", ".");
            assertThat(t.tokens().get(9).kind()).isEqualTo(TokenKind.JOINER);
            assertThat(t.tokens().get(1).kind()).isEqualTo(TokenKind.NUMBER);
        }
    }

    @Nested
    class Sentences {
        @Test
        void endAtTerminatorsButNotAfterTitlesOrInsideEg() {
            AnalysedText t = AnalysedText.of("Mr. Hill saw it, e.g. the push. She cried! Then left? Yes");
            assertThat(t.sentences()).extracting(s -> s.span().text())
                    .containsExactly("Mr. Hill saw it, e.g. the push.", "She cried!", "Then left?", "Yes");
        }

        @Test
        void lineBreaksEndSentencesAndClosingQuotesStayWithTheirSentence() {
            AnalysedText t = AnalysedText.of("P1 maths:\n- came in late\n- said \"no.\" Then sat down");
            assertThat(t.sentences()).extracting(s -> s.span().text())
                    .containsExactly("P1 maths:", "- came in late", "- said \"no.\"", "Then sat down");
        }
    }

    @Nested
    class Quotes {
        @Test
        void everyQuoteStyle() {
            assertThat(quoted("He said \"go away\" twice.")).containsExactly("go away");
            assertThat(quoted("He said \u201Cgo away\u201D twice.")).containsExactly("go away");
            assertThat(quoted("He said \u2018go away\u2019 twice.")).containsExactly("go away");
            assertThat(quoted("He said 'go away' twice.")).containsExactly("go away");
            assertThat(quoted("Il a dit \u00ABva-t'en\u00BB.")).containsExactly("va-t'en");
            assertThat(quoted("Sie sagte \u201Egeh weg\u201C.")).containsExactly("geh weg");
        }

        @Test
        void apostrophesAreNotQuotes() {
            assertThat(quoted("She didn't see James' bag in the boys' toilets.")).isEmpty();
            assertThat(quoted("It\u2019s Chris\u2019 phone, not the girls\u2019.")).isEmpty();
            assertThat(quoted("We'll see 'em at the 'do' later.")).containsExactly("do");
        }

        @Test
        void singleQuotesAroundWordsWithApostrophes() {
            assertThat(quoted("Mum is 'not well in the mornings' and didn't come.")).containsExactly("not well in the mornings");
            assertThat(quoted("She said \u2018I didn\u2019t do it\u2019 and left.")).containsExactly("I didn\u2019t do it");
        }

        @Test
        void nestedQuotesHaveDepth() {
            String text = "She said \"he told me 'you're useless' every day\".";
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.quotedSpans()).hasSize(2);
            assertThat(t.quotedSpans().get(0).depth()).isZero();
            assertThat(t.quotedSpans().get(0).content(text)).isEqualTo("he told me 'you're useless' every day");
            assertThat(t.quotedSpans().get(1).depth()).isEqualTo(1);
            assertThat(t.quotedSpans().get(1).content(text)).isEqualTo("you're useless");
        }

        @Test
        void unclosedQuoteEndsWithItsSentence() {
            String text = "He shouted \"you're a liar and walked out. He was aggressive.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.quotedSpans()).singleElement().satisfies(q -> {
                assertThat(q.closed()).isFalse();
                assertThat(q.content(text)).isEqualTo("you're a liar and walked out.");
            });
            assertThat(t.isInsideQuote(text.indexOf("liar"))).isTrue();
            assertThat(t.isInsideQuote(text.indexOf("aggressive"))).isFalse();
        }

        @Test
        void quotesMaySpanSentences() {
            String text = "Mum emailed: \u201CShe is out of control. I think she is taking something.\u201D Forwarded to HoY.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.quotedSpans()).singleElement().satisfies(q -> assertThat(q.closed()).isTrue());
            assertThat(t.isInsideQuote(text.indexOf("I think"))).isTrue();
            assertThat(t.isInsideQuote(text.indexOf("Forwarded"))).isFalse();
            assertThat(t.sentences()).hasSize(3);
        }

        @Test
        void aStraightQuoteOpeningAgainMeansTheEarlierWasNeverClosed() {
            String text = "He said \"no. Later she said \"yes\" to me.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.quotedSpans()).extracting(q -> q.content(text)).containsExactly("no.", "yes");
            assertThat(t.isInsideQuote(text.indexOf("Later"))).isFalse();
        }
    }

    @Nested
    class ReportedSpeechAndSpeakers {
        private ReportedSpeech only(AnalysedText t) {
            assertThat(t.reportedSpeech()).hasSize(1);
            return t.reportedSpeech().get(0);
        }

        @Test
        void sheToldMeThat() {
            String text = "She told me that her dad hits her. I informed the DSL.";
            AnalysedText t = AnalysedText.of(text);
            ReportedSpeech r = only(t);
            assertThat(r.kind()).isEqualTo(ReportKind.SAID);
            assertThat(r.speaker().role()).isEqualTo(SpeakerRole.CHILD);
            assertThat(text.substring(r.contentStart(), r.contentEnd())).isEqualTo("her dad hits her.");
            assertThat(t.isReported(text.indexOf("hits"))).isTrue();
            assertThat(t.isReported(text.indexOf("informed"))).isFalse();
        }

        @Test
        void mumSaidWithAQuoteIsDirectSpeech() {
            String text = "Mum said \"he's been crying himself to sleep\" and then left.";
            AnalysedText t = AnalysedText.of(text);
            ReportedSpeech r = only(t);
            assertThat(r.direct()).isTrue();
            assertThat(r.speaker().role()).isEqualTo(SpeakerRole.PARENT_OR_CARER);
            assertThat(t.speakerAt(text.indexOf("crying")).map(Speaker::role)).contains(SpeakerRole.PARENT_OR_CARER);
            assertThat(t.speakerAt(text.indexOf("left"))).isEmpty();
        }

        @Test
        void heDisclosed() {
            AnalysedText t = AnalysedText.of("Noah disclosed that his uncle touches him.");
            assertThat(only(t).speaker()).satisfies(s -> {
                assertThat(s.role()).isEqualTo(SpeakerRole.NAMED);
                assertThat(s.mention()).isEqualTo("Noah");
            });
        }

        @Test
        void dadSaysHeThinksNestsTheBeliefInsideTheReport() {
            String text = "Dad says he thinks she is being bullied.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.reportedSpeech()).extracting(ReportedSpeech::kind).containsExactly(ReportKind.SAID, ReportKind.THOUGHT);
            assertThat(t.reportedSpeech().get(0).speaker().role()).isEqualTo(SpeakerRole.PARENT_OR_CARER);
            assertThat(t.isReported(text.indexOf("bullied"))).isTrue();
        }

        /** Whose words a word is, where the writer's own words sit next to someone else's. */
        @org.junit.jupiter.params.ParameterizedTest(name = "{0} / {1}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
                He wanted to get sent out and thought it was hilarious.  | sent    | false
                He wanted to get sent out and thought it was hilarious.  | thought | false
                Says she slept at her nan's, not sure how true it is.     | slept   | true
                Says she slept at her nan's, not sure how true it is.     | sure    | false
                Mum said he was crying, maybe because of the dog.         | dog     | true
                Let's just say Rhys was rude in PE.                       | rude    | false
                """)
        void writersOwnWordsBesideAReport(String text, String word, boolean reported) {
            // "wanted to ..." is an infinitive, not reported thoughts; a comment after a comma ("not sure how true
            // it is") and "let's say" are the writer's; "maybe because ..." could still be Mum's words
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.isReported(text.indexOf(word))).isEqualTo(reported);
            if (!reported) {
                assertThat(t.speakerAt(text.indexOf(word))).isEmpty();
            }
        }

        @Test
        void accordingTo() {
            String text = "According to her sister, Mum drinks every night.";
            AnalysedText t = AnalysedText.of(text);
            ReportedSpeech r = only(t);
            assertThat(r.kind()).isEqualTo(ReportKind.ACCORDING_TO);
            assertThat(r.speaker().role()).isEqualTo(SpeakerRole.FAMILY_MEMBER);
            assertThat(t.isReported(text.indexOf("drinks"))).isTrue();
        }

        @Test
        void theWritersOwnThinkingIsNotAReport() {
            String text = "I think she is being groomed.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.reportedSpeech()).isEmpty();
            assertThat(t.isReported(text.indexOf("groomed"))).isFalse();
            assertThat(t.isHedged(t.tokenAt(text.indexOf("groomed")).orElseThrow().index())).isTrue();
        }

        @Test
        void theWriterTellingSomeoneIsTheWritersWords() {
            String text = "I told him he was being rude.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(only(t).speaker().role()).isEqualTo(SpeakerRole.WRITER);
            assertThat(t.isReported(text.indexOf("rude"))).isFalse();
        }

        @Test
        void aNoteOpeningWithSaysOrDisclosedIsSomeoneElsesWords() {
            String text = "Mum rang the office at 9. Says Tiana is being bullied on the bus.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(only(t).speaker().role()).isNotEqualTo(SpeakerRole.WRITER);
            assertThat(t.isReported(text.indexOf("bullied"))).isTrue();
            String disclosed = "Disclosed that her stepdad hits her.";
            assertThat(AnalysedText.of(disclosed).isReported(disclosed.indexOf("hits"))).isTrue();
        }

        @Test
        void aNoteOpeningWithToldIsTheWritersOwn() {
            String text = "Told mum at pick-up that he was rude.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.isReported(text.indexOf("rude"))).isFalse();
        }

        @Test
        void aPronounAfterAnAdultOpeningTheSentenceBeforeIsThatAdult() {
            String text = "Mum phoned after school. She said she found blades in Erin's pencil case.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(only(t).speaker().role()).isEqualTo(SpeakerRole.PARENT_OR_CARER);
        }

        @Test
        void staffProfessionalsAndPeers() {
            assertThat(only(AnalysedText.of("Mrs Jones (TA) said she was upset.")).speaker().role()).isEqualTo(SpeakerRole.STAFF);
            assertThat(only(AnalysedText.of("The school nurse said it was a burn.")).speaker().role())
                    .isEqualTo(SpeakerRole.PROFESSIONAL);
            assertThat(only(AnalysedText.of("A friend of Callum's (p-765) told me that he has been messaged.")).speaker()
                    .role()).isEqualTo(SpeakerRole.PEER);
        }

        @Test
        void aParentheticalReporterOwnsTheWordsBeforeIt() {
            String text = "Dad was drunk, Callie told me, and fell asleep on the stairs.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.isReported(text.indexOf("drunk"))).isTrue();
            assertThat(only(t).speaker().mention()).isEqualTo("Callie");
        }

        @Test
        void nameCallingIsTheCallersWord() {
            String text = "Kacper called Maya a slag in the lunch queue.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(only(t).kind()).isEqualTo(ReportKind.CALLED);
            assertThat(t.isReported(text.indexOf("slag"))).isTrue();
            assertThat(t.isReported(text.indexOf("queue"))).isFalse();
        }

        @Test
        void aFirstPersonClauseEndsTheReport() {
            String text = "Mum said she was fine, I think she was drunk.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.isReported(text.indexOf("fine"))).isTrue();
            assertThat(t.isReported(text.indexOf("drunk"))).isFalse();
        }

        @Test
        void nounsThatLookLikeReportingVerbsAreNot() {
            String text = "Tried mum twice, no answer as usual.";
            assertThat(AnalysedText.of(text).reportedSpeech()).isEmpty();
        }
    }

    @Nested
    class Scopes {
        @Test
        void negationCoversTheNextFewWordsOfItsClause() {
            String text = "He was not aggressive, but he was rude.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.isNegated(t.tokenAt(text.indexOf("aggressive")).orElseThrow().index())).isTrue();
            assertThat(t.isNegated(t.tokenAt(text.indexOf("rude")).orElseThrow().index())).isFalse();
        }

        @Test
        void hedgeCoversTheRestOfItsClause() {
            String text = "Mum is probably drinking again, staff saw her at 3pm.";
            AnalysedText t = AnalysedText.of(text);
            assertThat(t.isHedged(t.tokenAt(text.indexOf("drinking")).orElseThrow().index())).isTrue();
            assertThat(t.isHedged(t.tokenAt(text.indexOf("staff")).orElseThrow().index())).isFalse();
        }
    }

    @Test
    void emptyAndBlankTexts() {
        assertThat(AnalysedText.of("").tokens()).isEmpty();
        assertThat(AnalysedText.of("   \n ").sentences()).isEmpty();
        assertThat(AnalysedText.of("").isInsideQuote(0)).isFalse();
        assertThat(AnalysedText.of("").speakerAt(0)).isEmpty();
    }
}
