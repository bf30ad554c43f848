package org.sujarit.emf.ui.domain;

/**
 * Tells which objects of a domain the user must not change (e.g. content of plug-ins that are not installed). The
 * domain vetoes every command that changes such an object, and forms, grids and the Properties view show it read-only.
 */
@FunctionalInterface
public interface ReadOnlyPolicy {

	ReadOnlyPolicy NONE = object -> false;

	boolean isReadOnly(Object object);
}
