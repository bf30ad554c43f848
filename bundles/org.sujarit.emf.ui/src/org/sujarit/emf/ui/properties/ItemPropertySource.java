package org.sujarit.emf.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.sujarit.emf.ui.form.PropertyDescriptors;

/**
 * The Properties view's view of one EMF object, from its {@link IItemPropertySource}. Setting a value goes through
 * the item property descriptor, which executes a SetCommand on the object's editing domain (so it is undoable).
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource source;
	private final CellEditorFactory cellEditors;

	public ItemPropertySource(Object object, IItemPropertySource source, CellEditorFactory cellEditors) {
		this.object = object;
		this.source = source;
		this.cellEditors = cellEditors;
	}

	@Override
	public Object getEditableValue() {
		return source.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
		if (descriptors == null) {
			return new IPropertyDescriptor[0];
		}
		return descriptors.stream()
				.map(d -> new ItemPropertyDescriptorAdapter(object, PropertyDescriptors.guard(object, d), cellEditors))
				.toArray(IPropertyDescriptor[]::new);
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return PropertyDescriptors.guard(object, source.getPropertyDescriptor(object, id));
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor d = descriptor(id);
		return d == null ? null : d.getPropertyValue(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor d = descriptor(id);
		return d != null && d.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor d = descriptor(id);
		if (d != null) {
			d.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor d = descriptor(id);
		if (d != null && d.canSetProperty(object)) {
			d.setPropertyValue(object, value);
		}
	}
}
