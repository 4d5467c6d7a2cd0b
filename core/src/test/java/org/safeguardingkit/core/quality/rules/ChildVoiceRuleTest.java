package org.safeguardingkit.core.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.QualityChecker;
import org.safeguardingkit.core.quality.RuleSet;

/**
 * The child-voice rule on varied phrasings (vocabulary not used to build its lexicon): PRESENT means no finding,
 * INFO a reason why the child's views were not obtained, WARNING missing.
 */
class ChildVoiceRuleTest {

    private static final QualityChecker CHECKER =
            QualityChecker.of(RuleSet.builder().rules(List.of(new ChildVoiceRule())).build());

    static String status(String summary) {
        Concern c = Concern.builder().id("c-1").pupil(Pupil.of(PupilId.of("p-1")))
                .occurredAt(Instant.parse("2026-01-05T10:00:00Z")).recordedAt(Instant.parse("2026-01-05T11:00:00Z"))
                .recordedBy(StaffRef.of(StaffId.of("s-1"))).summary(summary).build();
        List<Finding> f = CHECKER.check(c).findings();
        return f.isEmpty() ? "PRESENT" : f.get(0).severity().name();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PRESENT | Freya stated that her brother's friend keeps messaging her at night.
            PRESENT | When I asked what had happened, Oisin replied "he started it".
            PRESENT | Zainab says she is frightened of going home on Friday.
            PRESENT | He kept saying 'I want my nan' over and over.
            PRESENT | Told me that she hates PE because the girls laugh at her.
            PRESENT | According to Dylan, the older boys took his phone at the park.
            PRESENT | Child's voice: "I don't like it when Daddy shouts."
            PRESENT | Kayden's account was that he tripped on the stairs at home.
            PRESENT | She asked me not to tell her mum about the messages.
            PRESENT | Aleksander confided in his TA that he has not eaten since yesterday.
            PRESENT | Rosie described how her stepfather locks her in her room.
            PRESENT | Ibrahim admitted taking the money from the charity box.
            PRESENT | On the way back from PE, Mason told me his uncle hurts him.
            PRESENT | Tia explained she had been scratched by the cat.
            PRESENT | Eli commented that nobody at home cares where he goes.
            PRESENT | Maryam let me know that she is worried about her mum.
            PRESENT | Corey denied pushing anyone and said it was an accident.
            WARNING | Harry's dad rang to say that Harry is being bullied in the changing rooms.
            WARNING | The PCSO told us that Jade was found in the park after midnight.
            WARNING | Miss Khan reported that Aisha has been tearful in every lesson.
            WARNING | Staff noticed a bruise on Logan's cheek during registration.
            WARNING | Nan told me Riley has been staying with her all week because mum is unwell.
            WARNING | A classmate said that Evie has been cutting herself.
            WARNING | Two older pupils told the duty teacher that Max had a knife.
            WARNING | Mum emailed: "she is out of control and won't listen to anyone".
            WARNING | I asked Josh to stay behind and told him the behaviour was unacceptable.
            WARNING | Lily was observed crying alone at lunch and would not eat.
            WARNING | He said nothing when I asked about the bruise.
            WARNING | Foster carer reported that Kai has been wetting the bed.
            WARNING | Her older brother explained that she had been out all night.
            INFO    | Unable to speak to Sam today as he was off sick.
            INFO    | Noah was not seen today because he left early for a hospital appointment.
            INFO    | Maisie declined to talk about what happened.
            INFO    | Ben did not want to talk about it and asked to go back to class.
            INFO    | Evie is pre-verbal so her views could not be gathered.
            INFO    | The class teacher will speak to her tomorrow morning.
            INFO    | Ruby was too tired to say much at the end of the day.
            INFO    | Jack became very distressed when I tried to ask about home and was unable to talk, so I took him to the nurture room.
            INFO    | Mum reported messages on Chloe's phone. Chloe was not in school today, and her views will be sought on Monday.
            INFO    | Kiera was too embarrassed to discuss her eating today; her form tutor will revisit this next week.
            PRESENT | Kiera admitted to her form tutor that she skips meals because she wants to lose weight.
            INFO    | Nathan was on a college taster day so has not been spoken to; his key worker will see him on Thursday.
            PRESENT | Theo pushed a younger pupil over. When asked why, Theo answered that the boy "kept kicking my bag".
            WARNING | Amir's older cousin messaged school to say Amir is being threatened online.
            PRESENT | During the fire drill Kelsey ran back inside. When found she kept repeating "I can't go outside, he'll see me".
            WARNING | Lola's stepmum came in and said Lola has been stealing money from her purse.
            WARNING | Reports from two staff that Tyrell has been seen with a large amount of cash and a new phone.
            INFO    | Ella's friends showed the tutor worrying messages. Ella was in hospital, so her views could not be sought today.
            PRESENT | "I hate it here," said Amira when I asked about her weekend.
            WARNING | Mum reported that Jess has been self-harming. I have not spoken to Jess yet.
            INFO    | Mum reported that Jess has been self-harming. I have not spoken to Jess yet as she is on a school trip.
            WARNING | When Miss said the bell had gone, the class lined up and went to assembly.
            PRESENT | In her planner Demi wrote that she wishes she could live with her nan.
            PRESENT | I asked Zak where his new trainers came from and he replied that "a mate" bought them for him.
            PRESENT | In a lesson Grace wrote in her book "I want to die" and later told her teacher she didn't mean it.
            WARNING | Grace's sister told the office that Grace has been sick every morning before school.
            WARNING | Mrs Green heard Amelia's dad shouting at her in the car park and calling her stupid.
            """)
    void phrasings(String expected, String summary) {
        assertThat(status(summary)).as(summary).isEqualTo(expected);
    }

    /** Who "he" / "she" is: agreement in sex and number, the person asked or found, shared subjects. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PRESENT | Mr Fenwick found Kobe in the boiler room at 2pm. He said 'I was hiding from the lads in my form'.
            PRESENT | Police returned Tayla to school at noon. She told us "I slept at my boyfriend's flat".
            PRESENT | Grandad dropped Milo off at 8:50. He said "Grandad's car smells of smoke".
            PRESENT | Staff asked Ronan to put his phone away and he refused. He said 'my mum might ring'.
            PRESENT | The nurse looked at the burn because Ivy had been scratching it and told us "the iron fell on me".
            PRESENT | When his tutor asked him about the missing PE kit, he said it was stolen from the changing room.
            PRESENT | Esther's key worker spoke to her at lunch. She said she wants to stay with her foster family.
            PRESENT | Jonah sat down, pulled his hood up and muttered "they're waiting for me outside".
            PRESENT | Ezra emailed his head of year at midnight saying he could not cope any more.
            PRESENT | "You can't make me go home," Lyla screamed at the end of the day.
            PRESENT | I went to collect Sol from the office; he told me to 'leave me alone' and ran out.
            PRESENT | I spoke to Freddie, who said his uncle gave him the money.
            WARNING | Freddie's stepmum phoned reception. She said he had not been home since Friday.
            WARNING | Freddie's football coach called at 6pm. He said Freddie had not turned up to training.
            WARNING | Three girls from Freddie's class said he had been sending them messages late at night.
            WARNING | Freddie has been sulking all week, which tells you everything about his attitude.
            WARNING | Anything Freddie says about the fight is made up.
            WARNING | The letter said Freddie had missed four appointments at the clinic.
            WARNING | Freddie stormed out of the hall. His Head of Year informed and parents called.
            WARNING | Freddie was shouting at the supply teacher to "get out of my face".
            """)
    void speakers(String expected, String summary) {
        assertThat(status(summary)).as(summary).isEqualTo(expected);
    }

    /** Reasons why the child's views were not obtained, written as states and plans. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            INFO    | Marnie was inconsolable after the call and could not get her words out; her TA will try again tomorrow.
            INFO    | Marnie was asleep in the medical room when I went down; I will go back and speak to her after lunch.
            INFO    | Marnie was taken home by ambulance before she could be asked what happened.
            INFO    | Marnie was on a residential so her views have not been sought yet; her tutor will see her on Monday.
            INFO    | We were unable to get Marnie's account as she left with her dad straight away.
            INFO    | Marnie is selectively mute in school and used her choice board only to ask for the toilet.
            INFO    | Marnie was off sick today. Her head of year to speak with her when she is back.
            WARNING | Marnie was sobbing in the toilets at lunch.
            WARNING | Marnie's mum will speak to the GP this week.
            """)
    void notObtained(String expected, String summary) {
        assertThat(status(summary)).as(summary).isEqualTo(expected);
    }
}
