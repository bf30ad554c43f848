package org.sujarit.emf.ui.form;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * A form section built at run time from an object's item property descriptors, for a class that has no generated
 * section (e.g. a plug-in's {@code RiskProject}): the fields of the nearest generated section of a superclass, then
 * one field per further property of the class (its own attributes and references), with the widget the generator
 * would choose ({@code FormFields.kind} in the code generator: the same rules). Nested and child features are the
 * superclass section's.
 */
public final class DescriptorFormSection extends FormSection {

	private static final Set<Class<?>> NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
			Short.class, BigDecimal.class, BigInteger.class, double.class, Double.class, float.class, Float.class);

	private final EClass eClass;
	private final List<FeatureField> fields;
	private final FormSection base;

	private DescriptorFormSection(EClass eClass, List<FeatureField> fields, FormSection base) {
		this.eClass = eClass;
		this.fields = List.copyOf(fields);
		this.base = base;
	}

	/**
	 * The section for {@code object}: {@code base} (a superclass's generated section, or null) extended with every
	 * property the object's item provider describes that {@code base} does not show.
	 */
	public static DescriptorFormSection derive(AdapterFactory adapterFactory, EObject object, FormSection base) {
		List<FeatureField> fields = new ArrayList<>();
		Set<EStructuralFeature> shown = new HashSet<>();
		if (base != null) {
			fields.addAll(base.getFields());
			base.getFields().forEach(f -> shown.add(f.feature()));
			shown.addAll(base.getNestedFeatures());
			shown.addAll(base.getChildFeatures());
			// what the generated section left out of its class stays out; only the subclass's own features are added
			shown.addAll(base.getEClass().getEAllStructuralFeatures());
		}
		Object source = adapterFactory.adapt(object, IItemPropertySource.class);
		if (source instanceof IItemPropertySource ips && ips.getPropertyDescriptors(object) != null) {
			for (IItemPropertyDescriptor d : ips.getPropertyDescriptors(object)) {
				if (d.getFeature(object) instanceof EStructuralFeature f && shown.add(f) && !isContainment(f)) {
					fields.add(new FeatureField(f, kind(f, d.isMultiLine(object))));
				}
			}
		}
		return new DescriptorFormSection(object.eClass(), fields, base);
	}

	private static boolean isContainment(EStructuralFeature f) {
		return f instanceof EReference r && r.isContainment();
	}

	/** The widget for a feature: the code generator's rule, with multi-line from the descriptor. */
	static FieldKind kind(EStructuralFeature f, boolean multiLine) {
		EClassifier type = f.getEType();
		boolean reference = f instanceof EReference;
		if (f.isMany()) {
			return reference || type instanceof EEnum ? FieldKind.MULTI_CHOICE : FieldKind.LINES;
		}
		if (reference || type instanceof EEnum) {
			return FieldKind.CHOICE;
		}
		Class<?> c = type.getInstanceClass();
		if (c == boolean.class || c == Boolean.class) {
			return FieldKind.BOOLEAN;
		}
		if (c != null && NUMBERS.contains(c)) {
			return FieldKind.NUMBER;
		}
		return multiLine ? FieldKind.MULTI_LINE : FieldKind.TEXT;
	}

	@Override
	public EClass getEClass() {
		return eClass;
	}

	@Override
	public List<FeatureField> getFields() {
		return fields;
	}

	@Override
	public List<EReference> getNestedFeatures() {
		return base == null ? List.of() : base.getNestedFeatures();
	}

	@Override
	public List<EReference> getChildFeatures() {
		return base == null ? List.of() : base.getChildFeatures();
	}
}
