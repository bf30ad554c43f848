package org.sujarit.codegen;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.sujarit.codegen.editor.FormEditorGeneratorAdapter;
import org.sujarit.codegen.editor.FormEditorGeneratorAdapterFactory;
import org.sujarit.codegen.jet.StandaloneJetEmitter;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Standalone (non-OSGi) EMF code generation for Sujarit.
 *
 * <pre>SujaritGen &lt;bundles dir&gt; &lt;bundle/relative/path.genmodel&gt; &lt;model,edit,editor&gt;</pre>
 * ({@code editor} = Sujarit's own bridge-based editor code, see {@link FormEditorGeneratorAdapter})
 *
 * The .genmodel holds generator settings only. A fresh GenModel is built from the .ecore and reconciled with the
 * stored one, exactly as EMF's importer does on "reload", so anything added to the .ecore is generated without
 * touching the .genmodel. MANIFEST.MF, plugin.xml and build.properties stay hand-kept (see
 * {@link HandKeptFilesAdapterFactory}).
 */
public final class SujaritGen {

	/** GenModel annotation details on .ecore features that the generator applies to the matching GenFeature. */
	static final String GENMODEL_ANNOTATION = GenModelPackage.eNS_URI;

	private static boolean registered;

	private SujaritGen() {
	}

	public static void main(String[] args) {
		if (args.length < 3) {
			System.err.println("usage: SujaritGen <bundles dir> <bundle/path.genmodel> <model,edit,...>");
			System.exit(2);
		}
		File bundlesDir = new File(args[0]).getAbsoluteFile();
		long start = System.nanoTime();
		GenModel genModel = load(bundlesDir, args[1]);
		int severity = Diagnostic.OK;
		for (String type : args[2].split(",")) {
			severity = Math.max(severity, generate(genModel, type.trim()));
		}
		System.out.printf("Sujarit codegen: %s (%s) in %d ms%n", args[1], args[2], (System.nanoTime() - start) / 1_000_000);
		if (severity >= Diagnostic.ERROR) {
			System.exit(1);
		}
	}

	/** Loads the genmodel and returns a GenModel freshly initialized from its .ecore and reconciled with it. */
	public static GenModel load(File bundlesDir, String genModelPath) {
		return load(bundlesDir, genModelPath, null);
	}

	/** As {@link #load(File, String)}, in a given resource set (null: a new one). */
	static GenModel load(File bundlesDir, String genModelPath, ResourceSet resourceSet) {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		if (!registered) {
			GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
					HandKeptFilesAdapterFactory.DESCRIPTOR);
			GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
					FormEditorGeneratorAdapterFactory.DESCRIPTOR);
			registered = true;
		}
		File[] bundles = bundlesDir.listFiles(File::isDirectory);
		if (bundles != null) {
			for (File bundle : bundles) {
				EcorePlugin.getPlatformResourceMap().put(bundle.getName(), URI.createFileURI(bundle.getPath() + "/"));
			}
		}
		ResourceSet rs = resourceSet != null ? resourceSet : new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		GenModel stored = (GenModel) rs.getResource(URI.createPlatformResourceURI(genModelPath, true), true).getContents().get(0);

		List<EPackage> ePackages = new ArrayList<>();
		for (GenPackage gp : stored.getGenPackages()) {
			ePackages.add(gp.getEcorePackage());
		}
		GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
		Resource freshResource = rs.createResource(URI.createPlatformResourceURI(genModelPath.replace(".genmodel", ".reconciled.genmodel"), true));
		freshResource.getContents().add(fresh);
		fresh.initialize(ePackages);
		fresh.getForeignModel().addAll(stored.getForeignModel());
		fresh.reconcile(stored);
		for (GenPackage used : stored.getUsedGenPackages()) {
			fresh.getUsedGenPackages().add(reconciledUsedPackage(bundlesDir, used));
		}
		// generator settings of Sujarit's own adapters (e.g. the editor's bridge package) live in GenModel annotations
		fresh.getGenAnnotations().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(stored.getGenAnnotations()));
		fresh.setCanGenerate(true);
		fresh.setUpdateClasspath(false);
		applyEcoreAnnotations(fresh);
		Diagnostic diagnostic = fresh.diagnose();
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("genmodel " + genModelPath + " is not valid: " + diagnostic);
		}
		return fresh;
	}

	/**
	 * A used GenPackage (e.g. plan.genmodel from a dependent model such as an extension's risk.genmodel) with its
	 * GenClasses: the project's .genmodel files hold settings only, so a used package is reconciled from its own
	 * .ecore the same way before the dependent model can refer to its classes.
	 */
	static GenPackage reconciledUsedPackage(File bundlesDir, GenPackage used) {
		if (!used.getGenClassifiers().isEmpty() || used.eResource() == null
				|| !used.eResource().getURI().isPlatformResource()) {
			return used;
		}
		String path = used.eResource().getURI().toPlatformString(true).substring(1);
		// same resource set: the dependent .ecore refers to the very EPackage instances of the used one
		GenModel reconciled = load(bundlesDir, path, used.eResource().getResourceSet());
		for (GenPackage gp : reconciled.getGenPackages()) {
			if (gp.getEcorePackage().getNsURI().equals(used.getEcorePackage().getNsURI())) {
				return gp;
			}
		}
		return used;
	}

	/** Feature settings written on the .ecore (so that they survive a fresh GenModel). */
	static void applyEcoreAnnotations(GenModel genModel) {
		genModel.getAllGenPackagesWithClassifiers().forEach(gp -> gp.getGenClasses().forEach(gc -> {
			for (GenFeature gf : gc.getGenFeatures()) {
				String multiLine = gf.getEcoreFeature().getEAnnotation(GENMODEL_ANNOTATION) == null ? null
						: gf.getEcoreFeature().getEAnnotation(GENMODEL_ANNOTATION).getDetails().get("propertyMultiLine");
				if ("true".equals(multiLine)) {
					gf.setPropertyMultiLine(true);
				}
				String category = gf.getEcoreFeature().getEAnnotation(GENMODEL_ANNOTATION) == null ? null
						: gf.getEcoreFeature().getEAnnotation(GENMODEL_ANNOTATION).getDetails().get("propertyCategory");
				if (category != null) {
					gf.setPropertyCategory(category);
				}
			}
		}));
	}

	static int generate(GenModel genModel, String type) {
		String projectType = switch (type) {
		case "model" -> GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE;
		case "edit" -> GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE;
		case "editor" -> FormEditorGeneratorAdapter.PROJECT_TYPE; // Sujarit's bridge-based editor, not EMF's
		default -> type; // a project type registered by another adapter factory (the editor generator)
		};
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic d = generator.generate(genModel, projectType, new BasicMonitor() /* quiet */);
		if (d.getSeverity() >= Diagnostic.WARNING) {
			System.out.println("EMF generation (" + type + "): " + d);
		}
		if (!StandaloneJetEmitter.failures().isEmpty()) {
			// EMF's adapters only log template failures: make them fail the build
			StandaloneJetEmitter.failures().forEach(f -> System.err.println("template failure: " + f));
			return Diagnostic.ERROR;
		}
		return d.getSeverity();
	}
}
