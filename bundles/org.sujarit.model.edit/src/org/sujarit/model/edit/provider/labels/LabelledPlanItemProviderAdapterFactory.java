package org.sujarit.model.edit.provider.labels;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.sujarit.model.edit.provider.PlanItemProviderAdapterFactory;

/**
 * The generated adapter factory with Sujarit's labels ({@link PlanLabels}), as one EMF.Edit decorator: every
 * generated item provider is wrapped by a {@link LabelledItemProvider} whose {@code getText} asks PlanLabels first
 * and everything else is the generated provider's. Registered for the plan package in plugin.xml, so editors that
 * use EMF's item provider registry get these labels; code that builds its own factory should instantiate this class,
 * not the generated one. A new class in the model needs no code here.
 */
public class LabelledPlanItemProviderAdapterFactory extends DecoratorAdapterFactory {

	public LabelledPlanItemProviderAdapterFactory() {
		super(new PlanItemProviderAdapterFactory());
	}

	@Override
	protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
		return new LabelledItemProvider(this);
	}

	/**
	 * The generated providers label the values of their property descriptors and send their notifications through
	 * their factory's root: it must be the composed factory this one is part of, so values show these labels too.
	 */
	@Override
	public void setParentAdapterFactory(ComposedAdapterFactory parent) {
		super.setParentAdapterFactory(parent);
		if (decoratedAdapterFactory instanceof ComposeableAdapterFactory c) {
			c.setParentAdapterFactory(parent);
		}
	}

	/** A composed factory may ask for a new adapter; the decorators are shared per item provider, as adapt gives them. */
	@Override
	public Adapter adaptNew(Notifier target, Object type) {
		return adapt(target, type);
	}

	@Override
	public void dispose() {
		super.dispose();
		if (decoratedAdapterFactory instanceof IDisposable d) {
			d.dispose();
		}
	}

	/**
	 * A generated item provider with PlanLabels' text. It is an {@link Adapter} because a composed factory hands out
	 * the adapters of model objects as such; the generated provider is the one attached to the objects.
	 */
	static final class LabelledItemProvider extends ItemProviderDecorator implements IEditingDomainItemProvider,
			IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource, Adapter {

		LabelledItemProvider(LabelledPlanItemProviderAdapterFactory factory) {
			super(factory);
		}

		@Override
		public String getText(Object object) {
			String text = PlanLabels.text(object);
			return text != null ? text : super.getText(object);
		}

		/**
		 * Only this decorator's own listeners: the generated provider has told the composed factory already (a second
		 * relay would refresh every viewer twice).
		 */
		@Override
		public void notifyChanged(Notification notification) {
			if (changeNotifier != null) {
				changeNotifier.fireNotifyChanged(notification);
			}
		}

		@Override
		public Notifier getTarget() {
			return null;
		}

		@Override
		public void setTarget(Notifier newTarget) {
			// shared by all objects of a class, like the generated provider it decorates
		}
	}
}
