package org.sujarit.framework.nacc2566;

import java.math.BigDecimal;

/**
 * The NACC minimum number of projects per year by the organization's annual budget excluding subsidies (DLA letter
 * มท 0804.6/ว 1383, items 1.1-1.4; the letter's boundaries, which do not overlap):
 * B &lt; 40 M → 15; 40 M ≤ B ≤ 80 M → 20; 80 M &lt; B &lt; 200 M → 25; B ≥ 200 M → 35.
 */
public final class NaccTiers {

	private static final BigDecimal M40 = BigDecimal.valueOf(40_000_000L);
	private static final BigDecimal M80 = BigDecimal.valueOf(80_000_000L);
	private static final BigDecimal M200 = BigDecimal.valueOf(200_000_000L);

	private NaccTiers() {
	}

	/** The minimum for an annual budget in baht (excluding subsidies); the budget must not be null. */
	public static int minimumProjects(BigDecimal annualBudgetBaht) {
		if (annualBudgetBaht.compareTo(M40) < 0) {
			return 15;
		}
		if (annualBudgetBaht.compareTo(M80) <= 0) {
			return 20;
		}
		if (annualBudgetBaht.compareTo(M200) < 0) {
			return 25;
		}
		return 35;
	}
}
