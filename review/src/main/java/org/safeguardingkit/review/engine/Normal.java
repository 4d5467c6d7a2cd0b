package org.safeguardingkit.review.engine;

/**
 * The standard normal distribution's upper tail (internal), for the p-values of the trend tests.
 */
public final class Normal {

    private Normal() {
    }

    /**
     * {@code P(Z >= z)} for a standard normal Z, accurate to about 1e-7 (the classic Chebyshev fit of the complementary error
     * function, fractional error below 1.2e-7).
     *
     * @param z the score
     * @return the upper tail probability
     */
    public static double upperTail(double z) {
        if (Double.isNaN(z)) {
            return 1.0;
        }
        return 0.5 * erfc(z / Math.sqrt(2.0));
    }

    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? ans : 2.0 - ans;
    }
}
