package org.sujarit.ui.grid.internal.results;

import java.math.BigDecimal;
import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.sujarit.ui.grid.internal.Digits;
import org.sujarit.ui.grid.internal.Money;

/** A plain amount (disbursed baht, an indicator's actual value): empty means none. */
public final class AmountText extends DisplayConverter {

	private final BooleanSupplier thaiDigits;

	public AmountText(BooleanSupplier thaiDigits) {
		this.thaiDigits = thaiDigits;
	}

	@Override
	public Object canonicalToDisplayValue(Object value) {
		return value instanceof BigDecimal d ? Digits.apply(Money.format(d), thaiDigits.getAsBoolean()) : ""; //$NON-NLS-1$
	}

	@Override
	public Object displayToCanonicalValue(Object value) {
		String text = value == null ? "" : value.toString().trim(); //$NON-NLS-1$
		if (text.isEmpty() || text.equals("-")) { //$NON-NLS-1$
			return null;
		}
		try {
			return Money.parse(text);
		} catch (IllegalArgumentException e) {
			throw new ConversionFailedException(e.getMessage(), e);
		}
	}
}
