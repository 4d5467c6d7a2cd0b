package org.safeguardingkit.review.trends;

/**
 * The upper tail of a Poisson distribution (internal): how likely a count at least this large is by chance.
 */
final class PoissonTail {

    private static final int MAX_TERMS = 10_000;

    private PoissonTail() {
    }

    /**
     * P(X &gt;= k) for X ~ Poisson(mean). A count not above the mean gives 1 (never significant).
     *
     * @param k the count
     * @param mean the expected count, not negative
     * @return the probability
     */
    static double atLeast(long k, double mean) {
        if (k <= 0 || k <= mean) {
            return 1.0;
        }
        if (mean <= 0) {
            return 0.0;
        }
        double logTerm = -mean + k * Math.log(mean) - logFactorial(k);
        double term = Math.exp(logTerm);
        double sum = 0;
        for (long i = k; i < k + MAX_TERMS && term > 0; i++) {
            sum += term;
            if (term < sum * 1e-15) {
                break;
            }
            term *= mean / (i + 1);
        }
        return Math.min(1.0, sum);
    }

    private static double logFactorial(long k) {
        double s = 0;
        for (long i = 2; i <= k; i++) {
            s += Math.log(i);
        }
        return s;
    }
}
