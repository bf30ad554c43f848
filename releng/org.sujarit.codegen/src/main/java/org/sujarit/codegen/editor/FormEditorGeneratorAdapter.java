package org.sujarit.codegen.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenBase;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.jet.JETEmitter;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.sujarit.codegen.jet.StandaloneJetEmitter;

/**
 * Sujarit's editor generator: for its own project type it writes, with the project's JET templates
 * ({@code /sujarit-templates/editor/*.javajet}), one {@code <Class>FormSection} per class, one
 * {@code <Prefix>EditorContribution} per package and the editor plug-in class, all declarative subclasses of the
 * hand-written bridge (org.sujarit.emf.ui.form). EMF's generateJava does imports, JMerge ({@code @generated NOT}
 * survives) and line endings.
 */
public class FormEditorGeneratorAdapter extends GenBaseGeneratorAdapter {

	public static final String PROJECT_TYPE = "org.sujarit.codegen.FormEditor";

	private static final JETEmitterDescriptor[] TEMPLATES = {
			new JETEmitterDescriptor("editor/FormSection.javajet", null),
			new JETEmitterDescriptor("editor/EditorContribution.javajet", null),
			new JETEmitterDescriptor("editor/EditorPlugin.javajet", null) };
	private static final int FORM_SECTION = 0;
	private static final int CONTRIBUTION = 1;
	private static final int PLUGIN = 2;

	public FormEditorGeneratorAdapter(GeneratorAdapterFactory factory) {
		super(factory);
	}

	@Override
	public boolean canGenerate(Object object, Object projectType) {
		if (!PROJECT_TYPE.equals(projectType) || !(object instanceof GenBase base)) {
			return false;
		}
		GenModel genModel = base.getGenModel();
		String dir = genModel.getEditorDirectory();
		if (!genModel.canGenerate() || dir == null || dir.isBlank()) {
			return false;
		}
		return !(object instanceof GenClass c) || !c.isInterface();
	}

	@Override
	public Collection<?> getGenerateChildren(Object object, Object projectType) {
		if (!PROJECT_TYPE.equals(projectType)) {
			return List.of();
		}
		if (object instanceof GenModel genModel) {
			return genModel.getGenPackages();
		}
		if (object instanceof GenPackage genPackage) {
			List<Object> children = new ArrayList<>(genPackage.getGenClasses());
			children.addAll(genPackage.getNestedGenPackages());
			return children;
		}
		return List.of();
	}

	@Override
	public Diagnostic doGenerate(Object object, Object projectType, Monitor monitor) {
		monitor.beginTask("", 1);
		if (object instanceof GenModel genModel) {
			generateJava(genModel.getEditorDirectory(), genModel.getEditorPluginPackageName(),
					genModel.getEditorPluginClassName(), getJETEmitter(TEMPLATES, PLUGIN), null, createMonitor(monitor, 1));
		} else if (object instanceof GenPackage genPackage && genPackage.hasClassifiers()) {
			generateJava(genPackage.getGenModel().getEditorDirectory(), genPackage.getPresentationPackageName(),
					genPackage.getPrefix() + "EditorContribution", getJETEmitter(TEMPLATES, CONTRIBUTION), null,
					createMonitor(monitor, 1));
		} else if (object instanceof GenClass genClass) {
			generateJava(genClass.getGenModel().getEditorDirectory(), genClass.getGenPackage().getPresentationPackageName(),
					genClass.getName() + "FormSection", getJETEmitter(TEMPLATES, FORM_SECTION), null, createMonitor(monitor, 1));
		}
		monitor.done();
		return Diagnostic.OK_INSTANCE;
	}

	/** Sujarit's templates first, EMF's after them (so a template may include EMF's .javajetinc files). */
	@Override
	protected void addBaseTemplatePathEntries(List<String> templatePath) {
		templatePath.add(FormEditorGeneratorAdapter.class.getResource("/sujarit-templates/").toString());
		super.addBaseTemplatePathEntries(templatePath);
	}

	@Override
	protected JETEmitter createJETEmitter(JETEmitterDescriptor descriptor) {
		List<String> path = new ArrayList<>(getUserTemplatePath());
		addBaseTemplatePathEntries(path);
		return new StandaloneJetEmitter(path.toArray(String[]::new), descriptor.templatePathName, getClass().getClassLoader());
	}
}
