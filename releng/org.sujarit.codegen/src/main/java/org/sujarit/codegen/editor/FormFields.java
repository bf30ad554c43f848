package org.sujarit.codegen.editor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.codegen.ecore.genmodel.GenAnnotation;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;

/**
 * Decisions of the editor templates, kept in Java so that they are readable and tested: which widget a feature gets
 * (the bridge's FieldKind), which containments are nested sections or child tables, and which bridge package the
 * generated code extends (genmodel annotation {@value #ANNOTATION}, key {@code bridgePackage}).
 */
public final class FormFields {

	public static final String ANNOTATION = "http://sujarit.org/codegen/editor";
	public static final String DEFAULT_BRIDGE = "org.sujarit.emf.ui.form";

	private static final Set<Class<?>> NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
			Short.class, BigDecimal.class, BigInteger.class, double.class, Double.class, float.class, Float.class);

	private FormFields() {
	}

	public static String bridgePackage(GenModel genModel) {
		GenAnnotation a = genModel.getGenAnnotation(ANNOTATION);
		String p = a == null ? null : a.getDetails().get("bridgePackage");
		return p == null || p.isBlank() ? DEFAULT_BRIDGE : p.strip();
	}

	/** The FieldKind literal for a property feature. */
	public static String kind(GenFeature f) {
		EClassifier type = f.getEcoreFeature().getEType();
		boolean reference = f.isReferenceType();
		if (f.isListType()) {
			return reference || type instanceof EEnum ? "MULTI_CHOICE" : "LINES";
		}
		if (reference || type instanceof EEnum) {
			return "CHOICE";
		}
		Class<?> c = type.getInstanceClass();
		if (c == boolean.class || c == Boolean.class) {
			return "BOOLEAN";
		}
		if (c != null && NUMBERS.contains(c)) {
			return "NUMBER";
		}
		return f.isPropertyMultiLine() ? "MULTI_LINE" : "TEXT";
	}

	/** Property features that a form shows (EMF's "property" setting: None leaves a feature out). */
	public static List<GenFeature> fields(GenClass c) {
		return c.getPropertyFeatures();
	}

	/** Concrete classes that no containment of the package can hold: what a file's root object can be. */
	public static List<GenClass> rootClasses(org.eclipse.emf.codegen.ecore.genmodel.GenPackage p) {
		return p.getGenClasses().stream().filter(c -> !c.isAbstract() && !c.isInterface()).filter(c -> p.getGenClasses()
				.stream().flatMap(o -> o.getEcoreClass().getEAllContainments().stream())
				.noneMatch(r -> r.getEReferenceType().isSuperTypeOf(c.getEcoreClass()))).toList();
	}

	/** Single-valued containments: shown inline as a group. */
	public static List<GenFeature> nested(GenClass c) {
		return c.getAllGenFeatures().stream().filter(f -> f.isContains() && !f.isListType()).toList();
	}

	/** Many-valued containments: a tree level or a child table. */
	public static List<GenFeature> children(GenClass c) {
		return c.getAllGenFeatures().stream().filter(f -> f.isContains() && f.isListType()).toList();
	}
}
