package org.safeguardingkit.review.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.safeguardingkit.categories.CategoryKind;
import org.safeguardingkit.core.model.ActionStatus;
import org.safeguardingkit.core.model.Agency;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.SchoolId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.review.ActionEntry;
import org.safeguardingkit.review.AgencyEntry;
import org.safeguardingkit.review.CategoryEntry;
import org.safeguardingkit.review.InvolvedPupil;
import org.safeguardingkit.review.ResponseEntry;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewRow;
import org.safeguardingkit.review.ReviewThresholds;
import org.safeguardingkit.review.SchoolBreakdown;
import org.safeguardingkit.review.Student;
import org.safeguardingkit.review.checklist.Answer;
import org.safeguardingkit.review.checklist.ChecklistId;
import org.safeguardingkit.review.checklist.ChecklistItem;
import org.safeguardingkit.review.checklist.Evidence;
import org.safeguardingkit.review.checklist.Figure;
import org.safeguardingkit.review.considerations.CategoryCount;
import org.safeguardingkit.review.considerations.CategoryResponses;
import org.safeguardingkit.review.considerations.FieldFill;
import org.safeguardingkit.review.considerations.Gaps;
import org.safeguardingkit.review.considerations.IncidentTypes;
import org.safeguardingkit.review.considerations.KeyConsiderations;
import org.safeguardingkit.review.considerations.KindResponses;
import org.safeguardingkit.review.considerations.ResponseCounts;
import org.safeguardingkit.review.considerations.ResponsePatterns;
import org.safeguardingkit.review.considerations.SanctionOnlyFlag;
import org.safeguardingkit.review.followup.FollowUp;
import org.safeguardingkit.review.quality.QualitySummary;
import org.safeguardingkit.review.quality.RuleCount;
import org.safeguardingkit.review.quality.Share;
import org.safeguardingkit.review.sampling.Sample;
import org.safeguardingkit.review.sampling.SampleMethod;
import org.safeguardingkit.review.trends.EscalatingPupil;
import org.safeguardingkit.review.trends.EscalationBasis;
import org.safeguardingkit.review.trends.LocationHotspot;
import org.safeguardingkit.review.trends.PeerGroup;
import org.safeguardingkit.review.trends.RepeatedPupil;
import org.safeguardingkit.review.trends.TagCount;
import org.safeguardingkit.review.trends.ThemeSpike;
import org.safeguardingkit.review.trends.Trends;

/**
 * A hand-built, realistic-looking review with all eight checklist answers, hostile text in a row, and a timeline,
 * for renderer tests and for looking at the page in a browser.
 */
final class RenderFixtures {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private RenderFixtures() {
    }

    private static ConcernId id(int n) {
        return ConcernId.of(String.format("c-%07d", n));
    }

    static Review review() {
        List<ReviewRow> rows = new ArrayList<>();
        rows.add(new ReviewRow(id(102), Optional.of(SchoolId.of("school-a")), LocalDate.of(2026, 1, 13),
                new Student("P-7Q2M4KXA", Optional.of(Sex.M), Optional.of(9)),
                FORMULA + " [name] called [name] a \"slag\" in the corridor " + SCRIPT,
                List.of(new InvolvedPupil("P-ZZ4M1KQB", Optional.of(OtherPupilRole.VICTIM))),
                List.of(),
                List.of(new CategoryEntry("hsb.sexist-language", "Sexist language",
                        Optional.of(CategoryKind.SAFEGUARDING))),
                List.of(new ResponseEntry(Optional.of(ResponseLevel.INDIVIDUAL), Optional.of(ResponseType.SANCTION),
                        Optional.of("Detention"))),
                List.of(),
                List.of(new ActionEntry("Inform parents", Optional.empty(), Optional.empty(), Optional.empty()))));
        String[][] texts = {
            {"behaviour.fighting", "Fighting", "B", "[name] and [name] were punching each other at the bus stop on "
                    + "Fenwick Road at 15:35; [staff] separated them. [name] said \"he started it\"."},
            {"bullying.online", "Online bullying", "B", "[name] showed messages on Snapchat calling them ugly and "
                    + "telling them to leave; 20 pupils are in the group."},
            {"neglect", "Neglect", "S", "[name] asked for food three times this morning. [name] said \u201Cthere's "
                    + "no food at home\u201D."},
            {"behaviour.disruption", "Disruption", "B", "[name] talked over [staff] repeatedly during period 2."},
            {"mental-health.self-harm", "Self-harm", "S", "[name] showed [staff] fresh cuts on the forearm in the "
                    + "toilets at 11:20. Pupil asked us not to tell Mum."},
            {"hsb.image-sharing", "Image sharing", "S", "A nude image is being shared on Snapchat; [name] is said "
                    + "to have forwarded it."},
            {"behaviour.vaping", "Vaping", "B", "[name] was found vaping in the toilets at 10:05."},
            {"domestic-abuse", "Domestic abuse", "S", "Operation Encompass notification: police attended last night."},
        };
        for (int i = 0; i < texts.length; i++) {
            String[] t = texts[i];
            boolean sg = t[2].equals("S");
            rows.add(new ReviewRow(id(200 + i * 37), Optional.of(SchoolId.of("school-a")),
                    LocalDate.of(2026, 1 + i % 6, 3 + i * 3), new Student("P-" + (1000 + i * 7),
                            Optional.of(i % 2 == 0 ? Sex.F : Sex.M), Optional.of(7 + i % 5)),
                    t[3],
                    i % 3 == 0 ? List.of(new InvolvedPupil("P-" + (2000 + i), Optional.of(OtherPupilRole.INVOLVED)),
                            new InvolvedPupil("P-" + (3000 + i), Optional.empty())) : List.of(),
                    sg ? List.of(new AgencyEntry(Agency.CHILDRENS_SOCIAL_CARE, Optional.of("Referral made"))) : List.of(),
                    List.of(new CategoryEntry(t[0], t[1], Optional.of(sg ? CategoryKind.SAFEGUARDING
                            : CategoryKind.BEHAVIOURAL))),
                    List.of(new ResponseEntry(Optional.of(ResponseLevel.INDIVIDUAL),
                            Optional.of(sg ? ResponseType.SUPPORT : ResponseType.SANCTION),
                            Optional.of(sg ? "Check-in with a trusted adult" : "After-school detention"))),
                    i % 4 == 1 ? List.of(new ResponseEntry(Optional.of(ResponseLevel.ENVIRONMENT),
                            Optional.of(ResponseType.SUPERVISION), Optional.of("Staff on duty at the bus stop")))
                            : List.of(),
                    List.of(new ActionEntry("Call parents", Optional.of("S-AB12CD34"),
                            Optional.of(LocalDate.of(2026, 2, 1)), Optional.of(ActionStatus.OPEN)))));
        }
        ResponseCounts beh = new ResponseCounts(3120, 2480, 610, 40, 2210, 3050, 180, 150);
        ResponseCounts saf = new ResponseCounts(910, 220, 640, 260, 140, 880, 70, 40);
        List<CategoryCount> byCategory = List.of(
                new CategoryCount("behaviour.disruption", "Disruption", Optional.of(CategoryKind.BEHAVIOURAL), 1010),
                new CategoryCount("behaviour.defiance", "Defiance", Optional.of(CategoryKind.BEHAVIOURAL), 540),
                new CategoryCount("behaviour.fighting", "Fighting", Optional.of(CategoryKind.BEHAVIOURAL), 300),
                new CategoryCount("bullying.verbal", "Verbal bullying", Optional.of(CategoryKind.BEHAVIOURAL), 270),
                new CategoryCount("hsb.sexist-language", "Sexist language", Optional.of(CategoryKind.SAFEGUARDING),
                        110),
                new CategoryCount("neglect", "Neglect", Optional.of(CategoryKind.SAFEGUARDING), 40));
        KeyConsiderations considerations = new KeyConsiderations(
                new IncidentTypes(4030, 910, 3120, 80, byCategory),
                new ResponsePatterns(List.of(new KindResponses(CategoryKind.BEHAVIOURAL, beh),
                        new KindResponses(CategoryKind.SAFEGUARDING, saf)),
                        List.of(new CategoryResponses("hsb.sexist-language", "Sexist language",
                                Optional.of(CategoryKind.SAFEGUARDING), new ResponseCounts(110, 90, 10, 0, 85, 108,
                                        5, 3))),
                        List.of(new SanctionOnlyFlag("hsb.sexist-language", "Sexist language",
                                "harmful sexual behaviour met only with sanctions", 110, 85, List.of(id(102))))),
                new Gaps(List.of(new FieldFill("location", 3700, 4030, 0.918, false),
                        new FieldFill("otherPupils", 900, 4030, 0.223, false),
                        new FieldFill("agencies", 300, 4030, 0.074, true)),
                        List.of("hba.fgm", "hba.forced-marriage", "radicalisation"),
                        List.of(new RuleCount("fact-opinion", 890, 0.22, List.of(id(5))))));
        List<ChecklistItem> checklist = new ArrayList<>();
        Answer[] answers = {Answer.PARTIAL, Answer.YES, Answer.YES, Answer.PARTIAL, Answer.YES, Answer.YES,
            Answer.YES, Answer.NO};
        int k = 0;
        for (ChecklistId c : ChecklistId.values()) {
            Answer a = answers[k++];
            checklist.add(new ChecklistItem(c.id(), c.question(), a,
                    new Evidence("Computed from 4,030 incidents; " + (a == Answer.YES ? "meets" : "falls short of")
                            + " the threshold.", List.of(Figure.of("share of incidents", 0.62, 0.8),
                                    Figure.of("incidents", 4030)), List.of(id(102), id(237), id(311))),
                    a == Answer.YES ? Optional.empty() : Optional.of("Train staff to record " + c.id() + "."),
                    Optional.empty()));
        }
        checklist.set(7, checklist.get(7).withOverride(
                org.safeguardingkit.review.checklist.ReviewerOverride.of(Answer.PARTIAL,
                        "Vape-selling theme raised by the PCSO in assembly " + SCRIPT)));
        Trends trends = new Trends(
                List.of(new RepeatedPupil("P-7Q2M4KXA", 6, 30, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 3),
                        14, List.of(id(11), id(102)))),
                List.of(new EscalatingPupil("P-K9D3LL2A", EscalationBasis.SEVERITY, 11, 8, 3.1, 0.001, 1.6, 4.3,
                        List.of(id(40), id(80)))),
                List.of(new LocationHotspot("all", Optional.of(Setting.TRAVEL), Optional.of("bus stop on Fenwick Road"),
                        Optional.empty(), 20, 1.4, 9.2, List.of(id(301), id(302))),
                        new LocationHotspot("all", Optional.of(Setting.ONLINE), Optional.empty(),
                                Optional.of("Snapchat"), 140, 90.0, 5.3, List.of(id(303)))),
                List.of(new PeerGroup(List.of("P-AAAA1111", "P-BBBB2222", "P-CCCC3333", "P-DDDD4444"), 6,
                        List.of(id(1), id(2), id(3)), List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 1))),
                        new PeerGroup(List.of("P-EEEE5555", "P-FFFF6666", "P-GGGG7777"), 3, List.of(id(4), id(5)),
                                List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)))),
                List.of(new ThemeSpike("hsb.image-sharing", "Image sharing", LocalDate.of(2026, 3, 9),
                        LocalDate.of(2026, 3, 15), 15, 0.6, 11.0, List.of(id(400)))),
                List.of(new TagCount("image-sharing-wave", 14, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13),
                        List.of(id(400)))));
        QualitySummary quality = new QualitySummary(9, Share.of(5, 9), Share.of(2, 9), Share.of(1, 9),
                Share.of(1, 9), Share.of(3, 9), List.of(new RuleCount("child-voice", 4, 0.44, List.of(id(102))),
                        new RuleCount("fact-opinion", 2, 0.22, List.of(id(237)))));
        Map<String, Answer> schoolAnswers = new LinkedHashMap<>();
        schoolAnswers.put("locations", Answer.YES);
        return new Review(Interval.ofDays(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 17),
                ZoneId.of("Europe/London")),
                new Sample(SampleMethod.STRATIFIED, rows.size(), Optional.of(42L), 4030), rows, considerations,
                checklist, trends, quality,
                List.of(new FollowUp("themes", "themes", "Add a theme tag field and review it each half term",
                        "No theme tags were recorded " + SCRIPT, "DSL", LocalDate.of(2026, 8, 14)),
                        new FollowUp("lower-level-hsb", "lower-level-hsb", "Train staff on lower-level HSB",
                                "Sexist language met only with sanctions", "Head of year", LocalDate.of(2026, 8, 14))),
                Optional.empty(),
                List.of(new SchoolBreakdown("school-a", 4030, 910, 3120, List.of(), schoolAnswers)), true,
                Instant.parse("2026-07-20T10:00:00Z"), "sgkit-default@2026.1", ReviewThresholds.defaults());
    }

    /** A timeline of the whole period with a spike in the week of 9 March 2026 and hostile platform text. */
    static Timeline timeline() {
        Timeline.Builder b = Timeline.builder(ZoneId.of("Europe/London"));
        SplittableRandom random = new SplittableRandom(7);
        String[] codes = {"behaviour.disruption", "behaviour.disruption", "behaviour.defiance", "behaviour.fighting",
            "bullying.verbal", "hsb.sexist-language", "neglect", "mental-health.anxiety"};
        int n = 0;
        for (LocalDate d = LocalDate.of(2025, 9, 1); d.isBefore(LocalDate.of(2026, 7, 18)); d = d.plusDays(1)) {
            int count = d.getDayOfWeek().getValue() >= 6 ? 1 : 12 + random.nextInt(10);
            if (!d.isBefore(LocalDate.of(2026, 3, 9)) && d.isBefore(LocalDate.of(2026, 3, 14))) {
                count += 3;
            }
            for (int i = 0; i < count; i++) {
                String code = d.isAfter(LocalDate.of(2026, 3, 8)) && d.isBefore(LocalDate.of(2026, 3, 14)) && i < 3
                        ? "hsb.image-sharing" : codes[random.nextInt(codes.length)];
                Location where = switch (random.nextInt(6)) {
                    case 0 -> Location.online(random.nextBoolean() ? "Snapchat" : "WhatsApp group " + SCRIPT);
                    case 1 -> Location.of(Setting.TRAVEL, "bus stop");
                    case 2 -> new Location(Optional.empty(), Optional.empty(), Optional.empty());
                    default -> Location.of(Setting.ON_SITE, "corridor");
                };
                b.add(Concern.builder().id("c-" + (++n)).pupil(Pupil.of(PupilId.of("p-1")))
                        .occurredAt(d.atTime(12, 0).toInstant(ZoneOffset.UTC))
                        .recordedAt(d.atTime(13, 0).toInstant(ZoneOffset.UTC))
                        .recordedBy(StaffRef.of(StaffId.of("s-1"))).summary("x").location(where).addCategory(code)
                        .build());
            }
        }
        return b.build();
    }
}
