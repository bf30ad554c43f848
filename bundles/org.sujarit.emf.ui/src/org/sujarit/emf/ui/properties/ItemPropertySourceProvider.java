package org.sujarit.emf.ui.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Property sources for the Properties view from the adapter factory's {@link IItemPropertySource}s. Values that are
 * themselves item property sources (EMF wraps property values) are shown as nested properties.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;
	private final CellEditorFactory cellEditors;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this(adapterFactory, new CellEditorFactory());
	}

	public ItemPropertySourceProvider(AdapterFactory adapterFactory, CellEditorFactory cellEditors) {
		this.adapterFactory = adapterFactory;
		this.cellEditors = cellEditors;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource ps) {
			return ps;
		}
		if (object instanceof IItemPropertySource ips) {
			return new ItemPropertySource(object, ips, cellEditors);
		}
		Object adapted = object == null ? null : adapterFactory.adapt(object, IItemPropertySource.class);
		return adapted instanceof IItemPropertySource ips ? new ItemPropertySource(object, ips, cellEditors) : null;
	}
}
