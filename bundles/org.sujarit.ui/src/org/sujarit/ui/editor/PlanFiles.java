package org.sujarit.ui.editor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.sujarit.model.PlanPackage;

/**
 * Loading and saving plan files for the editor. TEMPORARY: until org.sujarit.model.io (PlanResources, API #1) is in
 * main, this is a minimal private implementation with the same contract (XMI in UTF-8, atomic save: temp file in
 * the same folder, fsync, rename; no DOCTYPE).
 */
public final class PlanFiles {

	private PlanFiles() {
	}

	public static void prepare(ResourceSet rs) {
		PlanPackage.eINSTANCE.eClass();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().putIfAbsent("sujarit", new XMIResourceFactoryImpl());
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().putIfAbsent("*", new XMIResourceFactoryImpl());
		rs.getLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		rs.getLoadOptions().put(XMLResource.OPTION_USE_PARSER_POOL, new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl());
		Map<String, Object> parserFeatures = new HashMap<>();
		parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		rs.getLoadOptions().put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
	}

	public static Resource load(ResourceSet rs, Path file) throws IOException {
		prepare(rs);
		Resource r = rs.createResource(URI.createFileURI(file.toString()));
		try {
			r.load(rs.getLoadOptions());
		} catch (RuntimeException e) {
			throw new IOException(e.getMessage(), e);
		}
		return r;
	}

	/** Atomic save: the old file stays intact if anything fails before the rename. */
	public static void save(Resource r) throws IOException {
		Path target = Path.of(r.getURI().toFileString());
		Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
		try {
			Map<String, Object> options = new HashMap<>();
			options.put(XMLResource.OPTION_ENCODING, "UTF-8");
			options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
			try (OutputStream out = Files.newOutputStream(temp)) {
				r.save(out, options);
			}
			try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				ch.force(true);
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			r.setModified(false);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
