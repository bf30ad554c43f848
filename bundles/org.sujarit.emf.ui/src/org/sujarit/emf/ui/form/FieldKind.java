package org.sujarit.emf.ui.form;

/** How a form shows one feature; chosen by the editor generator from the genmodel (type, multiplicity, multi-line). */
public enum FieldKind {
	/** one-line text */
	TEXT,
	/** wrapping text of several lines (genmodel propertyMultiLine) */
	MULTI_LINE,
	/** whole number or decimal/money, validated, Thai digits accepted */
	NUMBER,
	/** check box */
	BOOLEAN,
	/** read-only combo: enum literals or the candidates of a single reference */
	CHOICE,
	/** many data values, one per line (objectives, methods, quarters) */
	LINES,
	/** many references or enum values, chosen in a dialog */
	MULTI_CHOICE
}
