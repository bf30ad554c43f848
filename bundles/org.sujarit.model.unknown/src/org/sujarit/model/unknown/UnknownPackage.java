package org.sujarit.model.unknown;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.impl.EPackageImpl;
import org.sujarit.model.PlanPackage;

/**
 * Stands in for an EPackage that a plan uses but no installed plug-in provides. Has the missing package's nsURI, so
 * that saving writes the same namespace; every class asked for is created on demand as a subclass of plan::Project
 * (extension packages extend projects, see the frameworks extension point), instantiated as {@link UnknownProject}.
 */
public final class UnknownPackage extends EPackageImpl {

	UnknownPackage(String nsURI) {
		setNsURI(nsURI);
		setName("unknown");
		setNsPrefix(prefixFor(nsURI));
		setEFactoryInstance(new EFactoryImpl() {
			@Override
			public EObject create(EClass eClass) {
				if (eClass.getEPackage() != UnknownPackage.this) {
					throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
				}
				return new UnknownProject(eClass);
			}
		});
	}

	@Override
	public EClassifier getEClassifier(String name) {
		EClassifier existing = super.getEClassifier(name);
		if (existing != null || name == null || name.isEmpty()) {
			return existing;
		}
		synchronized (this) {
			existing = super.getEClassifier(name);
			if (existing == null) {
				EClass standIn = EcoreFactory.eINSTANCE.createEClass();
				standIn.setName(name);
				standIn.getESuperTypes().add(PlanPackage.Literals.PROJECT);
				getEClassifiers().add(standIn);
				existing = standIn;
			}
		}
		return existing;
	}

	/** "http://sujarit.org/example/risk/1.0" → "risk": the last path segment that is not a version. */
	static String prefixFor(String nsURI) {
		String[] parts = nsURI.split("[/:#]");
		for (int i = parts.length - 1; i >= 0; i--) {
			String p = parts[i];
			if (!p.isEmpty() && Character.isLetter(p.charAt(0)) && p.chars().allMatch(Character::isLetterOrDigit)) {
				return p;
			}
		}
		return "ext";
	}
}
