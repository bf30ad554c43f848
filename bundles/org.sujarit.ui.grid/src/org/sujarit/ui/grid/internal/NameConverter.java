package org.sujarit.ui.grid.internal;

import java.util.function.BooleanSupplier;

import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;

/** Shows text cells (names, captions) in the chosen digit style; read-only cells never convert back. */
public final class NameConverter extends DisplayConverter {

	private final BooleanSupplier thaiDigits;

	public NameConverter(BooleanSupplier thaiDigits) {
		this.thaiDigits = thaiDigits;
	}

	@Override
	public Object canonicalToDisplayValue(Object canonicalValue) {
		return canonicalValue == null ? "" : Digits.apply(canonicalValue.toString(), thaiDigits.getAsBoolean()); //$NON-NLS-1$
	}

	@Override
	public Object displayToCanonicalValue(Object displayValue) {
		return displayValue;
	}
}
