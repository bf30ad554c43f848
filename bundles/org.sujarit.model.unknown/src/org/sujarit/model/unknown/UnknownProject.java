package org.sujarit.model.unknown;

import org.eclipse.emf.ecore.EClass;
import org.sujarit.model.impl.ProjectImpl;

/**
 * A project whose class comes from an EPackage that is not installed (e.g. {@code risk:RiskProject} of a dimension
 * plug-in). It is a real {@link org.sujarit.model.Project} — totals, reports and rules see it — whose EClass is the
 * stand-in class of an {@link UnknownPackage}; its unknown attributes are kept by the resource (recorded unknown
 * features) and written back on save.
 */
public class UnknownProject extends ProjectImpl {

	protected UnknownProject(EClass standIn) {
		eSetClass(standIn);
	}
}
