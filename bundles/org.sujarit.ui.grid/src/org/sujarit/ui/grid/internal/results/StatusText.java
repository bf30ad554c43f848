package org.sujarit.ui.grid.internal.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.osgi.util.NLS;
import org.sujarit.model.ResultStatus;
import org.sujarit.ui.grid.internal.Messages;

/** Shows a result status with its Thai (or English) label and reads a label or the enum name back. */
public final class StatusText extends DisplayConverter {

	public static String label(ResultStatus s) {
		return switch (s) {
		case AWAITING_REPORT -> Messages.Results_status_AWAITING_REPORT;
		case IN_PROGRESS -> Messages.Results_status_IN_PROGRESS;
		case DONE -> Messages.Results_status_DONE;
		case CANNOT_DO -> Messages.Results_status_CANNOT_DO;
		};
	}

	@Override
	public Object canonicalToDisplayValue(Object value) {
		return value instanceof ResultStatus s ? label(s) : ""; //$NON-NLS-1$
	}

	@Override
	public Object displayToCanonicalValue(Object value) {
		if (value instanceof ResultStatus) {
			return value;
		}
		String text = value == null ? "" : value.toString().trim(); //$NON-NLS-1$
		List<String> labels = new ArrayList<>();
		for (ResultStatus s : ResultStatus.VALUES) {
			if (label(s).equals(text) || s.getName().equalsIgnoreCase(text) || s.getLiteral().equalsIgnoreCase(text)) {
				return s;
			}
			labels.add(label(s));
		}
		throw new ConversionFailedException(NLS.bind(Messages.Results_statusRefused, text, String.join(", ", labels))); //$NON-NLS-1$
	}
}
