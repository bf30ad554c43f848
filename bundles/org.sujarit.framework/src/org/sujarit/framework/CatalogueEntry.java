package org.sujarit.framework;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.sujarit.model.Indicator;
import org.sujarit.model.IndicatorKind;
import org.sujarit.model.PlanFactory;
import org.sujarit.model.PlanPackage;
import org.sujarit.model.Project;
import org.sujarit.model.ProjectKind;

/**
 * A sample project of a framework's catalogue (the NACC "shopping list"), offered when the analyst adds a project
 * to a sub-mission.
 *
 * @param subMissionCode where the entry belongs
 * @param outputs        typical output indicators (ผลผลิต)
 * @param outcomes       typical outcome indicators (ผลลัพธ์)
 * @param eClassUri      {@code nsURI#ClassName} of a Project subclass to instantiate, or null for plan::Project
 * @param source         where the entry comes from (free text, e.g. "seed seq 12"), may be null
 * @param contributor    symbolic name of the contributing plug-in
 */
public record CatalogueEntry(String subMissionCode, ProjectKind kind, String name, String nameEn, List<String> outputs,
		List<String> outcomes, String eClassUri, String source, String contributor) {

	public CatalogueEntry {
		outputs = List.copyOf(outputs);
		outcomes = List.copyOf(outcomes);
	}

	/**
	 * A new project filled from this entry (kind, names, indicators). The caller adds it to a sub-mission, usually
	 * through an EMF command. When the entry names a class of an EPackage that is not installed, a plain Project
	 * is returned.
	 */
	public Project createProject() {
		Project project = null;
		if (eClassUri != null) {
			EClassifier classifier = resolveClass(eClassUri);
			if (classifier instanceof EClass eClass && !eClass.isAbstract()
					&& PlanPackage.Literals.PROJECT.isSuperTypeOf(eClass)) {
				project = (Project) eClass.getEPackage().getEFactoryInstance().create(eClass);
			}
		}
		if (project == null) {
			project = PlanFactory.eINSTANCE.createProject();
		}
		project.setKind(kind);
		project.setName(name);
		project.setNameEn(nameEn);
		for (String text : outputs) {
			project.getIndicators().add(indicator(IndicatorKind.OUTPUT, text));
		}
		for (String text : outcomes) {
			project.getIndicators().add(indicator(IndicatorKind.OUTCOME, text));
		}
		return project;
	}

	private static Indicator indicator(IndicatorKind kind, String text) {
		Indicator indicator = PlanFactory.eINSTANCE.createIndicator();
		indicator.setKind(kind);
		indicator.setText(text);
		return indicator;
	}

	private static EClassifier resolveClass(String uri) {
		URI u = URI.createURI(uri);
		EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(u.trimFragment().toString());
		String fragment = u.fragment();
		if (ePackage == null || fragment == null) {
			return null;
		}
		String className = fragment.startsWith("//") ? fragment.substring(2) : fragment;
		return ePackage.getEClassifier(className);
	}
}
