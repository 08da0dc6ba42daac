package org.specula.bench;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, Stats.median(List.of(3, 1, 2)));
        assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(7.0, Stats.median(List.of(7L)));
        assertTrue(Double.isNaN(Stats.median(List.of())));
    }

    @Test
    void medianOfLastTakesTheTail() {
        assertEquals(2.0, Stats.medianOfLast(List.of(100, 90, 1, 2, 3), 3));
        assertEquals(90.0, Stats.medianOfLast(List.of(100, 90, 1), 10));
    }

    @Test
    void geomeanSkipsMissingRatios() {
        assertEquals(4.0, Stats.geomean(List.of(2.0, 8.0)), 1e-12);
        assertEquals(4.0, Stats.geomean(Arrays.asList(2.0, Double.NaN, 8.0, 0.0, Double.POSITIVE_INFINITY)), 1e-12);
        assertEquals(1.0, Stats.geomean(List.of(0.5, 2.0)), 1e-12);
        assertTrue(Double.isNaN(Stats.geomean(List.of(Double.NaN))));
    }

    @Test
    void ratioIsNaNWhenAnythingIsMissing() {
        assertEquals(2.0, Stats.ratio(4, 2));
        assertTrue(Double.isNaN(Stats.ratio(Double.NaN, 2)));
        assertTrue(Double.isNaN(Stats.ratio(1, Double.NaN)));
        assertTrue(Double.isNaN(Stats.ratio(1, 0)));
    }
}
