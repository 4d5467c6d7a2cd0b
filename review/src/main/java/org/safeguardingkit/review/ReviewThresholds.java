package org.safeguardingkit.review;

/**
 * The thresholds of a review, with documented defaults ({@link #defaults()}). They are printed on the review so
 * that its answers can be understood and reproduced.
 *
 * <pre>{@code
 * ReviewThresholds t = ReviewThresholds.defaults().toBuilder().repeatedCount(4).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param repeatedCount incidents that make a pupil's incidents 'repeated' (as the subject child) (default 3)
 * @param repeatedWindowDays the sliding window for repeated incidents, in days (default 30)
 * @param escalationMinIncidents the fewest incidents a pupil needs before escalation is tested (default 4)
 * @param escalationZ the one-sided normal score an escalation test must reach (2.326: p &lt; 0.01, so that few of
 *        the many pupils tested are flagged by chance) (default 2.326)
 * @param escalationMinRatio how many times the earlier rate the later rate of incidents must be for a frequency
 *        escalation (default 2.0)
 * @param hotspotMinCount the fewest incidents at a place for it to be a hotspot (default 3)
 * @param hotspotZ the Poisson z-score against its expected count a hotspot must reach (default 2.0)
 * @param hotspotMinLift how many times its expected count a place's count must be for a
 *        hotspot (default 2.0)
 * @param peerLinkMinDays separate days two pupils must be involved together for a strong link (default 3)
 * @param peerLinkMinShare the share of the less involved pupil's co-involvement days that a strong link's days must
 *        reach (default 0.1)
 * @param peerLinkMaxP the largest chance probability of a strong link: the Poisson upper tail of its days given how
 *        often each of the two pupils is co-involved with anyone (default 0.001)
 * @param peerGroupMinSize the fewest members of a reported peer group (default 3)
 * @param themeMinCount the fewest incidents of a category in a week for a spike (default 5)
 * @param themeZ the Poisson z-score against the category's baseline a spike week must reach (default 3.0)
 * @param themeMinRatio how many times its baseline a spike week's count must be (default 2.0)
 * @param themeMinWeeks the fewest weeks in the period before spikes are looked for (default 4)
 * @param themeMaxP the largest Poisson upper-tail probability of a spike week's count given the baseline
 *        (default 0.001)
 * @param yesShare the share of incidents that makes a field-based answer YES (default 0.8)
 * @param partialShare the share of incidents that makes a field-based answer PARTIAL (default 0.4)
 * @param categorisedYesShare the share of categorised incidents for YES on trend questions (default 0.9)
 * @param categorisedPartialShare the share of categorised incidents for PARTIAL on trend questions (default 0.5)
 * @param peerRecordedYesShare the share of incidents naming other pupils (with roles) for YES on peer-connections (default 0.2)
 * @param minDistinctCategories the distinct categories in use for YES on hsb-categories (default 3)
 * @param lowerLevelHsbMin lower-level HSB incidents for YES on lower-level-hsb (default 2)
 * @param kindMinShare the share each of safeguarding and behavioural incidents needs for YES (default 0.05)
 * @param rarelyFilledShare a field filled on fewer incidents than this share is a gap (default 0.2)
 * @param recurringFindingShare a quality rule firing on at least this share of the sample recurs (default 0.25)
 * @param followUpDays days from the review to the suggested due date of follow-ups (default 28)
 * @param examples example incident ids cited per piece of evidence (default 5)
 */
public record ReviewThresholds(
        int repeatedCount,
        int repeatedWindowDays,
        int escalationMinIncidents,
        double escalationZ,
        double escalationMinRatio,
        int hotspotMinCount,
        double hotspotZ,
        double hotspotMinLift,
        int peerLinkMinDays,
        double peerLinkMinShare,
        double peerLinkMaxP,
        int peerGroupMinSize,
        int themeMinCount,
        double themeZ,
        double themeMinRatio,
        int themeMinWeeks,
        double themeMaxP,
        double yesShare,
        double partialShare,
        double categorisedYesShare,
        double categorisedPartialShare,
        double peerRecordedYesShare,
        int minDistinctCategories,
        int lowerLevelHsbMin,
        double kindMinShare,
        double rarelyFilledShare,
        double recurringFindingShare,
        int followUpDays,
        int examples) {

    /** Checks the fields. */
    public ReviewThresholds {
        positive(repeatedCount, "repeatedCount");
        positive(repeatedWindowDays, "repeatedWindowDays");
        positive(escalationMinIncidents, "escalationMinIncidents");
        positive(escalationZ, "escalationZ");
        positive(escalationMinRatio, "escalationMinRatio");
        positive(hotspotMinCount, "hotspotMinCount");
        positive(hotspotZ, "hotspotZ");
        positive(hotspotMinLift, "hotspotMinLift");
        positive(peerLinkMinDays, "peerLinkMinDays");
        positive(peerLinkMinShare, "peerLinkMinShare");
        probability(peerLinkMaxP, "peerLinkMaxP");
        positive(peerGroupMinSize, "peerGroupMinSize");
        positive(themeMinCount, "themeMinCount");
        positive(themeZ, "themeZ");
        positive(themeMinRatio, "themeMinRatio");
        positive(themeMinWeeks, "themeMinWeeks");
        probability(themeMaxP, "themeMaxP");
        positive(yesShare, "yesShare");
        positive(partialShare, "partialShare");
        positive(categorisedYesShare, "categorisedYesShare");
        positive(categorisedPartialShare, "categorisedPartialShare");
        positive(peerRecordedYesShare, "peerRecordedYesShare");
        positive(minDistinctCategories, "minDistinctCategories");
        positive(lowerLevelHsbMin, "lowerLevelHsbMin");
        positive(kindMinShare, "kindMinShare");
        positive(rarelyFilledShare, "rarelyFilledShare");
        positive(recurringFindingShare, "recurringFindingShare");
        positive(followUpDays, "followUpDays");
        positive(examples, "examples");
    }

    private static void probability(double value, String field) {
        if (!(value > 0) || value > 1) {
            throw new IllegalArgumentException("SGK-0502: thresholds." + field + " must be in (0, 1], was " + value);
        }
    }

    private static void positive(double value, String field) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("SGK-0502: thresholds." + field + " must be positive, was " + value);
        }
    }

    /**
     * The defaults.
     *
     * @return the default thresholds
     */
    public static ReviewThresholds defaults() {
        return new ReviewThresholds(3, 30, 4, 2.326, 2.0, 3, 2.0, 2.0, 3, 0.1, 0.001, 3, 5, 3.0, 2.0, 4, 0.001, 0.8, 0.4, 0.9, 0.5, 0.2, 3, 2,
                0.05, 0.2, 0.25, 28, 5);
    }

    /**
     * A builder initialised with these thresholds.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.repeatedCount = repeatedCount;
        b.repeatedWindowDays = repeatedWindowDays;
        b.escalationMinIncidents = escalationMinIncidents;
        b.escalationZ = escalationZ;
        b.escalationMinRatio = escalationMinRatio;
        b.hotspotMinCount = hotspotMinCount;
        b.hotspotZ = hotspotZ;
        b.hotspotMinLift = hotspotMinLift;
        b.peerLinkMinDays = peerLinkMinDays;
        b.peerLinkMinShare = peerLinkMinShare;
        b.peerLinkMaxP = peerLinkMaxP;
        b.peerGroupMinSize = peerGroupMinSize;
        b.themeMinCount = themeMinCount;
        b.themeZ = themeZ;
        b.themeMinRatio = themeMinRatio;
        b.themeMinWeeks = themeMinWeeks;
        b.themeMaxP = themeMaxP;
        b.yesShare = yesShare;
        b.partialShare = partialShare;
        b.categorisedYesShare = categorisedYesShare;
        b.categorisedPartialShare = categorisedPartialShare;
        b.peerRecordedYesShare = peerRecordedYesShare;
        b.minDistinctCategories = minDistinctCategories;
        b.lowerLevelHsbMin = lowerLevelHsbMin;
        b.kindMinShare = kindMinShare;
        b.rarelyFilledShare = rarelyFilledShare;
        b.recurringFindingShare = recurringFindingShare;
        b.followUpDays = followUpDays;
        b.examples = examples;
        return b;
    }

    /**
     * Builds changed thresholds; starts from the defaults. Not thread-safe.
     */
    public static final class Builder {
        private int repeatedCount = 3;
        private int repeatedWindowDays = 30;
        private int escalationMinIncidents = 4;
        private double escalationZ = 2.326;
        private double escalationMinRatio = 2.0;
        private int hotspotMinCount = 3;
        private double hotspotZ = 2.0;
        private double hotspotMinLift = 2.0;
        private int peerLinkMinDays = 3;
        private double peerLinkMinShare = 0.1;
        private double peerLinkMaxP = 0.001;
        private int peerGroupMinSize = 3;
        private int themeMinCount = 5;
        private double themeZ = 3.0;
        private double themeMinRatio = 2.0;
        private int themeMinWeeks = 4;
        private double themeMaxP = 0.001;
        private double yesShare = 0.8;
        private double partialShare = 0.4;
        private double categorisedYesShare = 0.9;
        private double categorisedPartialShare = 0.5;
        private double peerRecordedYesShare = 0.2;
        private int minDistinctCategories = 3;
        private int lowerLevelHsbMin = 2;
        private double kindMinShare = 0.05;
        private double rarelyFilledShare = 0.2;
        private double recurringFindingShare = 0.25;
        private int followUpDays = 28;
        private int examples = 5;

        private Builder() {
        }

        /** @param value incidents that make a pupil's incidents 'repeated' (as the subject child) @return this builder */
        public Builder repeatedCount(int value) { this.repeatedCount = value; return this; }

        /** @param value the sliding window for repeated incidents, in days @return this builder */
        public Builder repeatedWindowDays(int value) { this.repeatedWindowDays = value; return this; }

        /** @param value the fewest incidents a pupil needs before escalation is tested @return this builder */
        public Builder escalationMinIncidents(int value) { this.escalationMinIncidents = value; return this; }

        /** @param value the one-sided normal score an escalation test must reach (1.645: p &lt; 0.05) @return this builder */
        public Builder escalationZ(double value) { this.escalationZ = value; return this; }

        /** @param value how many times the earlier rate the later rate must be @return this builder */
        public Builder escalationMinRatio(double value) { this.escalationMinRatio = value; return this; }

        /** @param value the fewest incidents at a place for it to be a hotspot @return this builder */
        public Builder hotspotMinCount(int value) { this.hotspotMinCount = value; return this; }

        /** @param value the Poisson z-score against its expected count a hotspot must reach @return this builder */
        public Builder hotspotZ(double value) { this.hotspotZ = value; return this; }

        /** @param value how many times its expected count a hotspot in a category family must be @return this builder */
        public Builder hotspotMinLift(double value) { this.hotspotMinLift = value; return this; }

        /** @param value the largest chance probability of a strong peer link @return this builder */
        public Builder peerLinkMaxP(double value) { this.peerLinkMaxP = value; return this; }

        /** @param value the largest Poisson upper-tail probability of a spike week @return this builder */
        public Builder themeMaxP(double value) { this.themeMaxP = value; return this; }

        /** @param value separate days two pupils must be involved together for a strong link @return this builder */
        public Builder peerLinkMinDays(int value) { this.peerLinkMinDays = value; return this; }

        /** @param value the share of co-involvement days a strong link needs @return this builder */
        public Builder peerLinkMinShare(double value) { this.peerLinkMinShare = value; return this; }

        /** @param value the fewest members of a reported peer group @return this builder */
        public Builder peerGroupMinSize(int value) { this.peerGroupMinSize = value; return this; }

        /** @param value the fewest incidents of a category in a week for a spike @return this builder */
        public Builder themeMinCount(int value) { this.themeMinCount = value; return this; }

        /** @param value the Poisson z-score against the category's baseline a spike week must reach @return this builder */
        public Builder themeZ(double value) { this.themeZ = value; return this; }

        /** @param value how many times its baseline a spike week's count must be @return this builder */
        public Builder themeMinRatio(double value) { this.themeMinRatio = value; return this; }

        /** @param value the fewest weeks in the period before spikes are looked for @return this builder */
        public Builder themeMinWeeks(int value) { this.themeMinWeeks = value; return this; }

        /** @param value the share of incidents that makes a field-based answer YES @return this builder */
        public Builder yesShare(double value) { this.yesShare = value; return this; }

        /** @param value the share of incidents that makes a field-based answer PARTIAL @return this builder */
        public Builder partialShare(double value) { this.partialShare = value; return this; }

        /** @param value the share of categorised incidents for YES on trend questions @return this builder */
        public Builder categorisedYesShare(double value) { this.categorisedYesShare = value; return this; }

        /** @param value the share of categorised incidents for PARTIAL on trend questions @return this builder */
        public Builder categorisedPartialShare(double value) { this.categorisedPartialShare = value; return this; }

        /** @param value the share of incidents naming other pupils (with roles) for YES on peer-connections @return this builder */
        public Builder peerRecordedYesShare(double value) { this.peerRecordedYesShare = value; return this; }

        /** @param value the distinct categories in use for YES on hsb-categories @return this builder */
        public Builder minDistinctCategories(int value) { this.minDistinctCategories = value; return this; }

        /** @param value lower-level HSB incidents for YES on lower-level-hsb @return this builder */
        public Builder lowerLevelHsbMin(int value) { this.lowerLevelHsbMin = value; return this; }

        /** @param value the share each of safeguarding and behavioural incidents needs for YES @return this builder */
        public Builder kindMinShare(double value) { this.kindMinShare = value; return this; }

        /** @param value a field filled on fewer incidents than this share is a gap @return this builder */
        public Builder rarelyFilledShare(double value) { this.rarelyFilledShare = value; return this; }

        /** @param value a quality rule firing on at least this share of the sample recurs @return this builder */
        public Builder recurringFindingShare(double value) { this.recurringFindingShare = value; return this; }

        /** @param value days from the review to the suggested due date of follow-ups @return this builder */
        public Builder followUpDays(int value) { this.followUpDays = value; return this; }

        /** @param value example incident ids cited per piece of evidence @return this builder */
        public Builder examples(int value) { this.examples = value; return this; }

        /**
         * Builds the thresholds.
         *
         * @return the thresholds
         * @throws IllegalArgumentException if one is not positive
         */
        public ReviewThresholds build() {
            return new ReviewThresholds(repeatedCount, repeatedWindowDays, escalationMinIncidents, escalationZ,
                    escalationMinRatio, hotspotMinCount, hotspotZ, hotspotMinLift, peerLinkMinDays, peerLinkMinShare, peerLinkMaxP,
                    peerGroupMinSize, themeMinCount, themeZ, themeMinRatio, themeMinWeeks, themeMaxP, yesShare, partialShare, categorisedYesShare,
                    categorisedPartialShare, peerRecordedYesShare, minDistinctCategories, lowerLevelHsbMin,
                    kindMinShare, rarelyFilledShare, recurringFindingShare, followUpDays, examples);
        }
    }
}
