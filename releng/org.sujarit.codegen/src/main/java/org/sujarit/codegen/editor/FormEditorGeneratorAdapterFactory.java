package org.sujarit.codegen.editor;

import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;

/** Registers {@link FormEditorGeneratorAdapter} next to EMF's own adapters (it only answers its own project type). */
public class FormEditorGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory {

	public static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = FormEditorGeneratorAdapterFactory::new;

	private FormEditorGeneratorAdapter adapter;

	private Adapter adapter() {
		if (adapter == null) {
			adapter = new FormEditorGeneratorAdapter(this);
		}
		return adapter;
	}

	@Override
	public Adapter createGenModelAdapter() {
		return adapter();
	}

	@Override
	public Adapter createGenPackageAdapter() {
		return adapter();
	}

	@Override
	public Adapter createGenClassAdapter() {
		return adapter();
	}

	@Override
	public Adapter createGenEnumAdapter() {
		return null;
	}
}
