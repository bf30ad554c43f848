package org.sujarit.emf.ui.form;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

/** What the generator knows about one EPackage's editor: implemented by the generated {@code <Prefix>EditorContribution}. */
public interface EditorContribution {

	EPackage getEPackage();

	String getFileExtension();

	/** Classes a new file can have as its root (the new-file wizard's choice). */
	List<EClass> getRootClasses();

	List<FormSection> getFormSections();

	/** The form section of a class, or of its nearest superclass that has one; null if none. */
	default FormSection sectionFor(EClass eClass) {
		for (FormSection s : getFormSections()) {
			if (s.getEClass() == eClass) {
				return s;
			}
		}
		for (EClass superType : eClass.getESuperTypes()) {
			FormSection s = sectionFor(superType);
			if (s != null) {
				return s;
			}
		}
		return null;
	}
}
