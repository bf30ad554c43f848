package org.sujarit.codegen;

import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.Monitor;

/**
 * EMF's stock adapters, except that the bundle descriptors (MANIFEST.MF, build.properties, the model's
 * plugin.properties) are left to the hand-kept copies in each bundle: they carry Sujarit's own dependencies and
 * must not be overwritten on every build. The edit bundle's plugin.properties is still generated (merged), because
 * its labels follow the .ecore; the Thai translations live beside it in plugin_th.properties.
 */
public class HandKeptFilesAdapterFactory extends GenModelGeneratorAdapterFactory {

	public static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = HandKeptFilesAdapterFactory::new;

	@Override
	public Adapter createGenModelAdapter() {
		if (genModelGeneratorAdapter == null) {
			genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
				@Override
				protected void generateModelManifest(GenModel genModel, Monitor monitor) {
					monitor.done();
				}

				@Override
				protected void generateModelBuildProperties(GenModel genModel, Monitor monitor) {
					monitor.done();
				}

				@Override
				protected void generateModelPluginProperties(GenModel genModel, Monitor monitor) {
					monitor.done();
				}

				@Override
				protected void generateEditManifest(GenModel genModel, Monitor monitor) {
					monitor.done();
				}

				@Override
				protected void generateEditBuildProperties(GenModel genModel, Monitor monitor) {
					monitor.done();
				}
			};
		}
		return genModelGeneratorAdapter;
	}
}
