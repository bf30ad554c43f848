package org.sujarit.emf.ui.form;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One field of a generated form section: the feature and how to show it. The label is not stored here: forms take
 * the localized display name from the feature's item property descriptor (plugin.properties / plugin_th.properties).
 */
public record FeatureField(EStructuralFeature feature, FieldKind kind) {
}
