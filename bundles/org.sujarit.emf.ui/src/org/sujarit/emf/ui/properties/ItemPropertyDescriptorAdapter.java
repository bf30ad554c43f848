package org.sujarit.emf.ui.properties;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.sujarit.emf.ui.Messages;

/** One row of the Properties view: an EMF {@link IItemPropertyDescriptor} seen as a JFace {@link IPropertyDescriptor}. */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;
	private final CellEditorFactory cellEditors;

	public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor, CellEditorFactory cellEditors) {
		this.object = object;
		this.descriptor = descriptor;
		this.cellEditors = cellEditors;
	}

	public IItemPropertyDescriptor getItemPropertyDescriptor() {
		return descriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		return cellEditors.create(parent, object, descriptor, getLabelProvider());
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return descriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	/** Values are labelled by the item providers (enum literals, referenced objects); null shows as "(none)". */
	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider itemLabels = descriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				if (value == null) {
					return "";
				}
				if (value instanceof Boolean b) {
					return b ? Messages.yes : Messages.no;
				}
				String text = itemLabels.getText(value);
				return text == null ? "" : text;
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ItemPropertyDescriptorAdapter a
				&& descriptor.isCompatibleWith(object, a.object, a.descriptor);
	}
}
