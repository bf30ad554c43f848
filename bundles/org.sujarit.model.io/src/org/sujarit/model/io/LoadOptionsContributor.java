package org.sujarit.model.io;

import java.util.Map;

/**
 * Adds or changes options used to load every plan (for example a handler for plug-in models that are not
 * installed). Register with {@link PlanResources#addLoadOptionsContributor(LoadOptionsContributor)}; the secure parser
 * settings are re-applied after contributors run, so a contributor cannot switch them off.
 */
@FunctionalInterface
public interface LoadOptionsContributor {

	void contribute(Map<Object, Object> loadOptions);
}
