package org.safeguardingkit.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardingkit.categories.CategoryKind;
import org.safeguardingkit.core.model.ActionStatus;
import org.safeguardingkit.core.model.Agency;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.SchoolId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.Sex;
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
 * A hand-built review with every part filled, for renderer and JSON tests (also usable by the render tests).
 */
public final class ReviewExamples {

    private ReviewExamples() {
    }

    /**
     * A small but complete review, with text that needs escaping.
     *
     * @return the review
     */
    public static Review complete() {
        ConcernId c1 = ConcernId.of("c-1");
        ConcernId c2 = ConcernId.of("c-2");
        ReviewRow row = new ReviewRow(c1, Optional.of(SchoolId.of("school-a")), LocalDate.of(2026, 10, 3),
                new Student("P-7Q2M4KXA", Optional.of(Sex.F), Optional.of(9)),
                "[name] said <b>\"stop\"</b> & =1+1 at the bus stop",
                List.of(new InvolvedPupil("P-ZZ4M1KQB", Optional.of(OtherPupilRole.ALLEGED_PERPETRATOR))),
                List.of(new AgencyEntry(Agency.POLICE, Optional.of("PCSO informed"))),
                List.of(new CategoryEntry("hsb.sexual-harassment", "Sexual harassment",
                        Optional.of(CategoryKind.SAFEGUARDING))),
                List.of(new ResponseEntry(Optional.of(ResponseLevel.INDIVIDUAL), Optional.of(ResponseType.SUPPORT),
                        Optional.of("Mentoring"))),
                List.of(new ResponseEntry(Optional.of(ResponseLevel.ENVIRONMENT),
                        Optional.of(ResponseType.SUPERVISION), Optional.of("Staff at the bus stop"))),
                List.of(new ActionEntry("Speak to parents", Optional.of("S-AB12CD34"),
                        Optional.of(LocalDate.of(2026, 10, 10)), Optional.of(ActionStatus.OPEN))));
        ResponseCounts counts = new ResponseCounts(10, 4, 5, 2, 3, 9, 2, 1);
        KeyConsiderations considerations = new KeyConsiderations(
                new IncidentTypes(10, 6, 5, 1, List.of(new CategoryCount("hsb.sexual-harassment",
                        "Sexual harassment", Optional.of(CategoryKind.SAFEGUARDING), 4))),
                new ResponsePatterns(List.of(new KindResponses(CategoryKind.SAFEGUARDING, counts)),
                        List.of(new CategoryResponses("hsb.sexual-harassment", "Sexual harassment",
                                Optional.of(CategoryKind.SAFEGUARDING), counts)),
                        List.of(new SanctionOnlyFlag("hsb.sexual-harassment", "Sexual harassment", "hsb", 4, 3,
                                List.of(c2)))),
                new Gaps(List.of(new FieldFill("location", 2, 10, 0.2, false)), List.of("online.sexting"),
                        List.of(new RuleCount("fact-opinion", 4, 0.4, List.of(c1)))));
        ChecklistItem locations = new ChecklistItem(ChecklistId.LOCATIONS.id(), ChecklistId.LOCATIONS.question(),
                Answer.PARTIAL, new Evidence("2 of 10 incidents (20%) record a location; YES needs 80%.",
                        List.of(Figure.of("share of incidents with a location", 0.2, 0.8)), List.of(c2)),
                Optional.of("Add a required location field to the log."), Optional.empty());
        Trends trends = new Trends(
                List.of(new RepeatedPupil("P-7Q2M4KXA", 3, 30, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20),
                        5, List.of(c1, c2))),
                List.of(new EscalatingPupil("P-7Q2M4KXA", EscalationBasis.SEVERITY, 5, 8, 2.1, 0.018, 1.5, 4.0,
                        List.of(c2))),
                List.of(new LocationHotspot("all", Optional.of(Setting.OFF_SITE), Optional.of("bus stop"),
                        Optional.empty(), 7, 1.5, 4.49, List.of(c1))),
                List.of(new PeerGroup(List.of("P-7Q2M4KXA", "P-ZZ4M1KQB"), 1, List.of(c1, c2),
                        List.of(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 9)))),
                List.of(new ThemeSpike("online.sexting", "Sharing nudes", LocalDate.of(2026, 10, 5),
                        LocalDate.of(2026, 10, 11), 6, 0.5, 7.8, List.of(c2))),
                List.of(new TagCount("vaping", 3, LocalDate.of(2026, 9, 8), LocalDate.of(2026, 10, 2), List.of(c1))));
        QualitySummary quality = new QualitySummary(10, Share.of(3, 10), Share.of(4, 10), Share.of(1, 10),
                Share.of(8, 10), Share.of(5, 10), List.of(new RuleCount("location", 8, 0.8, List.of(c1))));
        Map<String, Answer> schoolAnswers = new LinkedHashMap<>();
        schoolAnswers.put("locations", Answer.NO);
        return new Review(Interval.ofDays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 19),
                java.time.ZoneId.of("Europe/London")),
                new Sample(SampleMethod.STRATIFIED, 1, Optional.of(42L), 10), List.of(row), considerations,
                List.of(locations), trends, quality,
                List.of(new FollowUp("locations", "locations", "Add a location field", "20% record a location",
                        "DSL", LocalDate.of(2027, 1, 16))),
                Optional.of("Reflections"),
                List.of(new SchoolBreakdown("school-a", 10, 6, 5, List.of(), schoolAnswers)), true,
                Instant.parse("2026-12-19T10:00:00Z"), "sgkit-default@1.0.0", ReviewThresholds.defaults());
    }
}
